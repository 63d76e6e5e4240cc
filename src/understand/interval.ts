/**
 * Figures are intervals (XBRL Calculations 1.1, round-to-nearest): a figure shown to
 * step u stands for [v − u/2, v + u/2]. A relation  total = Σ sign·item  is consistent
 * when the total's interval overlaps the interval of the signed sum, i.e. when
 * |total − Σ| ≤ (u_total + Σ u_item) / 2 — the band.
 */
export interface Shown {
  shown: number;
  step: number;
}

/** Half-width of the allowed band for a relation between these figures. */
export function band(figures: readonly Shown[]): number {
  let half = 0;
  for (const f of figures) half += f.step / 2;
  return round12(half);
}

/** Removes binary noise from a sum of decimal figures (0.1 + 0.2 → 0.3). */
export function round12(x: number): number {
  // Integers (most sums of kronor) come back unchanged, −0 as 0: no string round trip.
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x === 0 ? 0 : x;
  return Math.abs(x) < 1e15 ? Number(x.toFixed(6)) : x;
}

/** Σ sign·shown, without binary noise. */
export function signedSum(terms: readonly { figure: Shown; sign: number }[]): number {
  let s = 0;
  for (const t of terms) s += t.sign * t.figure.shown;
  return round12(s);
}
