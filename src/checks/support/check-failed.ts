/**
 * A check that threw on an odd workbook becomes one warning naming it, so that the other
 * checks' findings still come (in-workbook and cross-document checks alike).
 */
import type { Finding, LocalizedText } from "../../findings/finding";

/** `scope` is what it could not run on: "den här arbetsboken" / "this workbook". */
export function checkFailed(check: { id: string; title: LocalizedText }, sheet: string, err: unknown, scope: LocalizedText): Finding {
  const reason = err instanceof Error ? err.message : String(err);
  return {
    check: check.id,
    severity: "warning",
    sheet,
    cells: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    cause: null,
    basis: "cell",
    message: {
      sv: `Kontrollen "${check.title.sv}" kunde inte köras på ${scope.sv} (${reason}).`,
      en: `The check "${check.title.en}" could not run on ${scope.en} (${reason}).`,
    },
  };
}
