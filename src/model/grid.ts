/**
 * The grid: what every source (Office.js, an .xlsx file via ExcelJS, a test literal)
 * turns a workbook into before the engine looks at it. Plain data, no behaviour
 * beyond addressing. Rows and columns are 0-based; A1 references are derived.
 */

/** A cell's cached value. Dates arrive as Excel serial numbers with a date format. */
export type CellValue = number | string | boolean | null;

export interface Cell {
  /** Cached value (for a formula: its last computed result). null when empty or an error. */
  value: CellValue;
  /** Formula without the leading "=", in English (invariant) syntax, when the cell has one. */
  formula?: string;
  /** Excel error shown in the cell ("#REF!", "#VALUE!", "#DIV/0!", …), when it shows one. */
  error?: string;
  /** Number format in invariant syntax ("#,##0", "0.0%", "General"), when known. */
  numberFormat?: string;
  /** Bold font, when known (a hint for totals and headings; never required). */
  bold?: boolean;
}

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /**
   * Row-major; rows[r][c] is undefined for an empty cell. Rows may be ragged, and an empty
   * row may be a hole (rows[r] undefined): walk the rows with forEachRow, not by index.
   */
  rows: (Cell | undefined)[][];
  merged?: MergedRange[];
  hiddenRows?: number[];
}

export interface Workbook {
  /** File name or title, for reports; optional. */
  name?: string;
  sheets: Sheet[];
}

/** Longest row array walked by index; past it, rows are visited by key, so that holes cost nothing. */
const INDEX_WALK_MAX = 65_536;

/** Calls fn for each row the sheet has, top to bottom, skipping holes: work grows with the rows there are, not with the last row's number. */
export function forEachRow(sheet: Sheet, fn: (row: (Cell | undefined)[], r: number) => void): void {
  const rows = sheet.rows;
  if (rows.length <= INDEX_WALK_MAX) {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row) fn(row, r);
    }
    return;
  }
  // for-in visits an array's indices in ascending order, and only those that exist.
  for (const key in rows) {
    const r = Number(key);
    const row = rows[r];
    if (Number.isInteger(r) && row) fn(row, r);
  }
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  const r = sheet.rows[row];
  return r ? r[col] : undefined;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "C12" for row 11, column 2 (0-based). */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** Parses "C12" (optionally "$C$12") into 0-based row/col; null when it is not a cell reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * A reference to a cell on a sheet the way Excel writes it in a formula: the name bare when it
 * may stand so (Balansräkning!C5, Not_6!B9), quoted otherwise ('5-årsöversikt'!C5, 'Not 6'!B9,
 * 'A1'!B2), a quote inside doubled. Excel quotes a name with a character other than a letter,
 * digit, underscore or dot, one starting with a digit or a dot, and one that reads as a cell
 * (A1 or R1C1); observed rules, https://github.com/jmcnamara/XlsxWriter/issues/1078.
 */
export function sheetRef(sheetName: string, address: string): string {
  return sheetNameInRef(sheetName) + "!" + address;
}

/** The sheet's name as a reference writes it: bare or quoted by the rules above. */
export function sheetNameInRef(sheetName: string): string {
  return needsQuotes(sheetName) ? quotedSheetName(sheetName) : sheetName;
}

function needsQuotes(name: string): boolean {
  if (!/^[\p{L}\p{N}_.]+$/u.test(name) || /^[\p{N}.]/u.test(name)) return true;
  const a1 = /^([a-z]{1,3})(\d{1,7})$/i.exec(name);
  if (a1 && columnNumber(a1[1]) <= 16_384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1_048_576) return true;
  return /^(r\d*c\d*|r\d*|c\d*)$/i.test(name);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The sheet's name always quoted, a quote inside doubled: the form findings and link targets write ('Balansräkning'). */
export function quotedSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** A reference to a cell on another sheet, as findings write it (always quoted, the form views parse): 'Balansräkning'!C14. */
export function qualifiedRef(sheetName: string, row: number, col: number): string {
  return `${quotedSheetName(sheetName)}!${a1(row, col)}`;
}
