/**
 * Whether a table's stated unit fits its figures. A "kr" table whose amounts carry one
 * decimal is in tkr; a "tkr" or "mnkr" table with amounts in the millions is in kr (a
 * Finsam förbund turns over 5–40 Mkr a year, so 15 596 000 tkr cannot be). Returns the
 * unit the magnitudes show when they contradict the stated one, else null.
 */
import type { Figure, Unit } from "./types";

export function contradictedUnit(stated: Unit, amounts: readonly Figure[]): Unit | null {
  if (amounts.length < 3) return null;
  const oneDecimal = amounts.filter((f) => Math.abs(f.step - 0.1) < 1e-12).length;
  if (stated === "kr" && oneDecimal * 2 > amounts.length) return "tkr";
  const sorted = amounts.map((f) => Math.abs(f.shown)).sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 2)];
  if (stated === "tkr" && typical >= 500_000) return "kr";
  if (stated === "mnkr" && typical >= 1_000) return "tkr";
  return null;
}
