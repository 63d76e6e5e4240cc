/**
 * text-number: a figure stored as text ("1 393 712", with ordinary or non-breaking
 * spaces, "−5 000", "(1 234)") looks right but drops out of every SUM.
 */
import type { Finding } from "../findings/finding";
import { a1 } from "../model/grid";
import type { Check } from "./check";
import { amount } from "./relation";

export const textNumberCheck: Check = {
  id: "text-number",
  title: { sv: "Tal lagrade som text", en: "Numbers stored as text" },
  basis: "cell",
  run(u) {
    const out: Finding[] = [];
    for (const sheet of u.sheets) {
      for (const t of sheet.textNumbers) {
        out.push({
          check: "text-number",
          severity: "warning",
          sheet: sheet.name,
          cells: [a1(t.row, t.col)],
          expected: null,
          actual: t.value,
          difference: null,
          tolerance: null,
          cause: "text-number",
          message: {
            sv: `"${t.text}" är lagrat som text, inte som tal (${amount(t.value, Number.isInteger(t.value) ? 1 : 0.01)}): det räknas inte med i summor.`,
            en: `"${t.text}" is stored as text, not as a number (${amount(t.value, Number.isInteger(t.value) ? 1 : 0.01)}): sums leave it out.`,
          },
        });
      }
    }
    return out;
  },
};
