/**
 * Cell references as formulas and findings write them: C17, $C$17, C5:C9, Sheet1!A1,
 * 'Not 5'!C17, 'Not 5'!C5:C9. Parsing and writing, nothing else.
 */
import { columnLetters } from "../../../src/model/grid";

/** A sheet name as a formula writes it: bare when it is a plain identifier that cannot be read as a cell, else quoted. */
export function sheetPrefix(name: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]$/.test(name);
  return (bare ? name : `'${name.replace(/'/g, "''")}'`) + "!";
}

export interface CellRef {
  /** Row and column, 0-based. */
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

export function parseCellRef(text: string): CellRef | null {
  const m = CELL.exec(text);
  if (!m || Number(m[4]) < 1) return null;
  let col = 0;
  for (const ch of m[2].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[4]) - 1, col: col - 1, absCol: m[1] === "$", absRow: m[3] === "$" };
}

export function writeCellRef(ref: CellRef): string {
  return `${ref.absCol ? "$" : ""}${columnLetters(ref.col)}${ref.absRow ? "$" : ""}${ref.row + 1}`;
}

/** A finding's cell ("C14" on its own sheet, or "'Balansräkning'!C14") as sheet, row, col; null when it is not one. */
export function parseFindingCell(text: string, ownSheet: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'!|([^'!]+)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(text);
  if (!m) return null;
  const ref = parseCellRef(m[3]);
  if (!ref) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ownSheet);
  return { sheet, row: ref.row, col: ref.col };
}
