/**
 * `finsam validate`: reads each file, runs the engine, prints the findings (text or one
 * JSON document), writes the --out copy. With --prior, --budget or --together the files
 * are one set of documents: every file is read once, before anything is checked (an
 * unreadable one ends the run with its line), and the findings across documents join the
 * files' own. The review marks the add-in stored in a file (its document settings) are
 * reported with its findings; marks that cannot be read give a line on stderr. Exit code: 2
 * when a file could not be read, else 1 when errors were found that are not approved (0 with
 * --no-fail), else 0.
 */
import type { Finding } from "../findings/finding";
import type { ReviewMarks } from "../findings/review-mark";
import { REVIEW_SETTING, parseReview } from "../findings/review-store";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import { oneLine } from "../understand/cell-reading";
import type { DocumentInput, DocumentReport } from "../documents/validate-documents";
import { XlsxReadError } from "../xlsx/read-error";
import type { AddinSettings } from "../xlsx/office-settings";
import { readXlsx, type XlsxFile } from "../xlsx/read-xlsx";
import { checkOutTarget, writeAnnotatedCopy } from "./annotated-copy";
import type { ValidateArgs } from "./args";
import { readConfigFile } from "./config-file";
import { JsonReport, jsonReport } from "./report-json";
import { summaryLine, textReport } from "./report-text";
import { Summary, addSummaries, openErrors, summarize } from "./summary";

export type Validator = (wb: Workbook, config?: ValidationConfig) => Finding[];

/** The engine for a set of documents: the first is the one validated. */
export type SetValidator = (inputs: readonly DocumentInput[], config?: ValidationConfig) => DocumentReport[];

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The terminal's width when stdout is one; the text report is wrapped at 80 otherwise. */
  columns?: number;
}

/** Width of the text report when stdout is not a terminal. */
const DEFAULT_WIDTH = 80;

/** Workbooks at least this big (file bytes, or sheets) get progress lines on stderr. */
const PROGRESS_BYTES = 512 * 1024;
const PROGRESS_SHEETS = 50;

export async function runValidate(args: ValidateArgs, validate: Validator, io: Io, validateSet: SetValidator): Promise<number> {
  const config = args.config !== undefined ? readConfigFile(args.config) : undefined;
  // Before any report is printed: a refused --out is a wrong call, not a failure half-way.
  if (args.out !== undefined) checkOutTarget(args.files[0], args.out);
  if (args.prior !== undefined || args.budget !== undefined || args.together) return runSet(args, validateSet, config, io);
  const reports: JsonReport[] = [];
  let total: Summary = { errors: 0, warnings: 0, infos: 0 };
  let unreadable = false;
  for (const file of args.files) {
    const read = await readOrSay(file, args.out !== undefined, io);
    if (!read) {
      unreadable = true;
      continue;
    }
    warnUnknownSheets(file, config, read.workbook, io);
    const big = read.size >= PROGRESS_BYTES || read.workbook.sheets.length >= PROGRESS_SHEETS;
    if (big) io.stderr(`finsam: ${file}: kontrollerar ${read.workbook.sheets.length} blad … / checking ${read.workbook.sheets.length} sheets …`);
    total = addSummaries(total, await reportFile(file, read, validate(read.workbook, config), args, io, reports));
  }
  if (args.json) {
    if (args.files.length === 1 && reports.length === 1) io.stdout(JSON.stringify(reports[0], null, 2) + "\n");
    else if (args.files.length > 1) io.stdout(JSON.stringify(reports, null, 2) + "\n");
  } else if (args.files.length > 1) {
    io.stdout(`${summaryLine(total, args.lang)} (${args.files.length} ${args.lang === "sv" ? "filer" : "files"})\n`);
  }
  if (unreadable) return 2;
  return openErrors(total) > 0 && !args.noFail ? 1 : 0;
}

async function runSet(args: ValidateArgs, validateSet: SetValidator, config: ValidationConfig | undefined, io: Io): Promise<number> {
  const wanted: { file: string; role?: DocumentInput["role"] }[] = [
    ...args.files.map((file) => ({ file })),
    ...(args.prior !== undefined ? [{ file: args.prior, role: "prior-year-report" as const }] : []),
    ...(args.budget !== undefined ? [{ file: args.budget, role: "budget" as const }] : []),
  ];
  const read: ({ file: string; role?: DocumentInput["role"] } & XlsxFile)[] = [];
  let unreadable = false;
  for (const [i, w] of wanted.entries()) {
    // ExcelJS's workbook is kept only for the file --out copies (the first: --out goes with one input).
    const r = await readOrSay(w.file, args.out !== undefined && i === 0, io);
    if (!r) {
      unreadable = true;
      continue;
    }
    read.push({ ...w, ...r });
    warnUnknownSheets(w.file, config, r.workbook, io);
  }
  if (unreadable) return 2;
  const reports = validateSet(
    read.map((r) => ({ workbook: r.workbook, ...(r.role ? { role: r.role } : {}) })),
    config,
  ).slice(0, args.files.length);
  let total: Summary = { errors: 0, warnings: 0, infos: 0 };
  const json: JsonReport[] = [];
  for (const [i, report] of reports.entries()) total = addSummaries(total, await reportFile(read[i].file, read[i], report.findings, args, io, json));
  if (args.json) io.stdout(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + "\n");
  else if (reports.length > 1) io.stdout(`${summaryLine(total, args.lang)} (${reports.length} ${args.lang === "sv" ? "filer" : "files"})\n`);
  return openErrors(total) > 0 && !args.noFail ? 1 : 0;
}

/** The review marks stored in the file; what could not be read is said on stderr, one line each. */
function reviewMarks(file: string, settings: AddinSettings, io: Io): ReviewMarks {
  const { marks, note } = parseReview(settings.settings.get(REVIEW_SETTING));
  for (const n of [...settings.notes, ...(note ? [note] : [])]) io.stderr(`finsam: ${file}: ${n.sv} / ${n.en}`);
  return marks;
}

/** A sheetRoles name that is not in the workbook is most likely a typo: say so, go on. */
function warnUnknownSheets(file: string, config: ValidationConfig | undefined, wb: Workbook, io: Io): void {
  const names = new Set(wb.sheets.map((s) => s.name));
  for (const sheet of Object.keys(config?.sheetRoles ?? {})) {
    if (!names.has(sheet)) {
      io.stderr(oneLine(`finsam: ${file}: --config sheetRoles: bladet "${sheet}" finns inte / sheet "${sheet}" does not exist`));
    }
  }
}

/** Reads a file; one line on stderr and null when it cannot be read. */
async function readOrSay(file: string, keepExcelJS: boolean, io: Io): Promise<XlsxFile | null> {
  try {
    return await readXlsx(file, { onParse: parseProgress(file, io), onSheet: sheetProgress(file, io), keepExcelJS });
  } catch (err) {
    if (!(err instanceof XlsxReadError)) throw err;
    io.stderr(oneLine(`finsam: ${file}: ${err.sv} / ${err.en}`));
    return null;
  }
}

/** One file's findings with its review marks: the text report on stdout (or its JSON report added to `json`) and the --out copy; returns its counts. */
async function reportFile(file: string, read: XlsxFile, findings: Finding[], args: ValidateArgs, io: Io, json: JsonReport[]): Promise<Summary> {
  const marks = reviewMarks(file, read.addinSettings, io);
  if (args.json) json.push(jsonReport(file, findings, args.lang, marks));
  else {
    const sheets = read.workbook.sheets.map((s) => s.name);
    io.stdout(textReport(file, findings, sheets, args.lang, { marks, width: io.columns ?? DEFAULT_WIDTH }) + "\n");
  }
  if (args.out !== undefined) {
    await writeAnnotatedCopy(file, read.excel!, args.out, findings, args.lang, marks);
    io.stderr(`finsam: skrev / wrote ${args.out}`);
  }
  return summarize(findings, marks);
}

function parseProgress(file: string, io: Io): (bytes: number) => void {
  return (bytes) => {
    if (bytes < PROGRESS_BYTES) return;
    const mb = (bytes / (1024 * 1024)).toFixed(1);
    io.stderr(`finsam: ${file}: läser ${mb.replace(".", ",")} MB … / reading ${mb} MB …`);
  };
}

/** Progress on stderr while a big workbook's sheets are converted (every 100 sheets). */
function sheetProgress(file: string, io: Io): (index: number, total: number) => void {
  return (index, total) => {
    if (total >= PROGRESS_SHEETS && index % 100 === 0) {
      io.stderr(`finsam: ${file}: läser blad ${index + 1}/${total} … / reading sheet ${index + 1}/${total} …`);
    }
  };
}
