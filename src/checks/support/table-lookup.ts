/**
 * Finding figures in understood tables: by column, by concept and year, and whether a
 * column holds actual figures (outcome, balances) or plans (budget, prognos, plan).
 */
import type { AmountUnit } from "../../core/amount-unit";
import type { LocalizedText } from "../../findings/finding";
import type { TableKind } from "../../model/kinds";
import { columnLetters } from "../../model/grid";
import type { CellRef } from "./relation";
import type { Figure, UnderstoodColumn, UnderstoodRow, UnderstoodTable, UnderstoodWorkbook } from "../../understand/types";

const PLAN_KINDS: ReadonlySet<TableKind> = new Set(["budget"]);

/** Outcome or balance figures (not budget, prognos, plan or a difference). */
export function isActualColumn(table: UnderstoodTable, column: UnderstoodColumn): boolean {
  if (PLAN_KINDS.has(table.kind)) return false;
  return column.basis === "utfall" || column.basis === "period" || column.basis === "balance-date" || column.basis === "amount";
}

/** Plan figures: budget/prognos/plan columns, and every dated column of a budget table. */
export function planBasis(table: UnderstoodTable, column: UnderstoodColumn): "budget" | "prognos" | "plan" | null {
  if (column.basis === "budget" || column.basis === "prognos" || column.basis === "plan") return column.basis;
  if (PLAN_KINDS.has(table.kind) && (column.basis === "period" || column.basis === "amount")) return "budget";
  return null;
}

export function columnTitle(table: UnderstoodTable, col: number): string {
  const c = table.columns.find((x) => x.col === col);
  return c && c.header ? c.header : `kolumn ${columnLetters(col)}`;
}

export function rowTitle(row: UnderstoodRow): string {
  return row.label ? `"${row.label.length > 60 ? row.label.slice(0, 57) + "…" : row.label}"` : `rad ${row.row + 1}`;
}

export function rowTitleEn(row: UnderstoodRow): string {
  return row.label ? rowTitle(row) : `row ${row.row + 1}`;
}

/** The row's title in both languages, for a message. */
export function rowName(row: UnderstoodRow): LocalizedText {
  return { sv: rowTitle(row), en: rowTitleEn(row) };
}

/** The cells behind a row's figure in a column: its own cell, or for a derived line (a sum no row prints) the cells it adds up. */
export function figureCells(table: UnderstoodTable, row: UnderstoodRow, col: number): CellRef[] {
  if (!row.derived || !row.covers) return [{ sheet: table.sheet, row: row.row, col }];
  const withFigure = new Set(table.rows.filter((r) => r.figures.has(col)).map((r) => r.row));
  return row.covers.filter((r) => withFigure.has(r)).map((r) => ({ sheet: table.sheet, row: r, col }));
}

/** The first row of each concept (printed, else derived), per table: checks ask for a dozen concepts in every table. */
const CONCEPT_ROWS = new WeakMap<UnderstoodTable, Map<string, UnderstoodRow>>();

export function conceptRow(table: UnderstoodTable, concept: string): UnderstoodRow | undefined {
  let byConcept = CONCEPT_ROWS.get(table);
  if (!byConcept) {
    byConcept = new Map();
    for (const r of table.rows) if (r.concept !== undefined && !byConcept.has(r.concept)) byConcept.set(r.concept, r);
    for (const r of table.derived ?? []) if (r.concept !== undefined && !byConcept.has(r.concept)) byConcept.set(r.concept, r);
    CONCEPT_ROWS.set(table, byConcept);
  }
  return byConcept.get(concept);
}

export interface Fact {
  table: UnderstoodTable;
  row: UnderstoodRow;
  figure: Figure;
  year: number;
}

/** Every actual figure of a concept, with its year, across the workbook, in sheet order. */
export function actualFacts(u: UnderstoodWorkbook, concept: string): Fact[] {
  const out: Fact[] = [];
  for (const table of u.tables) {
    const row = conceptRow(table, concept);
    if (!row) continue;
    for (const column of table.columns) {
      if (column.year === null || !isActualColumn(table, column)) continue;
      const figure = row.figures.get(column.col);
      if (figure) out.push({ table, row, figure, year: column.year });
    }
  }
  return out;
}

/** Every plan figure (budget, prognos, plan) of a concept, with its year, across the workbook, in sheet order. */
export function planFacts(u: UnderstoodWorkbook, concept: string): Fact[] {
  const out: Fact[] = [];
  for (const table of u.tables) {
    const row = conceptRow(table, concept);
    if (!row) continue;
    for (const column of table.columns) {
      if (column.year === null || planBasis(table, column) === null) continue;
      const figure = row.figures.get(column.col);
      if (figure) out.push({ table, row, figure, year: column.year });
    }
  }
  return out;
}

/** The figure of a row in the column of a given year (actual columns only). */
export function actualIn(table: UnderstoodTable, row: UnderstoodRow | undefined, year: number): Figure | undefined {
  if (!row) return undefined;
  const column = table.columns.find((c) => c.year === year && isActualColumn(table, c));
  return column ? row.figures.get(column.col) : undefined;
}

/** The table's unit when it is an amount unit (kr, tkr, mnkr), else undefined. */
export function amountUnit(table: UnderstoodTable): AmountUnit | undefined {
  return table.unit === "kr" || table.unit === "tkr" || table.unit === "mnkr" ? table.unit : undefined;
}

/** Kronor per unit of the table (1 for kr, 1 000 for tkr, 1 000 000 for mnkr). */
export function unitFactor(table: UnderstoodTable): number {
  return table.unit === "tkr" ? 1_000 : table.unit === "mnkr" ? 1_000_000 : 1;
}

/** A figure of table `from` expressed in the unit of table `to`. */
export function inUnitOf(f: Pick<Figure, "shown" | "step">, from: UnderstoodTable, to: UnderstoodTable): { shown: number; step: number } {
  const k = unitFactor(from) / unitFactor(to);
  return k === 1 ? { shown: f.shown, step: f.step } : { shown: f.shown * k, step: f.step * k };
}
