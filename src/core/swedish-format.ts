import Decimal from "decimal.js";

/**
 * Formats an amount the way Swedish reports print it: space as thousands separator,
 * decimal comma, ASCII minus ("-1 234,5"). Rounds half away from zero to `decimals`.
 */
export function formatSwedish(value: number | Decimal, decimals = 0): string {
  // Whole kronor shown whole (most amounts in findings) need no rounding: no Decimal.
  if (typeof value === "number" && decimals <= 0 && Number.isSafeInteger(value)) {
    return (value < 0 ? "-" : "") + String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  }
  const d = new Decimal(value).toDecimalPlaces(Math.max(0, decimals), Decimal.ROUND_HALF_UP);
  const negative = d.isNegative() && !d.isZero();
  const [intPart, fracPart] = d.abs().toFixed(Math.max(0, decimals)).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return (negative ? "-" : "") + grouped + (fracPart ? "," + fracPart : "");
}

/** Formats a fraction as a Swedish percentage: 0.3122 → "31,2 %". */
export function formatPercentSwedish(fraction: number, decimals = 1): string {
  return formatSwedish(new Decimal(fraction).times(100), decimals) + " %";
}
