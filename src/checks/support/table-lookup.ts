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

/** How a message places a row's name: after a noun that a label follows ("Summan", "raden"), at the start of a sentence. */
export interface RowNaming {
  /** Said before a label ("Summan" "Summa insatser"); an unlabelled row's context names it with its own noun ("summaraden under Insatser"). */
  noun?: LocalizedText;
  /** The name opens a sentence: its first letter is a capital. */
  start?: boolean;
}

/** The row as a Swedish message names it: see rowName. */
export function rowTitle(table: UnderstoodTable, row: UnderstoodRow, naming: RowNaming = {}): string {
  return rowName(table, row, naming).sv;
}

/** The row as an English message names it: see rowName. */
export function rowTitleEn(table: UnderstoodTable, row: UnderstoodRow, naming: RowNaming = {}): string {
  return rowName(table, row, naming).en;
}

/**
 * A row by its label in quotes; an unlabelled row by where it stands — a total by the section
 * heading it closes ("summaraden under Insatser"), else by the labelled row before it ("raden
 * efter Kansli") or, at the top, after it ("raden före Lön"), with an ordinal when several share
 * that place ("andra raden efter Kansli"); its row number only when the table names nothing near it.
 */
export function rowName(table: UnderstoodTable, row: UnderstoodRow, naming: RowNaming = {}): LocalizedText {
  const name = (lang: keyof LocalizedText) => {
    const text = row.label ? `${naming.noun ? naming.noun[lang] + " " : ""}"${shortLabel(row.label)}"` : contextName(table, row)[lang];
    return naming.start ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  };
  return { sv: name("sv"), en: name("en") };
}

function shortLabel(label: string): string {
  return label.length > 60 ? label.slice(0, 57) + "…" : label;
}

const CONTEXT_NAMES = new WeakMap<UnderstoodTable, Map<number, LocalizedText>>();

/** The context name of an unlabelled row; a table's are made together, once, in one pass: an ordinal needs the rows that share a place. */
function contextName(table: UnderstoodTable, row: UnderstoodRow): LocalizedText {
  let names = CONTEXT_NAMES.get(table);
  if (!names) {
    names = contextNames(table.rows);
    CONTEXT_NAMES.set(table, names);
  }
  // A line no row prints (a derived one) is named on its own.
  return names.get(row.row) ?? contextNames([...table.rows.filter((r) => r.row !== row.row), row].sort((x, y) => x.row - y.row)).get(row.row)!;
}

function contextNames(rows: readonly UnderstoodRow[]): Map<number, LocalizedText> {
  const after: (UnderstoodRow | undefined)[] = [];
  for (let i = rows.length - 1, next: UnderstoodRow | undefined; i >= 0; i--) {
    after[i] = next;
    if (rows[i].label) next = rows[i];
  }
  const headings: UnderstoodRow[] = [];
  let before: UnderstoodRow | undefined;
  const places: { row: number; name: LocalizedText }[] = [];
  rows.forEach((r, i) => {
    if (r.label) {
      if (r.role === "section-heading") headings.push(r);
      before = r;
    } else {
      places.push({ row: r.row, name: place(r, before, after[i], headings) });
    }
  });
  const sharing = new Map<string, number>();
  for (const p of places) sharing.set(p.name.sv, (sharing.get(p.name.sv) ?? 0) + 1);
  const seen = new Map<string, number>();
  const names = new Map<number, LocalizedText>();
  for (const p of places) {
    const k = seen.get(p.name.sv) ?? 0;
    seen.set(p.name.sv, k + 1);
    names.set(p.row, sharing.get(p.name.sv)! > 1 ? withOrdinal(p.name, k) : p.name);
  }
  return names;
}

const SUMMING: ReadonlySet<UnderstoodRow["role"]> = new Set(["subtotal", "total", "result", "closing", "varav-parent"]);

/** Where an unlabelled row stands, without an ordinal: `headings` are those above it, in sheet order. */
function place(row: UnderstoodRow, before: UnderstoodRow | undefined, after: UnderstoodRow | undefined, headings: readonly UnderstoodRow[]): LocalizedText {
  const total = SUMMING.has(row.role) || (row.covers?.length ?? 0) > 0;
  const noun = total ? { sv: "summaraden", en: "the total row" } : { sv: "raden", en: "the row" };
  if (total) {
    // The heading of the block the total closes: the nearest one above the first row it covers.
    const heading = lastBefore(headings, row.covers?.[0] ?? row.row);
    if (heading) return at(noun, "under", heading.label);
  }
  if (before) return at(noun, "efter", before.label);
  if (after) return at(noun, "före", after.label);
  return { sv: `rad ${row.row + 1}`, en: `row ${row.row + 1}` };
}

/** The last of rows (in sheet order) above sheet row `r`, by binary search. */
function lastBefore(rows: readonly UnderstoodRow[], r: number): UnderstoodRow | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < r) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? rows[lo - 1] : undefined;
}

const PREPOSITION_EN: Record<string, string> = { under: "under", efter: "after", före: "before" };

function at(noun: LocalizedText, preposition: "under" | "efter" | "före", label: string): LocalizedText {
  return { sv: `${noun.sv} ${preposition} ${shortLabel(label)}`, en: `${noun.en} ${PREPOSITION_EN[preposition]} ${shortLabel(label)}` };
}

/** "andra raden efter Kansli" / "the second row after Kansli" for the row at index k (0-based) of those sharing a place. */
function withOrdinal(p: LocalizedText, k: number): LocalizedText {
  const sv = ORDINALS_SV[k] ?? `${k + 1}:e`;
  const en = ORDINALS_EN[k] ?? `${k + 1}th`;
  return { sv: `${sv} ${p.sv}`, en: `the ${en} ${p.en.replace(/^the /, "")}` };
}

const ORDINALS_SV = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"];
const ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

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
