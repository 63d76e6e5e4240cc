/**
 * Whether a table's stated unit fits its figures. A "kr" table whose amounts carry one
 * decimal is in tkr; a "tkr" or "mnkr" table with amounts in the millions is in kr (a
 * Finsam förbund turns over 5–40 Mkr a year, so 15 596 000 tkr cannot be). Returns the
 * unit the magnitudes show when they contradict the stated one, else null.
 */
import type { Figure, Unit } from "./types";

export function contradictedUnit(stated: Unit, amounts: readonly Figure[]): Unit | null {
  if (amounts.length < 3) return null;
  if (stated === "kr") {
    let oneDecimal = 0;
    for (const f of amounts) if (Math.abs(f.step - 0.1) < 1e-12) oneDecimal++;
    return oneDecimal * 2 > amounts.length ? "tkr" : null;
  }
  if (stated !== "tkr" && stated !== "mnkr") return null;
  const typical = medianMagnitude(amounts);
  if (stated === "tkr" && typical >= 500_000) return "kr";
  if (stated === "mnkr" && typical >= 1_000) return "tkr";
  return null;
}

/** The upper median of |shown| (a typed-array sort: numeric, no comparator calls; tables can hold 20 000 figures). */
function medianMagnitude(amounts: readonly Figure[]): number {
  const sorted = new Float64Array(amounts.length);
  for (let i = 0; i < amounts.length; i++) sorted[i] = Math.abs(amounts[i].shown);
  sorted.sort();
  return sorted[Math.floor(sorted.length / 2)];
}
