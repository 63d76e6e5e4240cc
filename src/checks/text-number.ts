/**
 * text-number: a figure stored as text ("1 393 712", with ordinary or non-breaking
 * spaces, "−5 000", "(1 234)") looks right but drops out of every SUM. Among the amounts of
 * a column that holds real numbers it is an error (the cell itself is the evidence); elsewhere
 * (a column of text, a count or ratio line) a warning.
 */
import type { Finding } from "../findings/finding";
import { a1 } from "../model/grid";
import type { UnderstoodWorkbook } from "../understand/types";
import type { LegacyCheck as Check } from "./check";
import { amount } from "./support/relation";

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
          severity: amidAmounts(u, sheet.index, t.row, t.col) ? "error" : "warning",
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

const AMOUNT_ROLES = new Set(["item", "subtotal", "total", "result", "closing", "varav-parent", "varav-child"]);

/** The cell is on an amount line of a table whose column holds at least two numbers stored as numbers. */
function amidAmounts(u: UnderstoodWorkbook, sheetIndex: number, row: number, col: number): boolean {
  for (const table of u.sheets[sheetIndex].tables) {
    if (row < table.top || row > table.bottom || col < table.left || col > table.right) continue;
    const line = table.rows.find((r) => r.row === row);
    if (!line || !AMOUNT_ROLES.has(line.role)) return false;
    let numbers = 0;
    for (const r of table.rows) {
      const f = r.figures.get(col);
      if (f && f.source !== "text" && !f.percent) numbers++;
    }
    return numbers >= 2;
  }
  return false;
}
