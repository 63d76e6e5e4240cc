/**
 * The plain-float reference VARIANCE is measured against: the same shapes and sign
 * conventions as FINSAM.VARIANCE, with JavaScript numbers instead of decimal.js.
 */
export function floatVariance(budget: number[][], actual: number[][], kind = "kostnad"): number[][] {
  if (budget.length !== actual.length || budget[0].length !== actual[0].length) throw new Error("shape");
  const sign = kind === "kostnad" || kind === "cost" ? 1 : -1;
  return budget.map((row, r) => row.map((b, c) => sign * (b - actual[r][c])));
}
