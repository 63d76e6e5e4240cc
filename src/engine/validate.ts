/**
 * validateWorkbook: grid → understanding → every registered check → findings in a
 * stable order (sheet, row, column), each with its table's unit, the tolerance explained
 * where it first matters. Pure: no Office, no I/O.
 */
import type { Finding } from "../findings/finding";
import { explainTolerances } from "../findings/tolerance-words";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import { understandWorkbook } from "../understand/understand-workbook";
import type { UnderstoodWorkbook } from "../understand/types";
import { checkFailed } from "./check-failed";
import { withTableUnits } from "./finding-unit";
import { sortFindings } from "./order";
import { CHECKS } from "./registry";

export function validateWorkbook(wb: Workbook, config: ValidationConfig = {}): Finding[] {
  return explainTolerances(validateUnderstood(understandWorkbook(wb, config), config));
}

/** Every check's findings, in order, with their table's unit; tolerances not yet explained (validateDocuments adds findings across documents first). */
export function validateUnderstood(u: UnderstoodWorkbook, config: ValidationConfig = {}): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    try {
      for (const f of check.run(u, config)) findings.push(f.basis ? f : { ...f, basis: check.basis });
    } catch (err) {
      // One check failing on an odd sheet must not hide what the others found; say so instead.
      findings.push(checkFailed(check, u.sheets[0]?.name ?? "", err, { sv: "den här arbetsboken", en: "this workbook" }));
    }
  }
  return withTableUnits(sortFindings(findings, u.sheets.map((s) => s.name)), u);
}
