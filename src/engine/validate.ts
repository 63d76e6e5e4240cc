/**
 * validateWorkbook: grid → understanding → every registered check → findings in a
 * stable order (sheet, row, column). Pure: no Office, no I/O.
 */
import type { Finding } from "../findings/finding";
import type { Workbook } from "../model/grid";
import { understandWorkbook } from "../understand/understand-workbook";
import type { UnderstoodWorkbook } from "../understand/types";
import type { ValidationConfig } from "./config";
import { sortFindings } from "./order";
import { CHECKS } from "./registry";

export function validateWorkbook(wb: Workbook, config: ValidationConfig = {}): Finding[] {
  return validateUnderstood(understandWorkbook(wb, config), config);
}

export function validateUnderstood(u: UnderstoodWorkbook, config: ValidationConfig = {}): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) findings.push(...check.run(u, config));
  return sortFindings(findings, u.sheets.map((s) => s.name));
}
