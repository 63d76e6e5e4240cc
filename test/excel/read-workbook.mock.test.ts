/**
 * readWorkbook against office-addin-mock: properties are readable only after load + sync
 * (an unloaded read yields the mock's error string, which would end up in the grid), and
 * the number of context.sync() calls is counted.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock reads only the host enum from office-addin-manifest, whose ESM-only
// dependencies Jest (CommonJS) cannot load; the enum values are Office's host names.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { readWorkbook } from "../../src/excel/read-workbook";
import { selectPlace } from "../../src/excel/select-cells";

type Raw = (string | number | boolean)[][];
interface MockSheet {
  name: string;
  /** Used range top-left and its cells (values as Excel returns them; "=…" in formulas). */
  top: number;
  left: number;
  values: Raw;
  formulas: Raw;
}

/** Builds a context whose every mock object syncs on context.sync(), counting the calls. */
function mockWorkbook(sheets: MockSheet[]) {
  const mocks: OfficeMockObject[] = [];
  const track = (m: OfficeMockObject) => (mocks.push(m), m);
  const items = sheets.map((s) => {
    const item = track(
      new OfficeMockObject({
        name: s.name,
        getUsedRangeOrNullObject: () => {
          const rows = s.values.length;
          const used = track(
            new OfficeMockObject({
              isNullObject: rows === 0,
              rowIndex: s.top,
              columnIndex: s.left,
              rowCount: rows,
              columnCount: rows ? s.values[0].length : 0,
            }),
          );
          // Office delivers isNullObject with any load of the object.
          const load = used.load.bind(used);
          (used as unknown as { load: (p: string) => unknown }).load = (p: string) => load(p + ",isNullObject");
          return used;
        },
        getRangeByIndexes: (r: number, c: number, rc: number, cc: number) => {
          const cut = (m: Raw) => m.slice(r - s.top, r - s.top + rc).map((row) => row.slice(c - s.left, c - s.left + cc));
          const values = cut(s.values);
          return track(
            new OfficeMockObject({
              values,
              formulas: cut(s.formulas),
              numberFormat: values.map((row) => row.map(() => "#,##0")),
              valueTypes: values.map((row) => row.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String"))),
            }),
          );
        },
      }),
    );
    return item;
  });
  const workbook = track(new OfficeMockObject({ name: "Årsredovisning.xlsx", worksheets: { items } }));
  const worksheets = (workbook as unknown as { worksheets: OfficeMockObject }).worksheets;
  const loadCollection = worksheets.load.bind(worksheets);
  (worksheets as unknown as { load: (p: string) => unknown }).load = (p: string) => {
    // "items/name": the collection and each item's name, as one request.
    loadCollection("items");
    for (const it of items)
      it.load(
        p
          .split(",")
          .filter((x) => x.startsWith("items/"))
          .map((x) => x.slice(6))
          .join(","),
      );
    return worksheets;
  };
  let syncs = 0;
  const context = {
    workbook,
    sync: async () => {
      syncs++;
      for (const m of [...mocks, worksheets]) await m.sync();
    },
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}

describe("readWorkbook (office-addin-mock)", () => {
  const sheets: MockSheet[] = Array.from({ length: 12 }, (_, i) => ({
    name: `Blad ${i + 1}`,
    top: 2,
    left: 1,
    values: [
      ["Intäkter", 100 + i],
      ["Summa", 100 + i],
    ],
    formulas: [
      ["Intäkter", 100 + i],
      ["Summa", `=SUM(C3:C3)`],
    ],
  }));

  it("reads 12 sheets with 3 syncs and every property loaded", async () => {
    const { context, syncs } = mockWorkbook(sheets);
    const r = await readWorkbook(context);
    expect(syncs()).toBe(3);
    expect(r.syncs).toBe(3);
    expect(r.workbook.name).toBe("Årsredovisning.xlsx");
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    const s5 = r.workbook.sheets[4];
    expect(s5.rows[2][1]).toEqual({ value: "Intäkter", numberFormat: "#,##0" });
    expect(s5.rows[3][2]).toEqual({ value: 104, formula: "SUM(C3:C3)", numberFormat: "#,##0" });
    expect(JSON.stringify(r.workbook)).not.toMatch(/Error, /);
  });

  it("treats a sheet without a used range as empty without extra syncs", async () => {
    const { context, syncs } = mockWorkbook([{ name: "Tom", top: 0, left: 0, values: [], formulas: [] }, sheets[0]]);
    const r = await readWorkbook(context);
    expect(r.workbook.sheets[0].rows).toEqual([]);
    expect(r.workbook.sheets[1].rows[2][2]).toEqual({ value: 100, numberFormat: "#,##0" });
    expect(syncs()).toBe(3);
  });
});

describe("selectPlace (office-addin-mock)", () => {
  it("activates the sheet and selects the address in one sync", async () => {
    const calls: string[] = [];
    let syncs = 0;
    const range = (a: string) => ({ select: () => calls.push(`select ${a}`) });
    const sheet = new OfficeMockObject({
      activate: () => calls.push("activate"),
      getRange: (a: string) => range(a),
      getRanges: (a: string) => range(`areas ${a}`),
    });
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (n: string) => (calls.push(`sheet ${n}`), sheet),
        },
      },
    });
    context.sync = async () => {
      syncs++;
    };
    await selectPlace(context as unknown as Excel.RequestContext, { sheet: "Balansräkning", address: "C14" });
    await selectPlace(context as unknown as Excel.RequestContext, { sheet: "RR", address: "C5,C9" });
    expect(calls).toEqual(["sheet Balansräkning", "activate", "select C14", "sheet RR", "activate", "select areas C5,C9"]);
    expect(syncs).toBe(2);
  });
});
