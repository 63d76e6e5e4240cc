import { Exact } from "./exact-decimal";
import { invalidInput } from "./input-error";

/**
 * Rounds `values` to `decimals` places (−3 = whole thousands) so that the rounded parts add
 * up exactly to the rounded total (or to `total` when given, which must already be a
 * multiple of the unit). Each part is first rounded down; the units still missing go to
 * the parts with the largest remainders (Hamilton / largest-remainder method), ties to the
 * earlier part. Every part ends within one unit of its exact value.
 */
export function roundKeepingTotal(values: readonly Exact[], decimals: number, total?: Exact): Exact[] {
  assertDecimals(decimals);
  const unit = new Exact(10).pow(-decimals);
  const target = (total ?? values.reduce((sum, v) => sum.plus(v), new Exact(0))).div(unit).toDecimalPlaces(0);
  const floors = values.map((v) => v.div(unit).floor());
  let missing = target.minus(floors.reduce((sum, f) => sum.plus(f), new Exact(0))).toNumber();
  const order = values
    .map((v, i) => ({ i, remainder: v.div(unit).minus(floors[i]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const units = [...floors];
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
