/**
 * uncalculated-formula: formulas with no result stored in the file (written by a script or
 * an export that never calculated them, or saved with calculation off). Their totals read
 * as empty, so every check that needs them is silent: the sheet is not known to be clean.
 * One warning per sheet, naming the first cells.
 */
import type { Finding } from "../findings/finding";
import { a1, forEachRow } from "../model/grid";
import type { LegacyCheck as Check } from "./check";

/** Cells named in the finding; the message gives the count. */
const CELLS_SHOWN = 10;

export const uncalculatedFormulaCheck: Check = {
  id: "uncalculated-formula",
  title: { sv: "Formler utan beräknat värde", en: "Formulas without a calculated value" },
  basis: "formula",
  run(u) {
    const out: Finding[] = [];
    for (const sheet of u.sheets) {
      const cells: string[] = [];
      let count = 0;
      forEachRow(sheet.grid, (row, r) => {
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (!cell || cell.formula === undefined || cell.value !== null || cell.error !== undefined) continue;
          count++;
          if (cells.length < CELLS_SHOWN) cells.push(a1(r, c));
        }
      });
      if (count === 0) continue;
      const sv = count === 1 ? "1 formel saknar" : `${count} formler saknar`;
      const en = count === 1 ? "1 formula has" : `${count} formulas have`;
      out.push({
        check: "uncalculated-formula",
        severity: "warning",
        sheet: sheet.name,
        cells,
        expected: null,
        actual: null,
        difference: null,
        tolerance: null,
        cause: null,
        message: {
          sv: `${sv} beräknat värde — öppna och spara filen i Excel; de summor de ger kan inte kontrolleras.`,
          en: `${en} no calculated value — open and save the file in Excel; the totals they give cannot be checked.`,
        },
      });
    }
    return out;
  },
};
