/**
 * uncalculated-formula: formulas with no result stored in the file (written by a script or
 * an export that never calculated them, or saved with calculation off). Their totals read
 * as empty, so every check that needs them is silent: the sheet is not known to be clean.
 * One warning per sheet, naming the first cells.
 */
import { defineCheck } from "./check";
import { pickedCellsBySheet } from "./support/cells-by-sheet";

/** Cells named in the finding; the message gives the count. */
const CELLS_SHOWN = 10;

export const uncalculatedFormulaCheck = defineCheck({
  meta: {
    id: "uncalculated-formula",
    title: { sv: "Formler utan beräknat värde", en: "Formulas without a calculated value" },
    basis: "formula",
    compares: {
      sv: "Formler som saknar sparat resultat i filen (aldrig beräknade): de summor de ger kan inte kontrolleras. En varning per blad.",
      en: "Formulas with no result stored in the file (never calculated): the totals they give cannot be checked. One warning per sheet.",
    },
    kinds: "any",
    concepts: [],
    messages: {
      one: {
        sv: "1 formel saknar beräknat värde — öppna och spara filen i Excel; de summor de ger kan inte kontrolleras.",
        en: "1 formula has no calculated value — open and save the file in Excel; the totals they give cannot be checked.",
      },
      many: {
        sv: "{count} formler saknar beräknat värde — öppna och spara filen i Excel; de summor de ger kan inte kontrolleras.",
        en: "{count} formulas have no calculated value — open and save the file in Excel; the totals they give cannot be checked.",
      },
    },
  },
  run(u, ctx) {
    for (const { sheet, count, cells } of pickedCellsBySheet(
      u,
      (cell) => cell.formula !== undefined && cell.value === null && cell.error === undefined,
      CELLS_SHOWN,
    )) {
      ctx.report({ messageId: count === 1 ? "one" : "many", data: { count }, at: sheet, cells, severity: "warning" });
    }
  },
});
