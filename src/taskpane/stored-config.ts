/**
 * The settings as kept in the document, and how they become the engine's
 * ValidationConfig. The equity ceiling can be a percentage or a staircase kept in a
 * range of the workbook (e.g. Parametrar!A2:C6: from, rate, fixed amount), read at
 * validation time so edits to the range count.
 */
import type { StaircaseStep } from "../core/reserve-rule";
import type { TableKind } from "../model/kinds";
import type { ValidationConfig } from "../model/validation-config";

export type CeilingSetting =
  | { kind: "none" }
  | { kind: "percent"; rate: number }
  | { kind: "range"; ref: string; mode: "marginal" | "whole" };

export interface StoredConfig {
  sheetRoles?: Record<string, TableKind>;
  /** Fraction: 0.1 = 10 %. */
  adminShareTarget?: number;
  ceiling?: CeilingSetting;
}

/** Steps from a range's values: rows of from, rate (fraction, or per cent when > 1), optional fixed amount; other rows skipped. */
export function stepsFromValues(values: unknown[][]): StaircaseStep[] {
  const steps: StaircaseStep[] = [];
  for (const row of values) {
    const [from, rate, fixed] = row.map((v) => (typeof v === "number" ? v : typeof v === "string" && v.trim() ? Number(v.replace(/\s|\u00a0/g, "").replace(",", ".").replace(/%$/, "")) : NaN));
    if (!Number.isFinite(from) || !Number.isFinite(rate)) continue;
    const wasPercentText = typeof row[1] === "string" && /%\s*$/.test(row[1]);
    const step: StaircaseStep = { from, rate: wasPercentText || rate > 1 ? rate / 100 : rate };
    if (Number.isFinite(fixed)) step.fixed = fixed;
    steps.push(step);
  }
  return steps.sort((a, b) => a.from - b.from);
}

/** "Parametrar!A2:C6" or "'Mina parametrar'!A2:C6" → sheet and address; null when not a sheet-qualified range. */
export function parseRangeRef(ref: string): { sheet: string; address: string } | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/.exec(ref);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'").trim(), address: m[3].replace(/\$/g, "") };
}

export function toValidationConfig(s: StoredConfig, rangeValues: unknown[][] | null): ValidationConfig {
  const config: ValidationConfig = {};
  if (s.sheetRoles && Object.keys(s.sheetRoles).length) config.sheetRoles = { ...s.sheetRoles };
  if (s.adminShareTarget !== undefined) config.adminShareTarget = s.adminShareTarget;
  const c = s.ceiling;
  if (c?.kind === "percent") config.equityCeiling = { kind: "percent", rate: c.rate };
  if (c?.kind === "range" && rangeValues) {
    const steps = stepsFromValues(rangeValues);
    if (steps.length) config.equityCeiling = { kind: "staircase", mode: c.mode, steps };
  }
  return config;
}
