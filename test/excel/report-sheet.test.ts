/**
 * The pane's report sheet ("Skapa rapportblad") on the simulator: named REPORT_SHEET_NAME
 * like the CLI's, the check by its title in the pane's language, each finding's review
 * mark with comment, who and when, every amount in its table's unit format.
 */
import type { Finding } from "../../src/findings/finding";
import { fingerprintOf } from "../../src/findings/review-fingerprint";
import type { ReviewMark } from "../../src/findings/review-mark";
import { REPORT_SHEET_NAME, ReportLabels, writeReportSheet } from "../../src/excel/report-sheet";
import { SimRequestContext } from "../support/excel-simulator/api";
import { cellKey, findSheet } from "../support/excel-simulator/document";
import { createHost } from "../support/excel-simulator/host";

const finding = (p: Partial<Finding>): Finding => ({
  check: "sum",
  severity: "error",
  sheet: "RR",
  cells: ["C14"],
  expected: 100,
  actual: 101.5,
  difference: 1.5,
  tolerance: 0.5,
  cause: null,
  message: { sv: "Summan stämmer inte.", en: "The total does not add up." },
  ...p,
});

const labels: ReportLabels = {
  title: "Validation report",
  file: "File",
  date: "Date",
  count: "Count",
  summary: "2 errors",
  columns: ["Severity", "Sheet", "Cells", "Message", "Expected", "Actual", "Difference", "Basis", "Other workbook"],
  severity: { error: "Error", warning: "Warning", info: "Info" },
  message: (f) => f.message.en,
  basis: () => "",
};

it("lists each finding with its check's title, review mark, comment, who and when, amounts in their unit", async () => {
  const tkr = finding({ unit: "tkr" });
  const kr = finding({ check: "cross-statement", cells: ["D20"], expected: 15_691_257, actual: 15_691_256, difference: -1, unit: "kr" });
  const mark: ReviewMark = { status: "approved", comment: "Explained in note 3", by: "Anna Ek", at: "2026-12-01T10:00:00.000Z" };
  const host = createHost({
    name: "x.xlsx",
    sheets: [{ name: "RR", cells: {}, columnWidths: {} }],
    activeSheet: "RR",
    selection: { sheet: "RR", address: "A1" },
    settings: {},
  });
  const ctx = new SimRequestContext(host) as unknown as Excel.RequestContext;
  const name = await writeReportSheet(ctx, {
    findings: [tkr, kr],
    fileName: "x.xlsx",
    when: "2026-12-01 11:00",
    labels,
    previous: null,
    lang: "en",
    marks: new Map([[fingerprintOf(kr), mark]]),
  });
  expect(name).toBe(REPORT_SHEET_NAME);
  const sheet = findSheet(host.doc, name)!;
  const row = (r: number) => Array.from({ length: 14 }, (_, c) => sheet.cells[cellKey(r, c)]);
  expect(
    row(5)
      .slice(9)
      .map((c) => c.value),
  ).toEqual(["Check", "Review", "Comment", "Reviewed by", "Reviewed at"]);
  expect(
    row(6)
      .slice(9)
      .map((c) => c.value),
  ).toEqual(["Totals", "", "", "", ""]);
  expect(
    row(7)
      .slice(9)
      .map((c) => c.value),
  ).toEqual(["Same figure in several places", "Approved (explained)", "Explained in note 3", "Anna Ek", "2026-12-01T10:00:00.000Z"]);
  expect(
    row(6)
      .slice(4, 7)
      .map((c) => [c.value, c.format.numberFormat]),
  ).toEqual([
    [100, '#,##0" tkr";-#,##0" tkr"'],
    [101.5, '#,##0.0" tkr";-#,##0.0" tkr"'],
    [1.5, '#,##0.0" tkr";-#,##0.0" tkr"'],
  ]);
  expect(
    row(7)
      .slice(4, 7)
      .map((c) => c.format.numberFormat),
  ).toEqual(Array(3).fill('#,##0" kr";-#,##0" kr"'));
});

it("writes sheet references as Excel quotes them: a name with a space or a leading digit quoted, a plain name bare", async () => {
  const across = finding({
    sheet: "Not 6",
    cells: ["B9", "'5-årsöversikt'!B7", "'Balansräkning'!C3"],
    other: { workbook: "Budget 2024.xlsx", sheet: "Budget brutto", cell: "C19" },
  });
  const host = createHost({
    name: "x.xlsx",
    sheets: [{ name: "Not 6", cells: {}, columnWidths: {} }],
    activeSheet: "Not 6",
    selection: { sheet: "Not 6", address: "A1" },
    settings: {},
  });
  const ctx = new SimRequestContext(host) as unknown as Excel.RequestContext;
  const name = await writeReportSheet(ctx, { findings: [across], fileName: "x.xlsx", when: "2026-12-01 11:00", labels, previous: null, lang: "en" });
  const sheet = findSheet(host.doc, name)!;
  const value = (c: number) => String(sheet.cells[cellKey(6, c)].value).replace(/^'/, "");
  expect(value(2)).toBe("B9 · '5-årsöversikt'!B7 · Balansräkning!C3");
  expect(value(8)).toBe("Budget 2024.xlsx › 'Budget brutto'!C19");
});
