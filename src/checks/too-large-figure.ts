/**
 * too-large-figure: figures whose magnitude the engine cannot judge exactly — 10^15 or more in
 * the sheet's unit, or beyond what a number holds (±1e308 sums to Infinity; "1e400" in the file
 * reads as Infinity). They read as unreadable cells and their table column is not judged
 * (find-tables), so the sheet is not known to be clean: one warning per sheet, with the count,
 * naming the first cells.
 */
import { isTooLargeFigure } from "../understand/cell-reading";
import { defineCheck } from "./check";
import { pickedCellsBySheet } from "./support/cells-by-sheet";

/** Cells named in the finding; the message gives the count. */
const CELLS_SHOWN = 10;

export const tooLargeFigureCheck = defineCheck({
  meta: {
    id: "too-large-figure",
    title: { sv: "Tal för stora för att kontrolleras", en: "Figures too large to check" },
    basis: "cell",
    compares: {
      sv: "Tal på 10^15 eller mer till beloppet (eller som inget tal rymmer): de räknas inte med och deras kolumn kontrolleras inte. En varning per blad.",
      en: "Figures of 10^15 or more in magnitude (or beyond what a number holds): they are left out and their column is not checked. One warning per sheet.",
    },
    kinds: "any",
    concepts: [],
    messages: {
      one: {
        sv: "1 tal är för stort för att kontrolleras exakt (10^15 eller mer till beloppet): de räknas inte med, och kolumnen de står i kontrolleras inte.",
        en: "1 figure is too large to check exactly (10^15 or more in magnitude): they are left out, and the column they stand in is not checked.",
      },
      many: {
        sv: "{count} tal är för stora för att kontrolleras exakt (10^15 eller mer till beloppet): de räknas inte med, och kolumnen de står i kontrolleras inte.",
        en: "{count} figures are too large to check exactly (10^15 or more in magnitude): they are left out, and the column they stand in is not checked.",
      },
    },
  },
  run(u, ctx) {
    for (const { sheet, count, cells } of pickedCellsBySheet(u, isTooLargeFigure, CELLS_SHOWN)) {
      ctx.report({ messageId: count === 1 ? "one" : "many", data: { count }, at: sheet, cells, severity: "warning" });
    }
  },
});
