/**
 * The understood model: what the engine makes of a grid before any check runs.
 * Tables, their unit, header and label columns, each row's role, which rows a total
 * covers, and each figure's precision. Checks read only this (and the grid behind it);
 * the task pane's "Formatera rapport" reads it to plan formats.
 *
 * Rows and columns are 0-based sheet coordinates (as in src/model/grid.ts).
 * This file is a shared contract: extend additively.
 */
import type { Sheet, Workbook } from "../model/grid";
import type { TableKind } from "../model/kinds";
import type { ValidationConfig } from "../model/validation-config";

export type { TableKind };

/** Monetary or other unit of a table's figures. */
export type Unit = "kr" | "tkr" | "mnkr" | "percent" | "count" | "unknown";

/** Where the table's unit was read from. */
export type UnitSource = "unit-line" | "header" | "number-format" | "magnitude" | "default";

/** What a row of a table is. */
export type RowRole =
  /** A heading inside the table ("Tillgångar", "Kostnader"): no figures. */
  | "section-heading"
  /** An ordinary line item. */
  | "item"
  /** "…, varav" parent: equals the sum of the "* " children below it. */
  | "varav-parent"
  /** "* " child of a varav parent. */
  | "varav-child"
  /** Subtotal of a block ("Summa insatser", or an unlabelled row that sums the block above). */
  | "subtotal"
  /** Grand total ("Summa tillgångar", "Totalt", "Total budget", "Summa att budgetera"). */
  | "total"
  /** A statement result line ("Verksamhetens nettokostnad", "Årets resultat", "Resultat", "Årets kassaflöde"). */
  | "result"
  /** A closing balance = opening balance + movements ("Utgående anskaffningsvärde", "Likvida medel vid årets slut", "Balanserat resultat årets slut"). */
  | "closing"
  /** A ratio or share in per cent ("Soliditet", "Andel …"). */
  | "ratio"
  /** Head counts, years, other non-monetary counts ("Antal anställda", "Avskrivningstider"). */
  | "count"
  /** Text only, or a row that is not a figure row (paragraph inside the table area). */
  | "text";

/** What a value column holds. */
export type ColumnBasis =
  | "budget"
  | "utfall"
  | "prognos"
  | "plan"
  /** A period "2023-01-01 -2023-12-31" or a plain year "2023". */
  | "period"
  /** A balance date "2023-12-31". */
  | "balance-date"
  /** Differens / Avvikelse / Skillnad. */
  | "difference"
  /** A value column without a recognised header (e.g. "Belopp"). */
  | "amount";

/** One value column of a table. */
export interface UnderstoodColumn {
  col: number;
  /** Header text as written (several header rows joined with a space). */
  header: string;
  basis: ColumnBasis;
  /** Year the column is about (2023 for "Budget 2023", "2023-12-31", "År 2023"), when any. */
  year: number | null;
  /** For a difference column: the two years named in its header ("År 2024 - År 2023" → [2024, 2023]). */
  differenceYears?: [number, number];
  /** Number of a difference column's operand columns when the header names them (minuend, subtrahend). */
  differenceOperands?: [number, number];
}

/** How a figure was written in the cell. */
export type FigureSource = "constant" | "formula" | "text";

/** One numeric figure of a table. */
export interface Figure {
  row: number;
  col: number;
  /** The number as stored (for a formula: its cached value; for text: the parsed number). In the table's unit. */
  value: number;
  /** The number as shown: `value` rounded to `step`. Arithmetic checks use this (what the reader sees). */
  shown: number;
  /** Display step in the table's unit: 1 for "#,##0" in kr, 0.1 for "#,##0.0" in tkr, 0.01 for "0%". The figure stands for [shown − step/2, shown + step/2]. */
  step: number;
  source: FigureSource;
  /** Formula without "=", when the cell has one. */
  formula?: string;
  /** Number format of the cell, when known. */
  numberFormat?: string;
  /** True when the cell's format or text shows a percentage. */
  percent: boolean;
}

/** How the rows a total covers were found. */
export type CoverageSource = "formula" | "structure";

/** One row of a table. */
export interface UnderstoodRow {
  row: number;
  /** Label text as written (whitespace collapsed; a leading "* " is kept, `role` tells the child); "" for an unlabelled row. */
  label: string;
  /** Label lower-cased, whitespace collapsed, leading "* ", trailing ", varav" and "(not 6)" removed: for matching. */
  key: string;
  role: RowRole;
  /** Note reference from a "Not" column or label ("3,4" → [3, 4]). */
  notes: number[];
  /** Figures by sheet column. */
  figures: Map<number, Figure>;
  /** Sheet rows this row is the sum of, in sheet order (subtotals, totals, varav parents, result lines, closing balances), when known. */
  covers?: number[];
  coverageSource?: CoverageSource;
  /** Sign of each covered row (+1 added, −1 subtracted), parallel to `covers`; all +1 unless a formula subtracts. */
  coverSigns?: (1 | -1)[];
  /**
   * A line named like a total whose reading (these sheet rows) no column's arithmetic confirms and
   * no other total takes in as an item: its structure is unknown (one warning, never errors).
   */
  unconfirmedCovers?: number[];
  /** What the line is in statement terms ("total-assets", "equity", "result", …), when recognised; see ./concepts. */
  concept?: string;
  bold: boolean;
  hidden: boolean;
}

/** A table found on a sheet. */
export interface UnderstoodTable {
  sheet: string;
  sheetIndex: number;
  /** Stable id: `${sheetIndex}:${top}`. */
  id: string;
  kind: TableKind;
  /** For a note: its number (Not 6 → 6). */
  noteNumber: number | null;
  title: string | null;
  titleRow: number | null;
  unit: Unit;
  unitSource: UnitSource;
  /** The unit the table states (unit line, header) when its figures contradict it; `unit` is then what the magnitudes show. */
  statedUnit?: Unit;
  /** Row of the unit line ("Belopp i kr"), when there is one. */
  unitRow: number | null;
  /** Header rows (years, "Budget 2023", …); empty when none was found. */
  headerRows: number[];
  labelCol: number;
  /** Column holding "Not" references, when any. */
  noteCol: number | null;
  columns: UnderstoodColumn[];
  /** Body rows in sheet order (blank rows left out). */
  rows: UnderstoodRow[];
  /** Bounds (inclusive) of the whole table incl. title and header. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A figure cell holding text that reads as an amount ("1 393 712", "(1 234)", "−5 000"); percentages as text are not listed. */
export interface TextNumberCell {
  row: number;
  col: number;
  text: string;
  value: number;
}

/** A cell showing an Excel error. */
export interface ErrorCell {
  row: number;
  col: number;
  error: string;
  formula?: string;
}

export interface UnderstoodSheet {
  name: string;
  index: number;
  /** The sheet's role: the config override, else the kind of its largest table, else "other". */
  kind: TableKind;
  tables: UnderstoodTable[];
  textNumbers: TextNumberCell[];
  errors: ErrorCell[];
  /** The grid sheet, for checks that need to look at cells directly. */
  grid: Sheet;
}

export interface UnderstoodWorkbook {
  sheets: UnderstoodSheet[];
  /** All tables of all sheets in sheet order, then row order. */
  tables: UnderstoodTable[];
  source: Workbook;
}

/** Entry point signature (implemented in ./understand-workbook). */
export type UnderstandWorkbook = (wb: Workbook, config?: ValidationConfig) => UnderstoodWorkbook;
