/**
 * The unit of a table's figures, from what the table states (unit line, header) and what
 * its figures show (number formats, magnitudes), with the evidence gathered as figures are read.
 */
import { round12 } from "./interval";
import type { ScannedRow } from "./sheet-scan";
import type { TableLayout } from "./find-tables";
import { cellText } from "./cell-reading";
import { unitFromFormat, unitFromText, unitInLabel } from "./labels";
import { contradictedUnit } from "./unit-evidence";
import type { Figure, UnderstoodRow, Unit, UnitSource } from "./types";

/** Non-percent figures of a table: how many, how many stored in kronor but shown in tkr or more, and the amounts (non-zero, outside ratio and count lines). */
export interface FigureSizes {
  figures: number;
  scaled: number;
  amounts: Figure[];
}

/** Adds a figure to its row, and to the evidence for the unit (gathered as figures are made, not in more passes over them). */
export function keep(sizes: FigureSizes, figures: Map<number, Figure>, f: Figure, amountRow: boolean): void {
  figures.set(f.col, f);
  if (f.percent) return;
  sizes.figures++;
  if (f.step >= 1000) sizes.scaled++;
  if (amountRow && f.shown !== 0) sizes.amounts.push(f);
}

/**
 * The unit the stored figures are in. A stated unit (unit line, header, else the money unit
 * most of the labels state: "Verksamhetens intäkter (tkr)") is taken at its
 * word, except that figures whose number format divides by 1 000 ("#,##0,") are stored
 * in kronor and only shown in tkr.
 */
export function tableUnit(
  scan: ScannedRow[],
  layout: TableLayout,
  rows: UnderstoodRow[],
  labelCol: number,
  sizes: FigureSizes,
): { unit: Unit; unitSource: UnitSource; statedUnit?: Unit } {
  // Labels stating their unit on most figure rows say more than a unit line or header (which may be a neighbour's).
  const labelled = unitFromLabels(rows);
  const stated = labelled?.most ? labelled.stated : (statedUnit(scan, layout, labelCol) ?? labelled?.stated ?? null);
  if (!stated) return unitFromFigures(rows);
  if (sizes.figures > 0 && sizes.scaled * 2 > sizes.figures) return { unit: "kr", unitSource: "number-format" };
  // A header that contradicts the magnitudes is reported (check "unit"), not trusted.
  const shown = contradictedUnit(stated.unit, sizes.amounts);
  return shown ? { unit: shown, unitSource: "magnitude", statedUnit: stated.unit } : stated;
}

function statedUnit(scan: ScannedRow[], layout: TableLayout, labelCol: number): { unit: Unit; unitSource: UnitSource } | null {
  for (const t of layout.titleLines) {
    const u = unitFromText(t.text);
    if (u) return { unit: u, unitSource: "unit-line" };
  }
  for (const r of layout.headerRows) {
    for (const sc of scan[r].cells) {
      if (sc.col > labelCol + 1 && sc.kind !== "text") continue;
      const u = unitFromText(cellText(sc.cell));
      if (u) return { unit: u, unitSource: "header" };
    }
  }
  return null;
}

function unitFromFigures(rows: UnderstoodRow[]): { unit: Unit; unitSource: UnitSource } {
  let figures = 0;
  let percents = 0;
  const fromFormat = new Map<Unit, number>();
  for (const row of rows) {
    for (const f of row.figures.values()) {
      figures++;
      if (f.percent) percents++;
      const u = unitFromFormat(f.numberFormat);
      if (u) fromFormat.set(u, (fromFormat.get(u) ?? 0) + 1);
    }
  }
  if (figures > 0 && percents / figures >= 0.8) return { unit: "percent", unitSource: "number-format" };
  let best: Unit | null = null;
  for (const [u, n] of fromFormat) if (!best || n > (fromFormat.get(best) ?? 0)) best = u;
  if (best) return { unit: best, unitSource: "number-format" };
  return { unit: "kr", unitSource: "default" };
}

const MONEY: ReadonlySet<Unit> = new Set(["kr", "tkr", "mnkr"]);

/** The money unit the labels of figure rows state most often ("Verksamhetens intäkter (tkr)"), when any does, and whether most figure rows state it. */
function unitFromLabels(rows: UnderstoodRow[]): { stated: { unit: Unit; unitSource: UnitSource }; most: boolean } | null {
  const count = new Map<Unit, number>();
  let figureRows = 0;
  for (const r of rows) {
    if (r.figures.size === 0) continue;
    figureRows++;
    const u = unitInLabel(r.label);
    if (u && MONEY.has(u)) count.set(u, (count.get(u) ?? 0) + 1);
  }
  let best: Unit | null = null;
  for (const [u, n] of count) if (!best || n > count.get(best)!) best = u;
  return best ? { stated: { unit: best, unitSource: "label" }, most: count.get(best)! * 2 > figureRows } : null;
}

const KRONOR: Partial<Record<Unit, number>> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

/**
 * A row whose own label states another money unit than its table's ("Kostnad per deltagare (kr)"
 * in a tkr table) holds figures in that unit: they are expressed in the table's unit, as
 * every figure of a table is (the cells are left as they are).
 */
export function rowsInTableUnit(rows: UnderstoodRow[], unit: Unit): void {
  const to = KRONOR[unit];
  if (to === undefined) return;
  for (const r of rows) {
    const own = unitInLabel(r.label);
    const from = own ? KRONOR[own] : undefined;
    if (from === undefined || from === to) continue;
    const k = from / to;
    for (const f of r.figures.values()) {
      if (f.percent) continue;
      f.value = round12(f.value * k);
      f.shown = round12(f.shown * k);
      f.step = round12(f.step * k);
    }
  }
}
