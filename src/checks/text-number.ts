/**
 * text-number: a figure stored as text ("1 393 712", with ordinary or non-breaking
 * spaces, "−5 000", "(1 234)") looks right but drops out of every SUM. Among the amounts of
 * a column that holds real numbers it is an error (the cell itself is the evidence); elsewhere
 * (a column of text, a count or ratio line) a warning.
 */
import { amountValue } from "../findings/message-text";
import type { UnderstoodWorkbook } from "../understand/types";
import { defineCheck } from "./check";

export const textNumberCheck = defineCheck({
  meta: {
    id: "text-number",
    title: { sv: "Tal lagrade som text", en: "Numbers stored as text" },
    basis: "cell",
    compares: {
      sv: 'Celler där ett belopp är lagrat som text ("1 393 712", "(1 234)"): ett fel bland en kolumns riktiga tal, annars en varning.',
      en: 'Cells where an amount is stored as text ("1 393 712", "(1 234)"): an error among a column\'s real numbers, else a warning.',
    },
    kinds: "any",
    concepts: [],
    messages: {
      storedAsText: {
        sv: '"{text}" är lagrat som text, inte som tal ({value}): det räknas inte med i summor.',
        en: '"{text}" is stored as text, not as a number ({value}): sums leave it out.',
      },
    },
  },
  run(u, ctx) {
    for (const sheet of u.sheets) {
      for (const t of sheet.textNumbers) {
        ctx.report({
          messageId: "storedAsText",
          data: { text: t.text, value: amountValue(t.value, Number.isInteger(t.value) ? 1 : 0.01) },
          at: sheet.name,
          cells: [{ sheet: sheet.name, row: t.row, col: t.col }],
          severity: amidAmounts(u, sheet.index, t.row, t.col) ? "error" : "warning",
          figures: { expected: null, actual: t.value, difference: null, tolerance: null },
          cause: "text-number",
        });
      }
    }
  },
});

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
