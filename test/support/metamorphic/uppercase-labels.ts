/**
 * Labels in capitals: every text in a label column (left of the first value column) upper-cased,
 * except numbers stored as text (note references like "3,4" stay as they are).
 */
import type { Cell, Sheet } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { identityMap } from "./address-map";
import { firstValueColumn } from "./sheet-shape";

export const uppercaseLabels: Transformation = (wb) => ({
  workbook: { ...wb, sheets: wb.sheets.map(upperSheet) },
  map: identityMap,
});

function upperSheet(sheet: Sheet): Sheet {
  const values = firstValueColumn(sheet);
  if (values === null) return sheet;
  return { ...sheet, rows: sheet.rows.map((cells) => (cells ?? []).map((c, col) => (c && col < values ? upper(c) : c))) };
}

function upper(cell: Cell): Cell {
  if (typeof cell.value !== "string" || /^[-−+]?[\d\s.,]+%?$/.test(cell.value.trim())) return cell;
  return { ...cell, value: cell.value.toLocaleUpperCase("sv-SE") };
}
