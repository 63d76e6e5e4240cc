import Decimal from "decimal.js";
import { InputError } from "./input-error";

/**
 * decimal.js configured for money: 40 significant digits so shares like 1/3 of a large
 * total keep far more precision than any öre, half-away-from-zero rounding as reports use.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

/**
 * The nearest double, with negative zero (also from underflow) as plain 0 (a cell should never show "-0").
 * Every exact result leaves through here, so this is the one guard against results a
 * double (and so Excel) cannot hold: beyond ±1.8E308 is an InputError of kind "tooLarge".
 */
export function toNumber(value: Exact): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) {
    throw new InputError("tooLarge", "Resultatet är för stort för Excel (större än ±1,8E308).", "The result is too large for Excel (beyond ±1.8E308).");
  }
  return n === 0 ? 0 : n;
}
