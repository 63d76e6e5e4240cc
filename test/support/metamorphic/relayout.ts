/**
 * Moves every cell of a workbook to where `place` says, into the sheets `order` names, and
 * carries what belongs to the cells along: formulas (references rewritten), merged ranges
 * (corners moved) and hidden rows. Refuses two cells landing on one.
 */
import type { Cell, MergedRange, Sheet, Workbook } from "../../../src/model/grid";
import type { AddressMap } from "./address-map";
import { rewriteFormula } from "./rewrite-formula";

export function relayout(wb: Workbook, place: AddressMap, order: string[]): Workbook {
  const sheets = new Map<string, Sheet>(order.map((name) => [name, { name, rows: [] }]));
  const target = (name: string): Sheet => {
    const s = sheets.get(name);
    if (!s) throw new Error(`relayout: sheet "${name}" is not in the new order`);
    return s;
  };
  for (const sheet of wb.sheets) {
    sheet.rows.forEach((cells, r) =>
      (cells ?? []).forEach((cell, c) => {
        if (!cell) return;
        const to = place(sheet.name, r, c);
        const out = target(to.sheet);
        const row = (out.rows[to.row] ??= []);
        if (row[to.col]) throw new Error(`relayout: ${sheet.name} row ${r} col ${c} lands on an occupied cell`);
        row[to.col] = moved(cell, sheet.name, to.sheet, place);
      }),
    );
    for (const m of sheet.merged ?? []) {
      const tl = place(sheet.name, m.top, m.left);
      const br = place(sheet.name, m.bottom, m.right);
      if (tl.sheet !== br.sheet) throw new Error(`relayout: a merged range of ${sheet.name} would be split over two sheets`);
      const range: MergedRange = { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
      (target(tl.sheet).merged ??= []).push(range);
    }
    for (const r of sheet.hiddenRows ?? []) {
      const to = place(sheet.name, r, 0);
      (target(to.sheet).hiddenRows ??= []).push(to.row);
    }
  }
  for (const s of sheets.values()) {
    for (let r = 0; r < s.rows.length; r++) s.rows[r] ??= [];
    s.hiddenRows?.sort((a, b) => a - b);
  }
  return { ...wb, sheets: order.map((name) => sheets.get(name)!) };
}

function moved(cell: Cell, from: string, to: string, place: AddressMap): Cell {
  const copy: Cell = { ...cell };
  if (cell.formula !== undefined) copy.formula = rewriteFormula(cell.formula, from, to, place);
  return copy;
}
