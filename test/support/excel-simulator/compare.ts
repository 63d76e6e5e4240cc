/** What "nothing lost" compares: every cell's value, formula, error, formats and hyperlink, column widths, sheets, saved settings. */
import type { SimDocument } from "./document";
import { DEFAULT_COLUMN_WIDTH, defaultFormat } from "./document";

export function contentOf(doc: SimDocument): unknown {
  const blank = JSON.stringify(defaultFormat());
  return {
    sheets: doc.sheets.map((s) => ({
      name: s.name,
      // An untouched cell and a cell with default everything are the same to the user.
      cells: Object.fromEntries(
        Object.entries(s.cells)
          .filter(([, c]) => c.value !== null || c.formula !== undefined || c.error !== undefined || c.hyperlink || JSON.stringify(c.format) !== blank)
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
      // A column set back to the standard width looks and prints the same as one never set.
      columnWidths: Object.fromEntries(Object.entries(s.columnWidths).filter(([, w]) => w !== DEFAULT_COLUMN_WIDTH)),
    })),
    settings: doc.settings,
  };
}
