/**
 * One pass over a sheet's cells: per row, which cells are text, figures, dates, years,
 * numbers written as text, errors; and whether the row reads as a header row.
 */
import { forEachRow, type Cell, type Sheet } from "../model/grid";
import { cellKind, cellText, isYearNumber, serialYear, type CellKind } from "./cell-reading";
import { isHeaderText } from "./labels";

export interface ScannedCell {
  col: number;
  kind: CellKind;
  cell: Cell;
}

export interface ScannedRow {
  /** Sheet row; −1 for an empty row, which is one shared object (see BLANK_ROW). */
  row: number;
  cells: ScannedCell[];
  /** Leftmost non-empty column, or -1. */
  first: number;
  blank: boolean;
  header: boolean;
  /** Number (not date) or number-as-text cells. */
  figureCols: number[];
  textCols: number[];
}

/** Header text of a cell: dates as yyyy-mm-dd, years as digits, text as written. */
export function headerCellText(sc: ScannedCell): string {
  const v = sc.cell.value;
  if (sc.kind === "date" && typeof v === "number") {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return cellText(sc.cell);
}

function isHeaderToken(sc: ScannedCell): boolean {
  if (sc.kind === "date") return true;
  if (sc.kind === "number") return isYearNumber(sc.cell.value as number) && !/[#,.]/.test(sc.cell.numberFormat ?? "");
  if (sc.kind === "text" || sc.kind === "text-number") return isHeaderText(cellText(sc.cell));
  return false;
}

/**
 * Year numbers make a header only when they read as a run of years (2023, 2022, 2021 or
 * 2021, 2021, 2022 — each next to the one before), or as a lone bold or "0"-formatted year:
 * a line "Porto 2 000 2 050" in General format is a body row.
 */
function plausibleYears(cells: ScannedCell[]): boolean {
  const years = cells.filter((sc) => sc.kind === "number").map((sc) => sc.cell.value as number);
  if (years.length === 0) return true;
  if (years.length === 1) {
    const sc = cells.find((c) => c.kind === "number")!;
    return (
      sc.cell.bold === true || sc.cell.numberFormat === "0" || cells.length === 1 || cells.every((c) => c.kind !== "text" || isHeaderText(cellText(c.cell)))
    );
  }
  for (let i = 1; i < years.length; i++) if (Math.abs(years[i] - years[i - 1]) > 1) return false;
  return true;
}

function looksLikeHeader(cells: ScannedCell[], first: number, left: number): boolean {
  // A figure that is no year, an error or a boolean makes a body row: decided before any text is read.
  for (const sc of cells) {
    if (sc.kind === "error" || sc.kind === "boolean" || (sc.kind === "number" && !isHeaderToken(sc))) return false;
  }
  if (!plausibleYears(cells)) return false;
  let tokens = 0;
  let tokensRight = 0;
  for (const sc of cells) {
    if (sc.kind === "error" || sc.kind === "boolean") return false;
    const token = isHeaderToken(sc);
    if (token) {
      tokens++;
      if (sc.col !== first) tokensRight++;
      continue;
    }
    // A figure that is not a year, or a number written as text, means a body row.
    if (sc.kind === "number" || sc.kind === "text-number") return false;
    // Text beside the label column that is no column name: a body row with text values.
    if (sc.col !== first && cellText(sc.cell).length > 60) return false;
  }
  // A lone column name right of the table's first column (a one-column table whose label header is empty) also counts.
  return (tokensRight >= 1 && (tokens >= 2 || cells.length >= 2)) || (cells.length === 1 && first > left && tokens === 1);
}

/**
 * Every empty row of a sheet is this one object (a sheet with one value in its last row has a
 * million): look a row up by its index, never by its `row`, which is −1 here.
 */
const BLANK_ROW: ScannedRow = Object.freeze({ row: -1, cells: [], first: -1, blank: true, header: false, figureCols: [], textCols: [] }) as ScannedRow;

export function scanSheet(sheet: Sheet): ScannedRow[] {
  // Cells first: a row's header reading needs the sheet's leftmost used column (a sheet laid out from column C has its labels there).
  const filled: { r: number; cells: ScannedCell[] }[] = [];
  let left = Infinity;
  // Rows by forEachRow: a sheet with one value in its last row is a million holes, and reading a hole by index is slow.
  forEachRow(sheet, (raw, r) => {
    const cells: ScannedCell[] = [];
    for (let c = 0; c < raw.length; c++) {
      const cell = raw[c];
      if (!cell) continue;
      const kind = cellKind(cell);
      if (kind === "empty") continue;
      cells.push({ col: c, kind, cell });
    }
    if (cells.length === 0) return;
    filled.push({ r, cells });
    if (cells[0].col < left) left = cells[0].col;
  });
  const out: ScannedRow[] = []; // filled in order with push: a preallocated million-slot array would be a slow dictionary
  for (const { r, cells } of filled) {
    while (out.length < r) out.push(BLANK_ROW);
    out.push(scannedRow(r, cells, left));
  }
  while (out.length < sheet.rows.length) out.push(BLANK_ROW);
  return out;
}

/**
 * A row of the given (non-empty, column-ordered) cells: a whole sheet row, or the part of it
 * in one lane of side-by-side tables, whose first column is `left`.
 */
export function scannedRow(row: number, cells: ScannedCell[], left = 0): ScannedRow {
  const first = cells.length ? cells[0].col : -1;
  const figureCols: number[] = [];
  const textCols: number[] = [];
  for (const sc of cells) {
    if (sc.kind === "number" || sc.kind === "text-number") figureCols.push(sc.col);
    else if (sc.kind === "text") textCols.push(sc.col);
  }
  return {
    row,
    cells,
    first,
    blank: cells.length === 0,
    header: cells.length >= 1 && looksLikeHeader(cells, first, left),
    figureCols,
    textCols,
  };
}

/** Year shown by a header cell (a year number, a date, or a year in its text). */
export function headerCellYear(sc: ScannedCell): number | null {
  if (sc.kind === "date") return serialYear(sc.cell.value as number);
  if (sc.kind === "number" && isYearNumber(sc.cell.value as number)) return sc.cell.value as number;
  return null;
}
