/**
 * A finding is data, not text: views (task pane, CLI, report sheet) format it.
 * Amounts are in the sheet's own unit (kr in a kr table, tkr in a tkr table).
 */
import type { AmountUnit } from "../core/amount-unit";

export type Severity = "error" | "warning" | "info";

/**
 * What establishes the structure a finding rests on (shared/design/CHECKS.md, "Evidence before error"):
 * - formula: the cell's own formula says what it covers;
 * - label+arithmetic: a label names the relation and the arithmetic of the row's other columns or
 *   years confirms it (or one cell's diagnosis explains the difference);
 * - label: a label alone (never enough for an error);
 * - cross-reference: a note number, or the same label and year in two tables;
 * - cell: the cell itself (an amount stored as text, an error value, a unit line against its figures).
 */
export type Basis = "formula" | "label+arithmetic" | "label" | "cross-reference" | "cell";

export interface LocalizedText {
  sv: string;
  en: string;
}

/** A cell in another workbook a cross-document finding compares with ("Budget 2024.xlsx › 'Budget netto'!B12"). */
export interface OtherCell {
  /** File name of the other workbook. */
  workbook: string;
  sheet: string;
  /** A1 ref on `sheet`. */
  cell: string;
}

/**
 * The figures behind a relation's tolerance: the step they are shown to (in the finding's unit)
 * and how many the band adds up, when every one is shown to that step (null when some are
 * rounded more coarsely, or are totals carrying the rounding of their lines).
 */
export interface Rounding {
  step: number;
  figures: number | null;
}

export interface Finding {
  /** Check id, e.g. "sum", "difference-column", "member-split". */
  check: string;
  severity: Severity;
  /** Sheet the finding is about (where its first cell is). */
  sheet: string;
  /** A1 refs on `sheet`; a cell on another sheet is written with its name: 'Balansräkning'!C14. */
  cells: string[];
  expected: number | null;
  actual: number | null;
  /** actual − expected. */
  difference: number | null;
  /** The allowed band (half-width) from the figures' precision. */
  tolerance: number | null;
  /** The amount unit of the figures (their table's), when known. */
  unit?: AmountUnit;
  /** Likely cause id, when the numbers show it: "sign-flipped", "row-omitted", "double-counted", "transposed-digits", "ore-rounding", … */
  cause: string | null;
  /** What the structure behind the finding rests on (the engine fills in the check's own when a finding names none); views and the accuracy benchmark show it. */
  basis?: Basis;
  /** For a finding across documents: the other workbook's side of the relation (the finding's own cells are in this workbook). */
  other?: OtherCell;
  /** How `tolerance` arises, for its explanation in words (./tolerance-words). */
  rounding?: Rounding;
  message: LocalizedText;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
