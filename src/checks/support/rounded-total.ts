/**
 * The precision of a total in a rounded table. A figure shown to step u stands for ±u/2
 * (shared/design/CHECKS.md) when it was rounded from the exact amount; a total that adds up
 * figures each rounded on its own (a SUM over tkr lines, or a line the structure says covers
 * them) carries their rounding too: ±Σ u_i/2. Two such totals printed in two statements may
 * then differ by more than their own steps and still both be right — the band must say so.
 * Whole-kronor figures are exact: their totals keep their own step.
 */
import type { Figure, UnderstoodRow, UnderstoodTable } from "../../understand/types";
import { rowIndex } from "./coverage-relation";

const MAX_DEPTH = 8;

/** The figure with the step its rounding allows: its own, or the added rounding of the lines it covers when that is wider. */
export function withRoundingOfItems(table: UnderstoodTable, row: UnderstoodRow | undefined, figure: Figure): Figure {
  if (!row || (figure.step <= 1 && table.unit === "kr")) return figure;
  const half = itemsHalfBand(table, row, figure.col, 0);
  return half * 2 > figure.step ? { ...figure, step: half * 2 } : figure;
}

function itemsHalfBand(table: UnderstoodTable, row: UnderstoodRow, col: number, depth: number): number {
  const own = (row.figures.get(col)?.step ?? 0) / 2;
  if (depth >= MAX_DEPTH) return own;
  if (!row.covers || row.covers.length === 0) {
    // A line repeating a total of the same table ("Årets resultat" again under the budget, in its roll-forward) carries that total's rounding.
    const original = row.key
      ? table.rows.find((r) => r !== row && r.key === row.key && r.covers?.length && r.figures.get(col)?.shown === row.figures.get(col)?.shown)
      : undefined;
    return original ? Math.max(own, itemsHalfBand(table, original, col, depth + 1)) : own;
  }
  const byRow = rowIndex(table);
  let sum = 0;
  for (const r of row.covers) {
    const covered = byRow.get(r);
    if (covered?.figures.has(col)) sum += itemsHalfBand(table, covered, col, depth + 1);
  }
  return Math.max(own, sum);
}
