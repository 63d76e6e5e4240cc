/**
 * The whole report on one sheet: the sheets' blocks one under the other, in sheet order, two
 * blank rows between blocks; a sheet without a title of its own gets its name as a bold title
 * line above its block. Cross-sheet references become references on the one sheet.
 */
import type { Sheet } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { relayout } from "./relayout";
import { hasOwnTitle, isBlankRow } from "./sheet-shape";

export const STACKED_SHEET = "Rapport";

export const stackSheets: Transformation = (wb) => {
  const start = new Map<string, number>();
  const titles: { row: number; text: string }[] = [];
  let next = 0;
  for (const sheet of wb.sheets) {
    if (next > 0) next += 2;
    if (!hasOwnTitle(sheet)) titles.push({ row: next++, text: sheet.name });
    start.set(sheet.name, next);
    next += blockHeight(sheet);
  }
  const map = (sheet: string, row: number, col: number) => ({ sheet: STACKED_SHEET, row: start.get(sheet)! + row, col });
  const workbook = relayout(wb, map, [STACKED_SHEET]);
  for (const t of titles) workbook.sheets[0].rows[t.row] = [{ value: t.text, bold: true }];
  return { workbook, map };
};

/** Rows the block takes: through its last non-blank row, merged range or hidden row. */
function blockHeight(sheet: Sheet): number {
  let height = 0;
  for (let r = 0; r < sheet.rows.length; r++) if (!isBlankRow(sheet, r)) height = r + 1;
  for (const m of sheet.merged ?? []) height = Math.max(height, m.bottom + 1);
  for (const r of sheet.hiddenRows ?? []) height = Math.max(height, r + 1);
  return height;
}
