/**
 * What a table says, independent of where it is written: its columns (a measure, or a column
 * derived from others in the same row, like a difference), its rows (headings, items, totals over
 * other rows of the table) and the figures they show. The house style decides how it looks.
 */
import type { MeasureKey } from "./content";

export interface ColumnSpec {
  measure: MeasureKey;
  /** The figure a cell of this column shows, from its row's figure (default: the row's figure); null leaves the cell empty. */
  figure?: (rowFigure: string) => string | null;
  /** Header text; without it the year header style writes the measure's year. */
  header?: string;
  /** Upper header cell, spanning the adjacent columns with the same text (a two-row header). */
  top?: string;
  /** value = Σ coef × the same row's cell in column `col` (a difference, a netto). */
  derived?: { col: number; coef: number }[];
  percent?: boolean;
}

export interface RowSpec {
  id: string;
  kind: "heading" | "item" | "total" | "blank";
  /** The label; for a generic total the noun the house style's total label is built on. */
  label: string;
  figure?: string;
  /** A total whose label follows the house style ("Summa …", "Totalt …", "S:a …", unlabelled). */
  generic?: boolean;
  /** Terms of a total in natural signs (costs negative): figure(total) = Σ sign × figure(row). */
  terms?: { row: string; sign: 1 | -1 }[];
  /** A cost, shown with the table's cost sign. */
  cost?: boolean;
  note?: number;
  /** The figure of a year this many years from the column's (KF: opening cash = the prior year's closing). */
  offset?: number;
  format?: "percent" | "count";
}

export type TableKind = "five-year" | "budget-utfall" | "drift" | "member-split" | "rr" | "br" | "kf" | "note" | "budget";

export interface TableSpec {
  id: string;
  kind: TableKind;
  title: string;
  sheet: { swedish: string; abbreviated: string };
  columns: ColumnSpec[];
  rows: RowSpec[];
  costsPositive: boolean;
  /** The table's unit when it is not the house unit (the member split is in kronor). */
  unit?: "kr" | "tkr1" | "tkr0";
  /** With unit placement "labels", this table writes the unit in its row labels. */
  unitInLabels?: boolean;
  /** First account code of the table's items (label column B with codes in A). */
  codeBase: number;
}
