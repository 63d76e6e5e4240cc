/** A1 addresses as Excel writes them in Range.address: "'Sheet name'!B2:D9". */
import { columnLetters, parseA1 } from "../../../src/model/grid";

export interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(box: Box): string {
  const tl = columnLetters(box.left) + (box.top + 1);
  if (box.rows === 1 && box.cols === 1) return tl;
  return `${tl}:${columnLetters(box.left + box.cols - 1)}${box.top + box.rows}`;
}

/** Parses "B2", "B2:D9" or "B:B" (whole column, up to `maxRows`). Sheet prefixes are not accepted here. */
export function parseBox(address: string, maxRows = 1048576): Box {
  const parts = address.split(":");
  const colOnly = /^\$?([A-Za-z]{1,3})$/;
  if (parts.length === 2 && colOnly.test(parts[0]) && colOnly.test(parts[1])) {
    const a = parseA1(parts[0] + "1")!;
    const b = parseA1(parts[1] + "1")!;
    return { top: 0, left: Math.min(a.col, b.col), rows: maxRows, cols: Math.abs(b.col - a.col) + 1 };
  }
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b || parts.length > 2) throw Object.assign(new Error(`InvalidArgument: ${address}`), { code: "InvalidArgument" });
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}
