/**
 * The generator's own reading of a relation on the written cells (used while planting, to keep
 * only errors that break their relations well beyond the band). The corpus test recomputes every
 * relation independently.
 */
import { Sheet, Workbook, cellAt, parseA1 } from "../../../src/model/grid";
import { CellKey, FigureInfo, Relation, Term, splitCellKey } from "./ground-truth";

export type RelationReading = { numeric: false } | { numeric: true; residual: number; band: number };

export function cellValue(sheets: Map<string, Sheet>, key: CellKey): number | string | boolean | null | undefined {
  const { sheet, a1 } = splitCellKey(key);
  const at = parseA1(a1)!;
  return cellAt(sheets.get(sheet)!, at.row, at.col)?.value;
}

export function sheetMap(wb: Workbook): Map<string, Sheet> {
  return new Map(wb.sheets.map((s) => [s.name, s]));
}

export function readRelation(rel: Relation, sheets: Map<string, Sheet>, figures: Record<CellKey, FigureInfo>): RelationReading {
  const kr = (key: CellKey) => {
    const v = cellValue(sheets, key);
    return typeof v === "number" ? v * figures[key].scale : null;
  };
  const sum = (terms: Term[]) => {
    let value = 0;
    let half = 0;
    for (const t of terms) {
      const v = kr(t.cell);
      if (v === null) return null;
      value += t.coef * v;
      half += Math.abs(t.coef) * figures[t.cell].half;
    }
    return { value, half };
  };
  if (rel.kind === "unit") {
    const text = String(cellValue(sheets, rel.unitCell) ?? "");
    const stated = /tkr/i.test(text) ? 1000 : 1;
    return { numeric: true, residual: stated === rel.scale ? 0 : 1, band: 0 };
  }
  const target = kr(rel.target);
  if (target === null) return { numeric: false };
  if (rel.kind === "linear") {
    const s = sum(rel.terms);
    if (!s) return { numeric: false };
    return { numeric: true, residual: target - s.value, band: figures[rel.target].half + s.half };
  }
  const n = sum(rel.numerator);
  const d = sum(rel.denominator);
  if (!n || !d) return { numeric: false };
  const ratio = n.value / d.value;
  return { numeric: true, residual: target - ratio, band: figures[rel.target].half + (n.half + Math.abs(ratio) * d.half) / (Math.abs(d.value) - d.half) };
}
