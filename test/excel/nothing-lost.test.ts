/**
 * Nothing lost: every kind of write the add-in makes — highlight, formatting, text→number
 * conversion, report sheet, settings — is made and taken back on a simulated workbook,
 * and the workbook (values, formulas, formats, widths, sheets, saved settings) is compared
 * before and after. Cells start with fills, borders, bold and alignment of their own, so
 * a restore that assumes defaults fails.
 */
import { seed000 } from "../../examples/src/seed-000";
import { seed004 } from "../../examples/src/seed-004";
import type { Finding } from "../../src/findings/finding";
import { applyHighlight, highlightTargets, removeHighlight, HIGHLIGHT_COLORS } from "../../src/excel/highlight";
import { applyFormat, undoFormat, FormatSnapshot } from "../../src/excel/format-apply";
import { removeReportSheet, writeReportSheet, REPORT_SHEET_NAME } from "../../src/excel/report-sheet";
import { officeSettingsStore, STORE_KEYS } from "../../src/excel/document-store";
import { readWorkbook } from "../../src/excel/read-workbook";
import { planFormat } from "../../src/format/plan";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { SimRequestContext, SimHost } from "../support/excel-simulator/api";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { createHost, SimSettings } from "../support/excel-simulator/host";
import { contentOf } from "../support/excel-simulator/compare";
import { cellKey, findSheet, getCell, SimDocument } from "../support/excel-simulator/document";

/** Seed 000 with formatting of its own: fills, a border, bold, alignment, a custom width, a text number. */
function decoratedDocument(): SimDocument {
  const doc = documentFromGrid(seed000(), "Årsredovisning 2023.xlsx");
  const rr = doc.sheets[2];
  for (const c of Object.values(rr.cells).slice(0, 12)) c.format.fillColor = "#FFFF00";
  for (const c of Object.values(doc.sheets[3].cells).slice(3, 9)) {
    c.format.borders.EdgeTop = { style: "Dash", color: "#FF0000", weight: "Medium" };
    c.format.horizontalAlignment = "Center";
    c.format.bold = !c.format.bold;
  }
  rr.columnWidths[0] = 123;
  // A pasted figure: a number stored as text in the budget/utfall table.
  const bu = findSheet(doc, "Budget och utfall")!;
  const target = Object.entries(bu.cells).find(([, c]) => typeof c.value === "number" && !c.formula)!;
  target[1].value = "1 393 712";
  return doc;
}

function setup(doc = decoratedDocument()): { host: SimHost; ctx: Excel.RequestContext } {
  const host = createHost(doc);
  return { host, ctx: new SimRequestContext(host) as unknown as Excel.RequestContext };
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("nothing lost", () => {
  it("highlight on then off restores every fill, including fills the cells had", async () => {
    const { host, ctx } = setup();
    const [s0, s2] = [host.doc.sheets[0].name, host.doc.sheets[2].name];
    const findings: Finding[] = [
      {
        check: "sum",
        severity: "error",
        sheet: s2,
        cells: ["B3", "C3:C6", `'${host.doc.sheets[3].name}'!B5`],
        expected: 1,
        actual: 2,
        difference: 1,
        tolerance: 0,
        cause: null,
        message: { sv: "x", en: "x" },
      },
      {
        check: "ratio",
        severity: "info",
        sheet: s0,
        cells: ["B8", "A1"],
        expected: null,
        actual: null,
        difference: null,
        tolerance: null,
        cause: null,
        message: { sv: "y", en: "y" },
      },
      {
        check: "gone",
        severity: "warning",
        sheet: "Borttaget blad",
        cells: ["A1"],
        expected: null,
        actual: null,
        difference: null,
        tolerance: null,
        cause: null,
        message: { sv: "z", en: "z" },
      },
    ];
    const before = clone(contentOf(host.doc));
    const syncsBefore = host.syncs.length;
    const snap = await applyHighlight(ctx, highlightTargets(findings));
    expect(host.syncs.length - syncsBefore).toBe(3);
    expect(getCell(host.doc.sheets[2], 2, 1)!.format.fillColor).toBe(HIGHLIGHT_COLORS.error);
    expect(getCell(host.doc.sheets[2], 5, 2, true).format.fillColor).toBe(HIGHLIGHT_COLORS.error);
    expect(contentOf(host.doc)).not.toEqual(before);
    // The snapshot goes through the document as JSON.
    const n = host.syncs.length;
    const back = await removeHighlight(ctx, clone(snap));
    expect(host.syncs.length - n).toBe(3);
    expect(back.keptUserChange).toBe(0);
    expect(contentOf(host.doc)).toEqual(before);
  });

  it("highlight off leaves a fill the user changed meanwhile", async () => {
    const { host, ctx } = setup();
    const name = host.doc.sheets[1].name;
    const f: Finding = {
      check: "sum",
      severity: "warning",
      sheet: name,
      cells: ["B5", "C5"],
      expected: 1,
      actual: 2,
      difference: 1,
      tolerance: 0,
      cause: null,
      message: { sv: "", en: "" },
    };
    const snap = await applyHighlight(ctx, highlightTargets([f]));
    getCell(host.doc.sheets[1], 4, 1, true).format.fillColor = "#00FF00";
    const r = await removeHighlight(ctx, snap);
    expect(r).toEqual({ restored: 1, keptUserChange: 1 });
    expect(getCell(host.doc.sheets[1], 4, 1)!.format.fillColor).toBe("#00FF00");
  });

  it("format everything then undo is the identity on values, formulas and formats", async () => {
    const { host, ctx } = setup();
    const before = clone(contentOf(host.doc));
    const { workbook } = await readWorkbook(ctx);
    const plan = planFormat(understandWorkbook(workbook));
    expect(plan.some((p) => p.kind === "text-to-number")).toBe(true);
    expect(plan.some((p) => p.kind === "total-style")).toBe(true);
    let kept: FormatSnapshot | null = null;
    const n0 = host.syncs.length;
    const snap = await applyFormat(ctx, plan, async (s) => {
      kept = clone(s);
    });
    // One round trip to record, one to write — for every table of every sheet.
    expect(host.syncs.length - n0).toBe(2);
    expect(kept).toEqual(snap);
    expect(contentOf(host.doc)).not.toEqual(before);
    const bu = findSheet(host.doc, "Budget och utfall")!;
    expect(Object.values(bu.cells).some((c) => c.value === "1 393 712")).toBe(false);
    expect(Object.values(bu.cells).some((c) => c.value === 1393712 && c.format.numberFormat === "#,##0;-#,##0")).toBe(true);
    const n = host.syncs.length;
    await undoFormat(ctx, [kept!]);
    expect(host.syncs.length - n).toBe(3);
    expect(contentOf(host.doc)).toEqual(before);
  });

  it("two format runs undone together restore the state before the first", async () => {
    const { host, ctx } = setup(documentFromGrid(seed004()));
    const before = clone(contentOf(host.doc));
    const plan = planFormat(understandWorkbook((await readWorkbook(ctx)).workbook));
    const first = await applyFormat(
      ctx,
      plan.filter((_, i) => i % 2 === 0),
      async () => {},
    );
    const plan2 = planFormat(understandWorkbook((await readWorkbook(ctx)).workbook));
    const second = await applyFormat(ctx, plan2, async () => {});
    await undoFormat(ctx, clone([first, second]));
    expect(contentOf(host.doc)).toEqual(before);
  });

  it("a converted cell the user edited afterwards keeps the user's value on undo", async () => {
    const { host, ctx } = setup();
    const plan = planFormat(understandWorkbook((await readWorkbook(ctx)).workbook)).filter((p) => p.kind === "text-to-number");
    const snap = await applyFormat(ctx, plan, async () => {});
    const bu = findSheet(host.doc, "Budget och utfall")!;
    const cell = Object.values(bu.cells).find((c) => c.value === 1393712)!;
    cell.value = 42;
    await undoFormat(ctx, [snap]);
    expect(cell.value).toBe(42);
  });

  it("report sheet written, rewritten and removed leaves the workbook as it was", async () => {
    const { host, ctx } = setup();
    const before = clone(contentOf(host.doc));
    const findings: Finding[] = [
      {
        check: "sum",
        severity: "error",
        sheet: "RR",
        cells: ["C14", "'Balansräkning'!C20"],
        expected: 100,
        actual: 101.5,
        difference: 1.5,
        tolerance: 0.5,
        cause: null,
        message: { sv: '=HYPERLINK("http://x")', en: "e" },
      },
    ];
    const labels = {
      title: "Valideringsrapport",
      file: "Fil",
      date: "Datum",
      count: "Antal",
      summary: "1 fel",
      columns: ["A", "B", "C", "D", "E", "F", "G", "H", "I"] as [string, string, string, string, string, string, string, string, string],
      severity: { error: "Fel", warning: "Varning", info: "Info" },
      message: (f: Finding) => f.message.sv,
      basis: () => "=1+1",
    };
    const n = host.syncs.length;
    const name = await writeReportSheet(ctx, { findings, fileName: "x.xlsx", when: "2026-11-23 17:40", labels, previous: null });
    expect(host.syncs.length - n).toBe(2);
    expect(name).toBe(REPORT_SHEET_NAME);
    const sheet = findSheet(host.doc, name)!;
    expect(sheet.cells[cellKey(6, 3)].value).toBe('=HYPERLINK("http://x")');
    expect(sheet.cells[cellKey(6, 3)].formula).toBeUndefined();
    expect(sheet.cells[cellKey(6, 5)].value).toBe(101.5);
    expect(sheet.cells[cellKey(6, 7)].value).toBe("=1+1");
    expect(sheet.cells[cellKey(6, 7)].formula).toBeUndefined();
    expect(sheet.cells[cellKey(6, 2)].hyperlink?.documentReference).toBe("'RR'!C14");
    expect(sheet.cells[cellKey(2, 1)].value).toBe("2026-11-23 17:40");
    const again = await writeReportSheet(ctx, { findings: [], fileName: "x.xlsx", when: "2026-11-23 17:41", labels, previous: name });
    expect(again).toBe(name);
    expect(host.doc.sheets.filter((s) => s.name.startsWith(REPORT_SHEET_NAME))).toHaveLength(1);
    await removeReportSheet(ctx, again);
    expect(contentOf(host.doc)).toEqual(before);
  });

  it("a user's own sheet named Valideringsrapport is never replaced", async () => {
    const doc = decoratedDocument();
    doc.sheets.push({ name: REPORT_SHEET_NAME, cells: { [cellKey(0, 0)]: { ...getCell(doc.sheets[0], 0, 0)!, value: "mine" } }, columnWidths: {} });
    const { host, ctx } = setup(doc);
    const labels = {
      title: "t",
      file: "f",
      date: "d",
      count: "c",
      summary: "s",
      columns: ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as [string, string, string, string, string, string, string, string, string],
      severity: { error: "E", warning: "W", info: "I" },
      message: () => "m",
      basis: () => "b",
    };
    const name = await writeReportSheet(ctx, { findings: [], fileName: "", when: "", labels, previous: null });
    expect(name).toBe(`${REPORT_SHEET_NAME} 2`);
    expect(findSheet(host.doc, REPORT_SHEET_NAME)!.cells[cellKey(0, 0)].value).toBe("mine");
  });

  it("a user's own sheet named valideringsrapport (another case) is never replaced", async () => {
    const doc = decoratedDocument();
    doc.sheets.push({
      name: REPORT_SHEET_NAME.toLowerCase(),
      cells: { [cellKey(0, 0)]: { ...getCell(doc.sheets[0], 0, 0)!, value: "mine" } },
      columnWidths: {},
    });
    const { host, ctx } = setup(doc);
    const labels = {
      title: "t",
      file: "f",
      date: "d",
      count: "c",
      summary: "s",
      columns: ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as [string, string, string, string, string, string, string, string, string],
      severity: { error: "E", warning: "W", info: "I" },
      message: () => "m",
      basis: () => "b",
      other: () => "",
    };
    const name = await writeReportSheet(ctx, { findings: [], fileName: "", when: "", labels, previous: null });
    expect(name).toBe(`${REPORT_SHEET_NAME} 2`);
    expect(host.doc.sheets.find((s) => s.name === REPORT_SHEET_NAME.toLowerCase())!.cells[cellKey(0, 0)].value).toBe("mine");
  });

  it("settings saved and removed leave the document's settings as they were; unsaved changes never reach it", async () => {
    const doc = decoratedDocument();
    doc.settings = { "other.addin": { keep: true } };
    const host = createHost(doc);
    const before = clone(contentOf(host.doc));
    const store = officeSettingsStore(new SimSettings(host) as unknown as Office.Settings);
    store.set(STORE_KEYS.config, { adminShareTarget: 0.1, sheetRoles: { Blad1: "rr" } });
    expect(host.doc.settings).toEqual({ "other.addin": { keep: true } });
    await store.save();
    expect(host.doc.settings[STORE_KEYS.config]).toEqual({ adminShareTarget: 0.1, sheetRoles: { Blad1: "rr" } });
    // Next user: a fresh settings object reads what was saved.
    const next = officeSettingsStore(new SimSettings(host) as unknown as Office.Settings);
    expect(next.get(STORE_KEYS.config)).toEqual({ adminShareTarget: 0.1, sheetRoles: { Blad1: "rr" } });
    next.remove(STORE_KEYS.config);
    await next.save();
    expect(contentOf(host.doc)).toEqual(before);
  });

  it("undo still restores the other sheets when a formatted sheet was deleted meanwhile", async () => {
    const { host, ctx } = setup();
    const before = clone(contentOf(host.doc));
    const plan = planFormat(understandWorkbook((await readWorkbook(ctx)).workbook));
    const snap = await applyFormat(ctx, plan, async () => {});
    const gone = host.doc.sheets.find((s) => s.name === "Noter")!;
    host.doc.sheets = host.doc.sheets.filter((s) => s !== gone);
    await undoFormat(ctx, [snap]);
    const expected = clone(before) as { sheets: { name: string }[] };
    expected.sheets = expected.sheets.filter((s) => s.name !== "Noter");
    expect(contentOf(host.doc)).toEqual(expected);
  });
});
