import { Exact, toNumber } from "./exact-decimal";
import { roundKeepingTotal } from "./largest-remainder";

/**
 * Rounds each value to `decimals` places so the rounded values add up to the rounded total
 * of the exact values (the auditor's "plug"): e.g. 300,001 + 988,038 + 243,817 + 266,705 +
 * 3 172,701 tkr rounds to 300 + 988 + 244 + 267 + 3 172 = 4 971, not 4 972.
 */
export function roundSum(values: readonly number[], decimals = 0): number[] {
  return roundKeepingTotal(
    values.map((v) => new Exact(v)),
    decimals,
  ).map((v) => toNumber(v));
}
