/**
 * validateWorkbook: grid → understanding → every registered check → findings in a
 * stable order (sheet, row, column). Pure: no Office, no I/O.
 */
import type { Check } from "../checks/check";
import type { Finding } from "../findings/finding";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import { understandWorkbook } from "../understand/understand-workbook";
import type { UnderstoodWorkbook } from "../understand/types";
import { sortFindings } from "./order";
import { CHECKS } from "./registry";

export function validateWorkbook(wb: Workbook, config: ValidationConfig = {}): Finding[] {
  return validateUnderstood(understandWorkbook(wb, config), config);
}

export function validateUnderstood(u: UnderstoodWorkbook, config: ValidationConfig = {}): Finding[] {
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    try {
      for (const f of check.run(u, config)) findings.push(f.basis ? f : { ...f, basis: check.basis });
    } catch (err) {
      // One check failing on an odd sheet must not hide what the others found; say so instead.
      findings.push(checkFailed(check, u, err));
    }
  }
  return sortFindings(findings, u.sheets.map((s) => s.name));
}

function checkFailed(check: Check, u: UnderstoodWorkbook, err: unknown): Finding {
  const reason = err instanceof Error ? err.message : String(err);
  return {
    check: check.id,
    severity: "warning",
    sheet: u.sheets[0]?.name ?? "",
    cells: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    cause: null,
    basis: "cell",
    message: {
      sv: `Kontrollen "${check.title.sv}" kunde inte köras på den här arbetsboken (${reason}).`,
      en: `The check "${check.title.en}" could not run on this workbook (${reason}).`,
    },
  };
}
