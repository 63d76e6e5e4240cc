/** readWorkbook against the Excel simulator: the grid it builds and the round trips it costs. */
import { readWorkbook } from "../../src/excel/read-workbook";
import type { Workbook } from "../../src/model/grid";
import { SimRequestContext } from "../support/excel-simulator/api";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { createHost } from "../support/excel-simulator/host";
import { generateDocument } from "../support/excel-simulator/generate";

const ctxOf = (wb: Workbook, payloadLimit?: number) => {
  const host = createHost(documentFromGrid(wb, "Budget.xlsx"), payloadLimit);
  return { host, ctx: new SimRequestContext(host) as unknown as Excel.RequestContext };
};

function bigSheet(name: string, rows: number, cols: number): Workbook["sheets"][number] {
  return {
    name,
    rows: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => ({ value: r * 1000 + c + 0.5, numberFormat: "#,##0.0" }))),
  };
}

describe("readWorkbook (simulator)", () => {
  it("keeps positions, formulas, errors, formats and text; skips empty cells", async () => {
    const wb: Workbook = {
      sheets: [
        {
          name: "RR",
          rows: [
            [],
            [undefined, { value: "Intäkter" }, { value: 100, numberFormat: "#,##0" }],
            [undefined, { value: "Summa" }, { value: 100, formula: "SUM(C2:C2)" }],
            [undefined, { value: "Fel" }, { value: null, formula: "1/0", error: "#DIV/0!" }],
          ],
        },
        { name: "Tom", rows: [] },
        { name: "Balansräkning 2023", rows: [[{ value: "1 393 712" }, { value: true }]] },
      ],
    };
    const { ctx } = ctxOf(wb);
    const r = await readWorkbook(ctx);
    expect(r.workbook.name).toBe("Budget.xlsx");
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["RR", "Tom", "Balansräkning 2023"]);
    const rr = r.workbook.sheets[0];
    expect(rr.rows[0]).toEqual([]);
    expect(rr.rows[1][1]).toEqual({ value: "Intäkter", numberFormat: "General" });
    expect(rr.rows[1][2]).toEqual({ value: 100, numberFormat: "#,##0" });
    expect(rr.rows[2][2]).toEqual({ value: 100, formula: "SUM(C2:C2)", numberFormat: "General" });
    expect(rr.rows[3][2]).toEqual({ value: null, formula: "1/0", error: "#DIV/0!", numberFormat: "General" });
    expect(rr.rows[1][0]).toBeUndefined();
    expect(r.workbook.sheets[1].rows).toEqual([]);
    expect(r.workbook.sheets[2].rows[0]).toEqual([
      { value: "1 393 712", numberFormat: "General" },
      { value: true, numberFormat: "General" },
    ]);
    expect(r.syncs).toBe(3);
  });

  it("reads 40 sheets in 3 syncs (sheet list, used ranges, one batch)", async () => {
    const sheets = Array.from({ length: 40 }, (_, i) => bigSheet(`Blad${i + 1}`, 30, 8));
    const { ctx, host } = ctxOf({ sheets });
    const r = await readWorkbook(ctx);
    expect(r.syncs).toBe(3);
    expect(host.syncs).toHaveLength(3);
    expect(r.workbook.sheets[39].rows[29][7]).toEqual({ value: 29007.5, numberFormat: "#,##0.0" });
  });

  it("splits a large read into batches under the payload budget: syncs ≤ 2 + ⌈payload / budget⌉ + 1", async () => {
    const budget = 200_000;
    const sheets = [bigSheet("A", 2000, 6), bigSheet("B", 700, 5), bigSheet("C", 10, 3)];
    const { ctx, host } = ctxOf({ sheets });
    const r = await readWorkbook(ctx, { maxPayloadBytes: budget });
    const responses = host.syncs.slice(2).map((s) => s.responseBytes);
    expect(Math.max(...responses)).toBeLessThanOrEqual(budget);
    // The first batch is sized from a guess; later ones from measured cell sizes. One extra batch at most.
    expect(r.syncs).toBeLessThanOrEqual(2 + Math.ceil(r.payloadBytes / budget) + 1);
    expect(r.batches).toBeGreaterThan(1);
    const a = r.workbook.sheets[0];
    expect(a.rows).toHaveLength(2000);
    expect(a.rows[1999][5]).toEqual({ value: 1999005.5, numberFormat: "#,##0.0" });
    expect(r.workbook.sheets[1].rows[699][4]?.value).toBe(699004.5);
  });

  it("splits and retries a batch the host refuses for its size", async () => {
    const limit = 150_000;
    const { ctx, host } = ctxOf({ sheets: [bigSheet("A", 1000, 10)] }, limit);
    // Our budget above the host's limit: the first try is refused, the halves go through.
    const r = await readWorkbook(ctx, { maxPayloadBytes: 1_000_000 });
    expect(r.workbook.sheets[0].rows[999][9]?.value).toBe(999009.5);
    const reads = host.syncs.slice(2);
    expect(reads.filter((s) => s.responseBytes > limit).length).toBeGreaterThan(0);
    expect(reads.length - r.batches).toBe(reads.filter((s) => s.responseBytes > limit).length);
    expect(r.batches).toBeGreaterThan(1);
  });

  it("reads 10 000-character labels whole, with at most one batch refused for its size", async () => {
    const host = createHost(generateDocument({ sheets: 3, rows: 100, textCols: 1, textLength: 10_000, numberCols: 2 }));
    const r = await readWorkbook(new SimRequestContext(host) as unknown as Excel.RequestContext);
    const label = r.workbook.sheets[2].rows[99][0]?.value as string;
    expect(label).toHaveLength(10_000);
    expect(label.startsWith("Rad 100 kolumn 1 ")).toBe(true);
    expect(r.workbook.sheets[2].rows[99][2]?.value).toBe(9901);
    // Every round trip is counted, the refused one too.
    expect(r.syncs).toBe(host.syncs.length);
    expect(host.syncs.filter((x) => x.responseBytes > host.payloadLimit).length).toBeLessThanOrEqual(1);
    expect(r.syncs).toBeLessThanOrEqual(2 + Math.ceil(r.payloadBytes / (4 * 1024 * 1024)) + 1);
  });
});
