/** What `finsam validate --json --lang en` must print for a finding, written out field by field here (not taken from report-json). */
import type { Finding } from "../../src/findings/finding";

export function findingAsJson(f: Finding) {
  return {
    check: f.check,
    severity: f.severity,
    sheet: f.sheet,
    cells: f.cells,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    tolerance: f.tolerance,
    cause: f.cause,
    basis: f.basis,
    ...(f.other ? { other: f.other } : {}),
    message: f.message.en,
  };
}
