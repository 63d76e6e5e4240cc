/** Every formula replaced by its cached value, as "paste values" leaves a report. */
import type { Cell } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { identityMap } from "./address-map";

export const formulasToValues: Transformation = (wb) => ({
  workbook: {
    ...wb,
    sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((cells) => (cells ?? []).map((c) => (c ? withoutFormula(c) : c))) })),
  },
  map: identityMap,
});

function withoutFormula(cell: Cell): Cell {
  const { formula: _formula, ...rest } = cell;
  return rest;
}
