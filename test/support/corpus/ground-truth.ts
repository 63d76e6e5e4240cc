/**
 * Ground truth of a generated workbook, in cells: every relation the generator established
 * while writing (a total is the sum of its items, a figure copied to another table, a KF line
 * equals a BR delta, a ratio …) and every planted error with the cells it changed and the
 * cells a finding may name to count as finding it.
 */
import type { Workbook } from "../../../src/model/grid";
import type { HouseStyle } from "./house-style";

/** "Sheet!C12" (sheet name as is, unquoted). */
export type CellKey = string;

export function cellKey(sheet: string, a1: string): CellKey {
  return `${sheet}!${a1}`;
}

export function splitCellKey(key: CellKey): { sheet: string; a1: string } {
  const at = key.lastIndexOf("!");
  return { sheet: key.slice(0, at), a1: key.slice(at + 1) };
}

export interface Term {
  cell: CellKey;
  coef: number;
}

/** target = Σ coef × term, every figure converted to kronor with its scale. */
export interface LinearRelation {
  kind: "linear";
  id: number;
  /** What established it: "sum", "difference", "copy", or a content relation's name. */
  origin: string;
  target: CellKey;
  terms: Term[];
}

/** target (a fraction, shown as a percentage) = Σ numerator / Σ denominator. */
export interface RatioRelation {
  kind: "ratio";
  id: number;
  origin: string;
  target: CellKey;
  numerator: Term[];
  denominator: Term[];
}

/** The unit the table states (in unitCell's text) is the unit its figures are written in. */
export interface UnitRelation {
  kind: "unit";
  id: number;
  origin: string;
  unitCell: CellKey;
  /** Kronor per shown unit: 1 (kr) or 1000 (tkr). */
  scale: number;
  cells: CellKey[];
}

export type Relation = LinearRelation | RatioRelation | UnitRelation;

/** How a written figure relates to the kr truth: value × scale kronor, uncertain by ±half kronor (or ±half for a ratio). */
export interface FigureInfo {
  scale: number;
  half: number;
}

export const ERROR_KINDS = [
  "transposed-digits",
  "omitted-row",
  "hard-coded-total",
  "kf-sign-flip",
  "difference-convention",
  "result-mismatch",
  "prior-year-mismatch",
  "wrong-soliditet",
  "member-split-off",
  "kf-closing-cash",
  "note-vs-statement",
  "unit-lie",
  "text-number",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface PlantedError {
  kind: ErrorKind;
  description: string;
  /** Cells whose value, text or formula the error changed (including formula results that followed). */
  changed: CellKey[];
  /** Ids of the relations the error breaks (each well beyond its band). */
  broken: number[];
  /** changed ∪ every cell of every relation one of whose operands changed. */
  acceptable: CellKey[];
}

/** Where a table was written: its id ("rr", "br", "kf", "not1", "five-year" …) and its cells, 0-based and inclusive. */
export interface TablePlacement {
  id: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GeneratedReport {
  seed: number;
  workbook: Workbook;
  style: HouseStyle;
  planted: PlantedError[];
  relations: Relation[];
  figures: Record<CellKey, FigureInfo>;
  tables: TablePlacement[];
}

/**
 * The cells whose change can break the relation: every cell of a linear or ratio relation, only
 * the unit cell of a unit relation (a figure changing its value does not change its unit).
 */
export function relationOperands(rel: Relation): CellKey[] {
  return rel.kind === "unit" ? [rel.unitCell] : relationCells(rel);
}

/** Every cell a relation is about (for a unit relation, the unit cell and the figures it governs). */
export function relationCells(rel: Relation): CellKey[] {
  if (rel.kind === "linear") return [rel.target, ...rel.terms.map((t) => t.cell)];
  if (rel.kind === "ratio") return [rel.target, ...rel.numerator.map((t) => t.cell), ...rel.denominator.map((t) => t.cell)];
  return [rel.unitCell, ...rel.cells];
}
