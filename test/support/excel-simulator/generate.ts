/** A large synthetic document built where it is used (in the page), for read-path and progress tests. */
import { SimDocument, SimSheet, cellKey, defaultFormat } from "./document";

export interface GenerateSpec {
  sheets: number;
  rows: number;
  /** Columns of text labels of `textLength` characters, then `numberCols` columns of amounts. */
  textCols: number;
  textLength: number;
  numberCols: number;
}

export function generateDocument(spec: GenerateSpec, name = "Stor.xlsx"): SimDocument {
  const sheets: SimSheet[] = [];
  for (let s = 0; s < spec.sheets; s++) {
    const sheet: SimSheet = { name: `Blad ${s + 1}`, cells: {}, columnWidths: {} };
    for (let r = 0; r < spec.rows; r++) {
      for (let c = 0; c < spec.textCols; c++) {
        const text = `Rad ${r + 1} kolumn ${c + 1} `.padEnd(spec.textLength, "x");
        sheet.cells[cellKey(r, c)] = { value: text, format: defaultFormat() };
      }
      for (let c = 0; c < spec.numberCols; c++) {
        const format = defaultFormat();
        format.numberFormat = "#,##0";
        sheet.cells[cellKey(r, spec.textCols + c)] = { value: r * 100 + c, format };
      }
    }
    sheets.push(sheet);
  }
  return { name, sheets, activeSheet: sheets[0].name, selection: { sheet: sheets[0].name, address: "A1" }, settings: {} };
}
