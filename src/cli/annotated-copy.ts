/**
 * --out: writes a copy of the checked workbook with a report sheet (REPORT_SHEET_NAME: one row
 * per finding, the cell a HYPERLINK to it, the check by its title, the amounts in their
 * table's unit, the review mark with its comment, who and when) and the findings' cells
 * filled by severity.
 * The copy is made from the workbook ExcelJS already parsed for the checks; the input file is
 * never opened for writing, an --out path that is the input file or not a regular file is
 * refused, a workbook holding a number no file can (±Infinity, NaN: "1e400" in the input) is
 * refused rather than written invalid, and the target is replaced only by renaming a complete
 * copy over it.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import { freeSheetName } from "../model/free-sheet-name";
import { parseA1, quotedSheetName, sheetRef } from "../model/grid";
import { checkTitle } from "../engine/check-title";
import { amountNumberFormat } from "../findings/amount-format";
import { Finding, SEVERITY_ORDER, Severity } from "../findings/finding";
import { CHECK_COLUMN, REPORT_SHEET_NAME, REVIEW_COLUMNS } from "../findings/report-sheet-layout";
import { applyReview } from "../findings/review-apply";
import { REVIEW_STATUS_TEXT, ReviewMarks } from "../findings/review-mark";
import type { Lang } from "./args";
import { CliError } from "./cli-error";
import { finiteOrNull } from "./report-json";
import { otherText } from "./report-text";
import { SEVERITY_LABELS, causeLabel } from "./view-labels";

const FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };

const HEADERS: Record<Lang, string[]> = {
  sv: [
    "Allvarlighet",
    "Cell",
    "Alla celler",
    CHECK_COLUMN.sv,
    "Meddelande",
    "Förväntat",
    "Faktiskt",
    "Differens",
    "Tolerans",
    "Orsak",
    "Andra arbetsboken",
    ...REVIEW_COLUMNS.map((c) => c.sv),
  ],
  en: [
    "Severity",
    "Cell",
    "All cells",
    CHECK_COLUMN.en,
    "Message",
    "Expected",
    "Actual",
    "Difference",
    "Tolerance",
    "Cause",
    "Other workbook",
    ...REVIEW_COLUMNS.map((c) => c.en),
  ],
};
/** The amount columns (1-based): expected, actual, difference, tolerance. */
const AMOUNT_COLUMNS = [6, 7, 8, 9];

/** Cells named when a copy is refused for numbers it cannot hold; the message gives the count. */
const CELLS_SHOWN = 5;

/** `wb` is the checked workbook as ExcelJS parsed it (readXlsx with keepExcelJS); it is annotated in place. */
export async function writeAnnotatedCopy(
  input: string,
  wb: ExcelJS.Workbook,
  out: string,
  findings: readonly Finding[],
  lang: Lang,
  marks: ReviewMarks = new Map(),
): Promise<void> {
  checkOutTarget(input, out);
  await refuseNonFiniteNumbers(wb);
  // Lower severities first, so an error's fill wins on a cell several findings share.
  const bySeverity = [...findings].sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]);
  for (const f of bySeverity) for (const ref of f.cells) highlight(wb, f.sheet, ref, f.severity);
  addReportSheet(wb, findings, lang, marks);
  // The copy goes to a temporary file beside the target, created exclusively ('wx': O_CREAT|O_EXCL, which
  // never follows a symlink planted under its name), then renamed over the target once it is complete.
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.tmp`);
  let created = false;
  try {
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const fd = fs.openSync(tmp, "wx");
    created = true;
    try {
      fs.writeFileSync(fd, data);
    } finally {
      fs.closeSync(fd);
    }
    checkOutTarget(input, out);
    fs.renameSync(tmp, out);
  } catch (err) {
    if (created) fs.rmSync(tmp, { force: true });
    if (err instanceof CliError) throw err;
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new CliError(`--out: kan inte skriva ${out} (${why})`, `--out: cannot write ${out} (${why})`);
  }
}

/**
 * Refuses an --out that is the input (also through a link) or that exists and is not a
 * regular file: a symlink, a device, a fifo or a folder would be replaced, or written through.
 */
export function checkOutTarget(input: string, out: string): void {
  refuseSameFile(input, out);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(out);
  } catch {
    return; // not there yet: the copy creates it
  }
  if (stat.isFile()) return;
  const [sv, en] = stat.isSymbolicLink()
    ? ["en symbolisk länk", "a symbolic link"]
    : stat.isDirectory()
      ? ["en mapp", "a folder"]
      : ["ingen vanlig fil (t.ex. en enhet eller en fifo)", "not a regular file (e.g. a device or a fifo)"];
  throw new CliError(`--out: ${out} är ${sv}; välj ett nytt filnamn`, `--out: ${out} is ${en}; choose a new file name`);
}

function refuseSameFile(input: string, out: string): void {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  if (real(input) === real(out)) {
    throw new CliError("--out får inte vara indatafilen; välj ett nytt filnamn", "--out must not be the input file; choose a new file name");
  }
}

/** A number that is not finite would be written as <v>Infinity</v>, which no spreadsheet reads. */
async function refuseNonFiniteNumbers(wb: ExcelJS.Workbook): Promise<void> {
  // Loaded here, as readXlsx loads it: the CLI starts without ExcelJS.
  const { rowsInFile } = await import("../xlsx/exceljs-to-grid");
  const cells: string[] = [];
  let count = 0;
  for (const ws of wb.worksheets) {
    for (const row of rowsInFile(ws)) {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v: unknown = typeof cell.value === "number" ? cell.value : cell.result; // a formula's cached result
        if (typeof v !== "number" || Number.isFinite(v)) return;
        count++;
        if (cells.length < CELLS_SHOWN) cells.push(sheetRef(ws.name, cell.address));
      });
    }
  }
  if (count === 0) return;
  const list = cells.join(", ") + (count > cells.length ? ", …" : "");
  throw new CliError(
    `--out: ${count} ${count === 1 ? "cell håller ett tal" : "celler håller tal"} utanför vad en Excel-fil kan hålla (${list}); ingen kopia skrevs`,
    `--out: ${count} ${count === 1 ? "cell holds a number" : "cells hold numbers"} beyond what an Excel file can hold (${list}); no copy was written`,
  );
}

/** Splits "C12" or "'Balansräkning'!C14" into sheet and cell. */
function locate(sheet: string, ref: string): { sheet: string; cell: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet, cell: ref };
  const name = ref.slice(0, bang);
  const unquoted = name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  return { sheet: unquoted, cell: ref.slice(bang + 1) };
}

function highlight(wb: ExcelJS.Workbook, sheet: string, ref: string, severity: Severity): void {
  const at = locate(sheet, ref);
  const ws = wb.getWorksheet(at.sheet);
  const pos = parseA1(at.cell);
  if (!ws || !pos) return;
  const cell = ws.getCell(pos.row + 1, pos.col + 1);
  // ExcelJS shares style objects between cells after loading; give this cell its own.
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[severity] } } };
}

function addReportSheet(wb: ExcelJS.Workbook, findings: readonly Finding[], lang: Lang, marks: ReviewMarks): void {
  const ws = wb.addWorksheet(
    freeSheetName(
      REPORT_SHEET_NAME,
      wb.worksheets.map((w) => w.name),
    ),
  );
  ws.addRow(HEADERS[lang]).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  [10, 24, 30, 28, 80, 16, 16, 16, 12, 18, 40, 20, 40, 18, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const { finding: f, mark } of applyReview(findings, marks)) {
    const first = f.cells.length > 0 ? locate(f.sheet, f.cells[0]) : undefined;
    const row = ws.addRow([
      SEVERITY_LABELS[lang][f.severity],
      null,
      f.cells.map((c) => shownRef(locate(f.sheet, c))).join(", "),
      checkTitle(f.check, lang),
      f.message[lang],
      finiteOrNull(f.expected),
      finiteOrNull(f.actual),
      finiteOrNull(f.difference),
      finiteOrNull(f.tolerance),
      f.cause === null ? null : causeLabel(f.cause, lang),
      f.other ? otherText(f.other) : null,
      mark ? REVIEW_STATUS_TEXT[mark.status][lang] : null,
      mark?.comment || null,
      mark?.by || null,
      mark?.at || null,
    ]);
    const link = row.getCell(2);
    if (first) {
      const target = `#${quotedSheetName(first.sheet)}!${first.cell}`;
      link.value = { formula: `HYPERLINK("${target.replace(/"/g, '""')}","${shownRef(first).replace(/"/g, '""')}")`, result: shownRef(first) };
      link.font = { color: { argb: "FF0563C1" }, underline: true };
    } else {
      link.value = f.sheet;
    }
    for (const c of AMOUNT_COLUMNS) {
      const v = row.getCell(c).value;
      if (typeof v === "number") row.getCell(c).numFmt = amountNumberFormat(v, f.unit);
    }
    row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[f.severity] } };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS[lang].length } };
}

/** A located cell as the user reads it (sheet quoted only where Excel quotes it). */
function shownRef(at: { sheet: string; cell: string }): string {
  return sheetRef(at.sheet, at.cell);
}
