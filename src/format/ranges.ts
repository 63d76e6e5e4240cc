/** Cells as few A1 ranges: contiguous rows of one column become "C5:C9". */
import { a1 } from "../model/grid";

export interface RC {
  row: number;
  col: number;
}

export function toRanges(cells: RC[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col)!)].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const end = rows[i - 1];
      out.push(start === end ? a1(start, col) : `${a1(start, col)}:${a1(end, col)}`);
      start = rows[i];
    }
  }
  return out;
}
