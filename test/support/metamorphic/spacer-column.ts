/**
 * A blank spacer column, as economists put one for air: right after the label column (before a
 * "Not" column, when there is one), right before the first value column (between the labels or
 * the "Not" column and the figures), or between the first and the second value column (inside
 * the table). Sheets without such a column are left as they are.
 */
import type { Sheet } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { relayout } from "./relayout";
import { firstValueColumn, labelColumn, secondValueColumn } from "./sheet-shape";

export type SpacerPosition = "after-labels" | "before-values" | "between-values";

export function insertSpacerColumn(position: SpacerPosition): Transformation {
  return (wb) => {
    const at = new Map(wb.sheets.map((s) => [s.name, spacerAt(s, position)]));
    const map = (sheet: string, row: number, col: number) => {
      const spacer = at.get(sheet);
      return { sheet, row, col: spacer !== null && spacer !== undefined && col >= spacer ? col + 1 : col };
    };
    return {
      workbook: relayout(
        wb,
        map,
        wb.sheets.map((s) => s.name),
      ),
      map,
    };
  };
}

/** The column index the spacer takes (columns from it on move right by one); null for no spacer. */
function spacerAt(sheet: Sheet, position: SpacerPosition): number | null {
  if (position === "after-labels") {
    const labels = labelColumn(sheet);
    const values = firstValueColumn(sheet);
    return labels !== null && values !== null && labels < values ? labels + 1 : null;
  }
  return position === "before-values" ? firstValueColumn(sheet) : secondValueColumn(sheet);
}
