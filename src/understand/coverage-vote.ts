/**
 * Each column is a witness (shared/design/UNDERSTANDING.md §3): a reading of what a total covers
 * is confirmed when it holds, within the band, in at least one column with figures and in no
 * fewer columns than it fails. With one column, one witness: a reading stands only when a
 * diagnosis explains its difference (a sign, an omitted or doubled row, transposed digits).
 */
import { diagnose } from "../core/diagnosis";
import { band, signedSum } from "./interval";
import type { Figure, UnderstoodRow } from "./types";

export interface CoverageVote {
  /** Columns where the total and at least one covered row have figures (percentages left out). */
  compared: number;
  /** Of those, columns where the relation holds within the band (2 kr of hidden öre in whole kronor) and some covered figure is not zero. */
  holds: number;
  /** Columns where it fails beyond that. */
  fails: number;
  /** Some failing column's difference is explained by one cell. */
  diagnosed: boolean;
}

/** total = Σ sign·covered, judged in every column of the total. */
export function voteCoverage(total: UnderstoodRow, covered: readonly UnderstoodRow[], signs?: readonly number[]): CoverageVote {
  const out: CoverageVote = { compared: 0, holds: 0, fails: 0, diagnosed: false };
  total.figures.forEach((t, col) => {
    if (t.percent) return;
    const terms: { figure: Figure; sign: number }[] = [];
    covered.forEach((r, k) => {
      const f = r.figures.get(col);
      if (f) terms.push({ figure: f, sign: signs?.[k] ?? 1 });
    });
    if (terms.length === 0) return;
    out.compared++;
    const sum = signedSum(terms);
    const tolerance = band([t, ...terms.map((x) => x.figure)]);
    if (Math.abs(t.shown - sum) <= Math.max(tolerance, t.step === 1 ? 2 : 0) + 1e-9) {
      if (terms.some((x) => x.figure.shown !== 0)) out.holds++;
      return;
    }
    out.fails++;
    const items = terms.map((x) => ({ value: x.figure.shown, sign: x.sign }));
    if (diagnose(t.shown, sum, items, tolerance) !== null) out.diagnosed = true;
  });
  return out;
}

/** The columns confirm the reading. */
export function confirmed(v: CoverageVote): boolean {
  return v.holds >= 1 && v.holds >= v.fails;
}

/** Evidence enough to call a failing column an error: confirmed, or one witness with a diagnosis. */
export function established(v: CoverageVote): boolean {
  return confirmed(v) || (v.compared === 1 && v.diagnosed);
}
