import { Exact } from "./exact-decimal";
import { invalidInput } from "./input-error";

/**
 * Rounds the parts `numerators[i] / denominator` to `decimals` places (−3 = whole thousands) so
 * that they add up exactly to the rounded total (or to `total` when given, which must already
 * be a multiple of the unit). Each part is first rounded down; the units still missing go to
 * the parts with the largest remainders (Hamilton / largest-remainder method), ties to the
 * earlier part. Remainders are compared exactly, as numerators over the common denominator,
 * so parts that are equal fractions (1/3 of 4 and of 1) tie exactly. Every part ends within
 * one unit of its exact value.
 */
export function roundKeepingTotal(numerators: readonly Exact[], decimals: number, total?: Exact, denominator: Exact = new Exact(1)): Exact[] {
  assertDecimals(decimals);
  const unit = new Exact(10).pow(-decimals);
  const perUnit = denominator.times(unit);
  const parts = numerators.map((n, i) => {
    const q = n.divToInt(perUnit);
    const r = n.minus(q.times(perUnit));
    return r.lt(0) ? { i, floor: q.minus(1), remainder: r.plus(perUnit) } : { i, floor: q, remainder: r };
  });
  const target = (total ? total.div(unit) : numerators.reduce((sum, n) => sum.plus(n), new Exact(0)).div(perUnit)).toDecimalPlaces(0);
  let missing = target.minus(parts.reduce((sum, p) => sum.plus(p.floor), new Exact(0))).toNumber();
  const order = [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const units = parts.map((p) => p.floor);
  for (const { i } of order) {
    if (missing <= 0) break;
    units[i] = units[i].plus(1);
    missing--;
  }
  return units.map((u) => u.times(unit));
}

/** Decimal places must be a whole number from −9 (whole billions) to 10. */
export function assertDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < -9 || decimals > 10) {
    throw invalidInput(
      `Antal decimaler måste vara ett heltal från -9 till 10, inte ${decimals}.`,
      `The number of decimals must be a whole number from -9 to 10, not ${decimals}.`,
    );
  }
}
