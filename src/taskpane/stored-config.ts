/**
 * The settings as kept in the document, and how they become the engine's
 * ValidationConfig. The equity ceiling can be a percentage or a staircase kept in a
 * range of the workbook (e.g. Parametrar!A2:C6: from, rate, fixed amount), read at
 * validation time so edits to the range count, by the same strict reading as FINSAM.RESERVE.
 */
import { InputError, invalidInput } from "../core/input-error";
import type { ReserveRule } from "../core/reserve-rule";
import { reserveRuleFromCells } from "../core/reserve-rule-table";
import type { TableKind } from "../model/kinds";
import type { ValidationConfig } from "../model/validation-config";

export type CeilingSetting = { kind: "none" } | { kind: "percent"; rate: number } | { kind: "range"; ref: string; mode: "marginal" | "whole" };

export interface StoredConfig {
  sheetRoles?: Record<string, TableKind>;
  /** Fraction: 0.1 = 10 %. */
  adminShareTarget?: number;
  ceiling?: CeilingSetting;
}

/** "Parametrar!A2:C6" or "'Mina parametrar'!A2:C6" → sheet and address; null when not a sheet-qualified range. */
export function parseRangeRef(ref: string): { sheet: string; address: string } | null {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^'!]+))!\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/.exec(ref);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'").trim(), address: m[3].replace(/\$/g, "") };
}

/**
 * The engine's config from the stored settings and, for a ceiling kept in a range, that
 * range's values (null: the range's sheet is gone, so no ceiling). A range that is not a valid
 * rule is an InputError naming the range and the cell, in Swedish and English.
 */
export function toValidationConfig(s: StoredConfig, rangeValues: unknown[][] | null): ValidationConfig {
  const config: ValidationConfig = {};
  if (s.sheetRoles && Object.keys(s.sheetRoles).length) config.sheetRoles = { ...s.sheetRoles };
  if (s.adminShareTarget !== undefined) config.adminShareTarget = s.adminShareTarget;
  const c = s.ceiling;
  if (c?.kind === "percent") config.equityCeiling = { kind: "percent", rate: c.rate };
  if (c?.kind === "range" && rangeValues) config.equityCeiling = ruleInRange(c.ref, rangeValues, c.mode);
  return config;
}

function ruleInRange(ref: string, values: unknown[][], mode: "marginal" | "whole"): ReserveRule {
  try {
    return reserveRuleFromCells(values, mode);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw invalidInput(`Tak för eget kapital, ${ref}: ${error.sv}`, `Equity ceiling, ${ref}: ${error.en}`);
  }
}
