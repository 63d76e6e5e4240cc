/**
 * The relation a covering row states — total = Σ sign·covered row — in one column,
 * shared by the checks that judge totals (sum), result lines (statement-rr), cash-flow
 * lines (cash-flow) and balance roll-forwards (equity-rollforward).
 */
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { judge, ZERO, type Term, type Verdict } from "./relation";

export interface CoverageVerdict {
  col: number;
  verdict: Verdict;
}

/** Terms of a covering row in one column; null when no covered row has a figure there. */
export function coverageTerms(table: UnderstoodTable, row: UnderstoodRow, col: number, signs?: readonly number[]): Term[] | null {
  if (!row.covers) return null;
  const byRow = rowIndex(table);
  let any = false;
  const terms: Term[] = row.covers.map((r, k) => {
    const f = byRow.get(r)?.figures.get(col);
    if (f) any = true;
    return { figure: f ?? ZERO, sign: (signs ?? row.coverSigns)?.[k] ?? 1 };
  });
  return any ? terms : null;
}

/** Verdicts of a covering row in every column where it and its rows have figures. */
export function judgeCoverage(table: UnderstoodTable, row: UnderstoodRow, cols?: readonly number[]): CoverageVerdict[] {
  const out: CoverageVerdict[] = [];
  for (const [col, total] of row.figures) {
    if (cols && !cols.includes(col)) continue;
    if (total.percent) continue;
    const terms = coverageTerms(table, row, col);
    if (!terms) continue;
    const verdict = judge(total, terms);
    if (verdict) out.push({ col, verdict });
  }
  return out;
}

const INDEX = new WeakMap<UnderstoodTable, Map<number, UnderstoodRow>>();

export function rowIndex(table: UnderstoodTable): Map<number, UnderstoodRow> {
  let m = INDEX.get(table);
  if (!m) {
    m = new Map(table.rows.map((r) => [r.row, r]));
    INDEX.set(table, m);
  }
  return m;
}

/** "Verksamhetens intäkter − Verksamhetens kostnader" for short relations; "" when longer than `max` terms. */
export function describeTerms(table: UnderstoodTable, row: UnderstoodRow, signs: readonly number[] = row.coverSigns ?? [], max = 4): string {
  if (!row.covers || row.covers.length > max) return "";
  const byRow = rowIndex(table);
  return row.covers
    .map((r, k) => {
      const label = byRow.get(r)?.label || `rad ${r + 1}`;
      const sign = (signs[k] ?? 1) < 0 ? "−" : "+";
      return k === 0 ? (sign === "−" ? `− ${label}` : label) : `${sign} ${label}`;
    })
    .join(" ");
}
