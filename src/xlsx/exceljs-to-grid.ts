/**
 * Turns an ExcelJS workbook into the grid the engine reads: cached values of formulas,
 * formula text without "=", error values, dates as Excel serials with their format,
 * rich text and hyperlinks flattened to their text, merged ranges (value only in the
 * top-left cell), hidden rows, number formats and bold. A formula keeps value null (and no
 * error) only when the file holds no result for it: it was never calculated.
 */
import ExcelJS from "exceljs";
import { Cell, CellValue, MergedRange, Sheet, Workbook, parseA1 } from "../model/grid";

const EPOCH_1900 = Date.UTC(1899, 11, 30);

export interface GridOptions {
  /** The workbook's name (its file name). */
  name?: string;
  /** By sheet name, the formula cells whose cached result is an empty text (ExcelJS reads them as having none). */
  emptyTextResults?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Called before each sheet is converted (for progress on big workbooks). */
  onSheet?: (index: number, total: number) => void;
}

export function excelJSToGrid(wb: ExcelJS.Workbook, options: GridOptions = {}): Workbook {
  const sheets: Sheet[] = [];
  const worksheets = wb.worksheets;
  worksheets.forEach((ws, i) => {
    options.onSheet?.(i, worksheets.length);
    sheets.push(worksheetToSheet(ws, options.emptyTextResults?.get(ws.name)));
  });
  return options.name === undefined ? { sheets } : { name: options.name, sheets };
}

function worksheetToSheet(ws: ExcelJS.Worksheet, emptyTextResults: ReadonlySet<string> | undefined): Sheet {
  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  for (const row of rowsInFile(ws)) {
    const r = row.number - 1;
    if (row.hidden) hiddenRows.push(r);
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const converted = convertCell(cell);
      if (converted?.formula !== undefined && converted.value === null && !converted.error && emptyTextResults?.has(cell.address)) converted.value = "";
      if (converted) cells[colNumber - 1] = converted;
    });
    // Empty rows stay holes: a sheet with one value in its last row holds one row, not a million.
    if (cells.length > 0) rows[r] = cells;
  }
  const sheet: Sheet = { name: ws.name, rows };
  const merged = mergedRanges(ws);
  if (merged.length > 0) sheet.merged = merged;
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  return sheet;
}

/**
 * The rows the file has, top to bottom. ExcelJS keeps them in a sparse array (a dictionary once
 * a row is far down); eachRow with includeEmpty creates every missing row, and forEach, findRows
 * and eachRow probe every index up to the last row. Object.values on the array itself (internal,
 * unchanged since ExcelJS 1.x) visits only the rows there are.
 */
export function rowsInFile(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (!Array.isArray(rows)) throw new Error("ExcelJS worksheet without its row array");
  return Object.values(rows).filter((row): row is ExcelJS.Row => row !== undefined);
}

function convertCell(cell: ExcelJS.Cell): Cell | undefined {
  // The other cells of a merged range repeat the top-left value in ExcelJS; the grid keeps it once.
  if (cell.type === ExcelJS.ValueType.Merge) return undefined;
  const out = cell.type === ExcelJS.ValueType.Formula ? readFormula(cell) : readValue(cell.value);
  if (!out) return undefined;
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  if (cell.font?.bold) out.bold = true;
  return out;
}

function readValue(v: ExcelJS.CellValue): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if ("error" in v) return { value: null, error: String(v.error) };
  if ("richText" in v) return { value: v.richText.map((run) => run.text).join("") };
  if ("hyperlink" in v) {
    const text = v.text as unknown;
    return { value: typeof text === "string" ? text : richTextOf(text) };
  }
  return undefined;
}

/** ExcelJS's cell.value drops a formula's falsy result (0, ""), so read cell.result. */
function readFormula(source: ExcelJS.Cell): Cell {
  // For a shared formula's dependent cell, ExcelJS translates the master's formula to this cell.
  const formula = (source.formula ?? "").replace(/^=/, "");
  const cell: Cell = { value: null };
  if (formula) cell.formula = formula;
  const result: unknown = source.result;
  if (result instanceof Date) cell.value = dateToSerial(result);
  else if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") cell.value = result;
  else if (result && typeof result === "object" && "error" in result) cell.error = String((result as ExcelJS.CellErrorValue).error);
  return cell;
}

function richTextOf(v: unknown): CellValue {
  if (v && typeof v === "object" && "richText" in v) {
    return (v as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
  }
  return v === undefined || v === null ? null : String(v);
}

/** ExcelJS reads date-formatted numbers as Dates (UTC); the grid keeps the 1900-system serial. */
function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_1900) / 86_400_000;
}

function mergedRanges(ws: ExcelJS.Worksheet): MergedRange[] {
  // ws.model builds a model of every row and cell (a third of the conversion): only when there are merges to read.
  if (!ws.hasMerges) return [];
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const out: MergedRange[] = [];
  for (const range of merges) {
    const [from, to] = range.split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (a && b) out.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return out;
}
