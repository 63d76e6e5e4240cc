/**
 * The Excel number format a finding's amount is shown in on a report sheet: its table's unit
 * ("1 234 tkr", "15 691 257 kr"), thousands separator, a minus for negatives, as many
 * decimals as the amount has (kr: none or öre; at most 4). Without a known unit (a ratio, a
 * finding with no table) the same format without a unit word.
 */
import type { AmountUnit } from "../core/amount-unit";

const MAX_DECIMALS = 4;

export function amountNumberFormat(value: number, unit: AmountUnit | undefined): string {
  let decimals = shownDecimals(value);
  if (unit === "kr" && decimals > 0) decimals = 2;
  const digits = `#,##0${decimals > 0 ? "." + "0".repeat(decimals) : ""}`;
  const shown = unit ? `${digits}" ${unit}"` : digits;
  return `${shown};-${shown}`;
}

/** The fewest decimals (up to 4) that show the value as it is. */
export function shownDecimals(v: number): number {
  if (!Number.isFinite(v)) return 0;
  let d = 0;
  while (d < MAX_DECIMALS && Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) > 1e-9 * Math.max(1, Math.abs(v) * 10 ** d)) d++;
  return d;
}
