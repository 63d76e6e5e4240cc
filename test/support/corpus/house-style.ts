/**
 * The house style of one generated workbook: how an economist lays the same figures out.
 * Every dimension is drawn independently per workbook and recorded, so the accuracy
 * benchmark can report per style value.
 */
import { Random } from "./random";

export const STYLE_VALUES = {
  /** An annual report (RR, BR, KF, notes, 5-year overview, budget/utfall, drift, member split) or a budget. */
  document: ["arsredovisning", "budget"],
  /** kr; tkr with one decimal; whole tkr (each figure rounded from the kr truth). */
  unit: ["kr", "tkr1", "tkr0"],
  /** Costs in RR and the 5-year overview as negative or positive figures. */
  costs: ["negative", "positive"],
  yearHeader: ["number", "text", "date"],
  layout: ["sheet-per-table", "one-sheet", "side-by-side"],
  /** Labels in column A; or in B with account codes or row numbers (as numbers) in A. */
  labelColumn: ["A", "B-codes", "B-rownumbers"],
  totals: ["formula", "constant"],
  totalLabel: ["summa", "totalt", "sa", "unlabelled"],
  /** Budget/utfall: one flat cost list, or sections with subtotals and a booked "Summa …" line. */
  hierarchy: ["flat", "sections"],
  equity: ["one-line", "with-sum", "separate-lines"],
  /** Where the unit is written; "labels" puts it in the row labels of the overview, drift and budget tables. */
  unitPlacement: ["unit-line", "header", "title", "labels"],
  /** The driftsredovisning with one header row, or "Utfall 2023" spanning "Intäkt | Kostnad | Netto". */
  headerRows: ["one-row", "two-row"],
  sheetNames: ["swedish", "abbreviated"],
  noteRefs: ["column", "label"],
  /** The difference column: first value column minus second (Budget − Utfall), or the reverse. */
  differenceConvention: ["first-minus-second", "second-minus-first"],
  resultLabel: ["nettokostnad", "verksamhetsresultat"],
  /** The 5-year overview and the driftsredovisning at the statements' precision, or in whole tkr beside statements in tkr with one decimal. */
  overviewPrecision: ["same", "whole-tkr"],
  percentFormat: ["0%", "0.0%"],
  /** A municipality's "Andel" in the member table: of the whole contribution, or of the municipal quarter (the key). */
  memberShare: ["of-total", "of-municipal-part"],
} as const;

export type StyleDimension = keyof typeof STYLE_VALUES;
export type HouseStyle = { [K in StyleDimension]: (typeof STYLE_VALUES)[K][number] };

export function drawHouseStyle(rng: Random): HouseStyle {
  const style = {} as Record<StyleDimension, string>;
  for (const dim of Object.keys(STYLE_VALUES) as StyleDimension[]) style[dim] = rng.pick(STYLE_VALUES[dim]);
  if (rng.chance(0.5)) style.document = "arsredovisning"; // three in four workbooks are annual reports
  if (style.unit !== "tkr1") style.overviewPrecision = "same";
  return style as HouseStyle;
}

/** Kronor per shown unit and the shown step, in kronor. */
export function unitScale(unit: HouseStyle["unit"]): { scale: number; step: number; decimals: number } {
  if (unit === "kr") return { scale: 1, step: 1, decimals: 0 };
  if (unit === "tkr1") return { scale: 1000, step: 100, decimals: 1 };
  return { scale: 1000, step: 1000, decimals: 0 };
}
