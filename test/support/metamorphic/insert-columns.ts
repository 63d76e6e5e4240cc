/** Blank columns inserted left of everything, on every sheet. */
import type { Transformation } from "./address-map";
import { relayout } from "./relayout";

export function insertColumnsLeft(count: number): Transformation {
  return (wb) => {
    const map = (sheet: string, row: number, col: number) => ({ sheet, row, col: col + count });
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
