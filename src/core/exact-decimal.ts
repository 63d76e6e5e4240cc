import Decimal from "decimal.js";

/**
 * decimal.js configured for money: 40 significant digits so shares like 1/3 of a large
 * total keep far more precision than any öre, half-away-from-zero rounding as reports use.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

/** The nearest double, with negative zero as plain 0 (a cell should never show "-0"). */
export function toNumber(value: Exact): number {
  return value.isZero() ? 0 : value.toNumber();
}
