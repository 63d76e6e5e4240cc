/**
 * Blank rows inserted without splitting or joining a table: above everything, or where a
 * blank row already separates two blocks (a run of blank rows with content above and below,
 * not inside a merged range) — the separator grows by `count` rows.
 */
import type { Sheet } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { relayout } from "./relayout";
import { isBlankRow } from "./sheet-shape";

export function insertRowsAbove(count: number): Transformation {
  return (wb) => {
    const map = (sheet: string, row: number, col: number) => ({ sheet, row: row + count, col });
    return { workbook: relayout(wb, map, wb.sheets.map((s) => s.name)), map };
  };
}

export function widenBlankSeparators(count: number): Transformation {
  return (wb) => {
    const separators = new Map(wb.sheets.map((s) => [s.name, separatorEnds(s)]));
    const map = (sheet: string, row: number, col: number) => ({
      sheet,
      row: row + count * separators.get(sheet)!.filter((end) => end < row).length,
      col,
    });
    return { workbook: relayout(wb, map, wb.sheets.map((s) => s.name)), map };
  };
}

/** Last row of each run of blank rows that has content above and below and no merged range across it. */
function separatorEnds(sheet: Sheet): number[] {
  const ends: number[] = [];
  let seenContent = false;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (!isBlankRow(sheet, r)) {
      seenContent = true;
      continue;
    }
    const nextFilled = r + 1 < sheet.rows.length && !isBlankRow(sheet, r + 1);
    const crossesMerge = (sheet.merged ?? []).some((m) => m.top <= r && r < m.bottom);
    if (seenContent && nextFilled && !crossesMerge) ends.push(r);
  }
  return ends;
}
