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
    return sc.cell.bold === true || sc.cell.numberFormat === "0" || cells.length === 1 || cells.every((c) => c.kind !== "text" || isHeaderText(cellText(c.cell)));
  }
  for (let i = 1; i < years.length; i++) if (Math.abs(years[i] - years[i - 1]) > 1) return false;
  return true;
}

function looksLikeHeader(cells: ScannedCell[], first: number): boolean {
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
  // A lone column name right of column A (a one-column table whose label header is empty) also counts.
  return (tokensRight >= 1 && (tokens >= 2 || cells.length >= 2)) || (cells.length === 1 && first >= 1 && tokens === 1);
}

/** A sheet's scanned rows: only the rows with cells exist, so a sheet with one value in its last row costs one row. */
export interface SheetScan {
  /** The non-blank rows, top to bottom. */
  rows: ScannedRow[];
  /** One past the last row. */
  length: number;
  /** Row number → its scanned row (blank rows absent). */
  byRow: Map<number, ScannedRow>;
}

export function scanSheet(sheet: Sheet): SheetScan {
  const rows: ScannedRow[] = [];
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
    const first = cells[0].col;
    const figureCols: number[] = [];
    const textCols: number[] = [];
    for (const sc of cells) {
      if (sc.kind === "number" || sc.kind === "text-number") figureCols.push(sc.col);
      else if (sc.kind === "text") textCols.push(sc.col);
    }
    rows.push({ row: r, cells, first, blank: false, header: looksLikeHeader(cells, first), figureCols, textCols });
  });
  return { rows, length: sheet.rows.length, byRow: new Map(rows.map((s) => [s.row, s])) };
}

/** Row r as scanned; a blank row when the sheet has nothing there. */
export function scannedRow(scan: SheetScan, r: number): ScannedRow {
  return scan.byRow.get(r) ?? { row: r, cells: [], first: -1, blank: true, header: false, figureCols: [], textCols: [] };
}

/** The non-blank rows from row `from` up to, not including, row `to`. */
export function scannedRowsIn(scan: SheetScan, from: number, to: number): ScannedRow[] {
  const rows = scan.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ScannedRow[] = [];
  for (let i = lo; i < rows.length && rows[i].row < to; i++) out.push(rows[i]);
  return out;
}

/** Year shown by a header cell (a year number, a date, or a year in its text). */
export function headerCellYear(sc: ScannedCell): number | null {
  if (sc.kind === "date") return serialYear(sc.cell.value as number);
  if (sc.kind === "number" && isYearNumber(sc.cell.value as number)) return sc.cell.value as number;
  return null;
}
