/**
 * Blank rows inserted without splitting or joining a table: above everything, or where blank
 * rows already separate (a run of blank rows with content above and below, not inside a merged
 * range) — the run grows by `count` rows. Between two tables: the run follows a row with a
 * figure (the end of a table). Below a title: the run follows a row of text only (a title or
 * an introductory line above its table).
 */
import type { Sheet } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { relayout } from "./relayout";
import { isBlankRow } from "./sheet-shape";

export function insertRowsAbove(count: number): Transformation {
  return (wb) => {
    const map = (sheet: string, row: number, col: number) => ({ sheet, row: row + count, col });
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

export type BlankRun = "between-tables" | "below-titles";

export function widenBlankRuns(count: number, where: BlankRun): Transformation {
  return (wb) => {
    const runs = new Map(wb.sheets.map((s) => [s.name, blankRunEnds(s, where)]));
    const map = (sheet: string, row: number, col: number) => ({
      sheet,
      row: row + count * runs.get(sheet)!.filter((end) => end < row).length,
      col,
    });
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

/** Last row of each run of blank rows of the kind asked for, with content below and no merged range across it. */
function blankRunEnds(sheet: Sheet, where: BlankRun): number[] {
  const ends: number[] = [];
  let above: number | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (!isBlankRow(sheet, r)) {
      above = r;
      continue;
    }
    const nextFilled = r + 1 < sheet.rows.length && !isBlankRow(sheet, r + 1);
    const crossesMerge = (sheet.merged ?? []).some((m) => m.top <= r && r < m.bottom);
    if (above === null || !nextFilled || crossesMerge) continue;
    const figureAbove = (sheet.rows[above] ?? []).some((c) => typeof c?.value === "number");
    if (figureAbove === (where === "between-tables")) ends.push(r);
  }
  return ends;
}
