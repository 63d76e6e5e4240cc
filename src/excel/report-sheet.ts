/**
 * "Skapa rapportblad": a sheet the board can read — title, file, date, counts, and one
 * row per finding with a link to its cell, its amounts in their table's unit, the check by
 * its title and the finding's review mark (comment, who, when). Only a sheet the add-in
 * created (recorded in the document) is ever replaced or removed; a user's own sheet of the
 * same name is left alone and the report gets the next free name.
 */
import { checkTitle } from "../engine/check-title";
import { amountNumberFormat } from "../findings/amount-format";
import type { Finding, LocalizedText } from "../findings/finding";
import { SEVERITY_ORDER } from "../findings/finding";
import { CHECK_COLUMN, REPORT_SHEET_NAME, REVIEW_COLUMNS } from "../findings/report-sheet-layout";
import { applyReview } from "../findings/review-apply";
import { REVIEW_STATUS_TEXT, ReviewMarks } from "../findings/review-mark";
import { freeSheetName } from "../model/free-sheet-name";
import { quotedSheetName, sheetRef } from "../model/grid";
import { placesBySheet } from "./cell-ref";

export { REPORT_SHEET_NAME };

export interface ReportLabels {
  title: string;
  file: string;
  date: string;
  count: string;
  columns: [
    severity: string,
    sheet: string,
    cells: string,
    message: string,
    expected: string,
    actual: string,
    difference: string,
    basis: string,
    other: string,
  ];
  severity: Record<Finding["severity"], string>;
  /** Picks the finding's message in the pane's language. */
  message: (f: Finding) => string;
  /** The finding's basis in words, in the pane's language. */
  basis: (f: Finding) => string;
  /** "3 fel, 1 varning" style summary. */
  summary: string;
}

export interface ReportInput {
  findings: Finding[];
  fileName: string;
  /** Shown as written (e.g. "2026-11-23 17:40"). */
  when: string;
  labels: ReportLabels;
  /** The sheet the add-in created last time, from the document store. */
  previous: string | null;
  /** The review marks stored in the document (none when absent). */
  marks?: ReviewMarks;
  /** The language of the check and review columns (default Swedish). */
  lang?: keyof LocalizedText;
}

/** Text cells are written with Excel's text prefix so nothing from a workbook turns into a formula or a number. */
function text(s: string): string {
  return "'" + s;
}

/** Writes the report sheet; returns its name. Two round trips. */
export async function writeReportSheet(context: Excel.RequestContext, input: ReportInput): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const same = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();
  const previous = input.previous;
  const ours = previous !== null ? sheets.items.find((s) => same(s.name, previous)) : undefined;
  ours?.delete();
  const name = freeSheetName(
    REPORT_SHEET_NAME,
    sheets.items.filter((s) => s !== ours).map((s) => s.name),
  );
  const sheet = sheets.add(name);

  const { labels } = input;
  const lang = input.lang ?? "sv";
  const reviewed = applyReview(input.findings, input.marks ?? new Map()).sort(
    (a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity],
  );
  const findings = reviewed.map((r) => r.finding);
  const columns = [...labels.columns, CHECK_COLUMN[lang], ...REVIEW_COLUMNS.map((c) => c[lang])];
  const width = columns.length;
  const pad = (row: (string | number)[]) => [...row, ...Array(width - row.length).fill("")];
  const head = [
    pad([text(labels.title)]),
    pad([text(labels.file), text(input.fileName)]),
    pad([text(labels.date), text(input.when)]),
    pad([text(labels.count), text(labels.summary)]),
    pad([]),
    columns.map(text),
  ];
  const body = reviewed.map(({ finding: f, mark }) => {
    const places = placesBySheet(f);
    return [
      text(labels.severity[f.severity]),
      text(f.sheet),
      text(places.map((p) => (p.sheet === f.sheet ? p.address : sheetRef(p.sheet, p.address))).join(" · ")),
      text(labels.message(f)),
      f.expected ?? "",
      f.actual ?? "",
      f.difference ?? "",
      text(labels.basis(f)),
      // A finding across documents: the other workbook's cell, as text ("Budget 2024.xlsx › 'Budget netto'!B12").
      text(f.other ? `${f.other.workbook} › ${sheetRef(f.other.sheet, f.other.cell)}` : ""),
      text(checkTitle(f.check, lang)),
      text(mark ? REVIEW_STATUS_TEXT[mark.status][lang] : ""),
      text(mark?.comment ?? ""),
      text(mark?.by ?? ""),
      text(mark?.at ?? ""),
    ];
  });
  const rows = [...head, ...body];
  const all = sheet.getRangeByIndexes(0, 0, rows.length, width);
  all.values = rows;
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  sheet.getRangeByIndexes(1, 0, 3, 1).format.font.bold = true;
  const header = sheet.getRangeByIndexes(5, 0, 1, width);
  header.format.font.bold = true;
  header.format.borders.getItem("EdgeBottom").style = "Continuous";
  if (body.length) {
    const amounts = sheet.getRangeByIndexes(6, 4, body.length, 3);
    amounts.numberFormat = body.map((r, i) => r.slice(4, 7).map((v) => amountNumberFormat(typeof v === "number" ? v : 0, findings[i].unit)));
    findings.forEach((f, i) => {
      const first = placesBySheet(f)[0];
      if (!first) return;
      sheet.getRangeByIndexes(6 + i, 2, 1, 1).hyperlink = {
        documentReference: `${quotedSheetName(first.sheet)}!${first.address.split(",")[0]}`,
        textToDisplay: String(body[i][2]).slice(1),
      };
    });
  }
  [12, 18, 14, 60, 16, 16, 16, 40, 40, 28, 20, 40, 18, 24].forEach((chars, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * 7));
  sheet.activate();
  await context.sync();
  return name;
}

/** Removes the report sheet the add-in created, when it still exists. */
export async function removeReportSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return false;
  sheet.delete();
  await context.sync();
  return true;
}
