/** The cells of each sheet a test picks, for the checks that give one warning per sheet with a count. */
import { a1, forEachRow, type Cell } from "../../model/grid";
import type { UnderstoodWorkbook } from "../../understand/types";

export interface PickedCells {
  sheet: string;
  /** How many cells the sheet has that the test picks. */
  count: number;
  /** The first `shown` of them, as A1 refs. */
  cells: string[];
}

/** Sheets with at least one picked cell, in workbook order. */
export function pickedCellsBySheet(u: UnderstoodWorkbook, picks: (cell: Cell) => boolean, shown: number): PickedCells[] {
  const out: PickedCells[] = [];
  for (const sheet of u.sheets) {
    const cells: string[] = [];
    let count = 0;
    forEachRow(sheet.grid, (row, r) => {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || !picks(cell)) continue;
        count++;
        if (cells.length < shown) cells.push(a1(r, c));
      }
    });
    if (count > 0) out.push({ sheet: sheet.name, count, cells });
  }
  return out;
}
