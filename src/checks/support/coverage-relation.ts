/**
 * The relation a covering row states — total = Σ sign·covered row — in one column,
 * shared by the checks that judge totals (sum), result lines (statement-rr), cash-flow
 * lines (cash-flow) and balance roll-forwards (equity-rollforward).
 */
import type { Basis, LocalizedText } from "../../findings/finding";
import { established, voteCoverage } from "../../understand/coverage-vote";
import type { UnderstoodRow, UnderstoodTable } from "../../understand/types";
import { round12 } from "../../understand/interval";
import { judge, ZERO, type Term, type Verdict } from "./relation";
import { rowTitle, rowTitleEn, unitFactor } from "./table-lookup";

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
  const sums = sumsByColumn(table, row);
  for (const [col, total] of row.figures) {
    if (cols && !cols.includes(col)) continue;
    if (total.percent) continue;
    // Exactly equal, or no covered figure in this column: judge() would find nothing.
    const sum = sums[col];
    if (sum === undefined || round12(total.shown - round12(sum)) === 0) continue;
    const terms = coverageTerms(table, row, col);
    if (!terms) continue;
    const verdict = judge(total, terms, unitFactor(table));
    if (verdict) out.push({ col, verdict });
  }
  return out;
}

/**
 * Σ sign·shown of the covered rows per column (undefined where none has a figure), in one
 * pass over their figures: most totals hold, and are spared building terms per column.
 */
function sumsByColumn(table: UnderstoodTable, row: UnderstoodRow): (number | undefined)[] {
  const sums: (number | undefined)[] = [];
  const covers = row.covers;
  if (!covers) return sums;
  const byRow = rowIndex(table);
  for (let k = 0; k < covers.length; k++) {
    const covered = byRow.get(covers[k]);
    if (!covered) continue; // an empty row adds 0
    const sign = row.coverSigns?.[k] ?? 1;
    covered.figures.forEach((f, col) => {
      sums[col] = (sums[col] ?? 0) + sign * f.shown;
    });
  }
  return sums;
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

/** "Verksamhetens intäkter − Verksamhetens kostnader" for short relations (an unlabelled row named by its place); "" when longer than `max` terms. */
export function describeTerms(table: UnderstoodTable, row: UnderstoodRow, signs: readonly number[] = row.coverSigns ?? [], max = 4): LocalizedText {
  if (!row.covers || row.covers.length > max) return { sv: "", en: "" };
  const byRow = rowIndex(table);
  const names = (lang: keyof LocalizedText) =>
    row
      .covers!.map((r, k) => {
        const covered = byRow.get(r) ?? { ...EMPTY_ROW, row: r };
        const label = covered.label || (lang === "sv" ? rowTitle : rowTitleEn)(table, covered);
        const sign = (signs[k] ?? 1) < 0 ? "−" : "+";
        return k === 0 ? (sign === "−" ? `− ${label}` : label) : `${sign} ${label}`;
      })
      .join(" ");
  return { sv: names("sv"), en: names("en") };
}

/**
 * What a covering row's failures rest on: its formula; its label confirmed by the arithmetic of
 * its other columns (or, with one column, a diagnosis); or its label alone — then the structure
 * is uncertain and a failure is one warning for the row, never an error per column.
 */
export function coverageBasis(table: UnderstoodTable, row: UnderstoodRow, signs?: readonly number[]): Basis {
  if (row.coverageSource === "formula") return "formula";
  const byRow = rowIndex(table);
  const covered = (row.covers ?? []).map((r) => byRow.get(r) ?? EMPTY_ROW);
  return established(voteCoverage(row, covered, signs ?? row.coverSigns)) ? "label+arithmetic" : "label";
}

const EMPTY_ROW: UnderstoodRow = { row: -1, label: "", key: "", role: "item", notes: [], figures: new Map(), bold: false, hidden: false };
