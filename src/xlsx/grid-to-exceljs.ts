/**
 * Writes a grid into a new ExcelJS workbook: values, formulas with their cached
 * results, error values, number formats, bold, merged ranges and hidden rows.
 * Used to build the example workbooks and test fixtures from grids.
 */
import ExcelJS from "exceljs";
import { Cell, Workbook } from "../model/grid";

/** A fixed timestamp so that rebuilding a workbook does not change its properties. */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

export function gridToExcelJS(grid: Workbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "FINSAM för Excel";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.getColumn(1).width = 48;
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
      });
    });
    const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
    for (let c = 2; c <= width; c++) ws.getColumn(c).width = 16;
    for (const m of sheet.merged ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows ?? []) {
      const row = ws.getRow(r + 1);
      row.hidden = true;
      // ExcelJS writes no row that has neither cells nor a height; a hidden empty row needs one.
      if (row.cellCount === 0) row.height = 15;
    }
  }
  return wb;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  const error = cell.error ? ({ error: cell.error } as ExcelJS.CellErrorValue) : undefined;
  if (cell.formula !== undefined) {
    target.value = { formula: cell.formula, result: error ?? cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  } else if (error) {
    target.value = error;
  } else {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.bold) target.font = { bold: true };
}
