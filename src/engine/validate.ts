/**
 * validateWorkbook: grid → understanding → every registered check → findings in a
 * stable order (sheet, row, column), the tolerance explained where it first matters.
 * Pure: no Office, no I/O.
 */
import type { Finding } from "../findings/finding";
import { explainTolerances } from "../findings/tolerance-words";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import { understandWorkbook } from "../understand/understand-workbook";
import type { UnderstoodWorkbook } from "../understand/types";
import { checkFailed } from "../checks/support/check-failed";
import { runCheck } from "../checks/support/run-check";
import { sortFindings } from "./order";
import { CHECKS } from "./registry";

export function validateWorkbook(wb: Workbook, config: ValidationConfig = {}): Finding[] {
  return explainTolerances(validateUnderstood(understandWorkbook(wb, config), config));
}

/** Every check's findings, in order; tolerances not yet explained (validateDocuments adds findings across documents first). */
export function validateUnderstood(u: UnderstoodWorkbook, config: ValidationConfig = {}): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    try {
      findings.push(...runCheck(check, u, config));
    } catch (err) {
      // One check failing on an odd sheet must not hide what the others found; say so instead.
      findings.push(checkFailed(check.meta, u.sheets[0]?.name ?? "", err, { sv: "den här arbetsboken", en: "this workbook" }));
    }
  }
  return sortFindings(
    findings,
    u.sheets.map((s) => s.name),
  );
}
