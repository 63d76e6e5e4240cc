/** Builds a simulated document from a grid Workbook (values, formulas, errors, number formats, bold). */
import type { Workbook } from "../../../src/model/grid";
import { SimDocument, SimSheet, cellKey, emptyCell } from "./document";

export function documentFromGrid(wb: Workbook, name = wb.name ?? "Arbetsbok.xlsx"): SimDocument {
  const sheets: SimSheet[] = wb.sheets.map((s) => {
    const sheet: SimSheet = { name: s.name, cells: {}, columnWidths: {} };
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c) return;
        const cell = emptyCell();
        cell.value = c.error ? null : c.value;
        if (c.formula !== undefined) cell.formula = c.formula;
        if (c.error) cell.error = c.error;
        if (c.numberFormat) cell.format.numberFormat = c.numberFormat;
        if (c.bold) cell.format.bold = true;
        sheet.cells[cellKey(r, col)] = cell;
      }),
    );
    return sheet;
  });
  return { name, sheets, activeSheet: sheets[0]?.name ?? "", selection: { sheet: sheets[0]?.name ?? "", address: "A1" }, settings: {} };
}
