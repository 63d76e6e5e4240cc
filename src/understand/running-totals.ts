/**
 * A column of running totals — SUM(B$4:Bi) on every row, from the same first row to the row
 * itself or the one above — is not a column of items with a total: no row of it adds up the
 * rows it spans (each holds the sum of the amounts so far), and listing what each spans is
 * quadratic in the rows. Such rows take no coverage, from their formulas or their layout.
 */
import { sumRange } from "./formula-terms";
import type { UnderstoodRow } from "./types";

/** Fewest consecutive rows that make a running-total column (two are a total and a grand total). */
const MIN_RUN = 3;

interface Run {
  first: number;
  indices: number[];
}

/** Indices of the rows that are part of a running-total run in some column. */
export function runningTotalRows(rows: readonly UnderstoodRow[]): Set<number> {
  const out = new Set<number>();
  const runs = new Map<number, Run>();
  const close = (col: number) => {
    const run = runs.get(col);
    if (run && run.indices.length >= MIN_RUN) for (const i of run.indices) out.add(i);
    runs.delete(col);
  };
  rows.forEach((r, i) => {
    r.figures.forEach((f, col) => {
      const range = f.formula ? sumRange(f.formula, col) : null;
      if (!range || range.last < r.row - 1 || range.last > r.row) return;
      const run = runs.get(col);
      const continues = run !== undefined && run.first === range.first && run.indices[run.indices.length - 1] === i - 1;
      if (!continues) {
        close(col);
        runs.set(col, { first: range.first, indices: [i] });
      } else run.indices.push(i);
    });
    // A run this row did not continue ends (a Map may lose entries while it is walked).
    for (const [col, run] of runs) if (run.indices[run.indices.length - 1] !== i) close(col);
  });
  for (const col of [...runs.keys()]) close(col);
  return out;
}
