/**
 * fast-check arbitraries of chained re-layouts with chosen insert counts and positions, in two
 * families: moving rows with renames and stacking, and moving columns with the sheet names kept.
 * Side by side, reordering and blank rows below titles are run on every example by
 * test/metamorphic/examples.test.ts; random chains mixing them in are not drawn yet.
 */
import fc from "fast-check";
import { chain, type Transformation } from "./address-map";
import { formulasToValues } from "./formulas-to-values";
import { insertColumnsLeft } from "./insert-columns";
import { insertRowsAbove, widenBlankRuns } from "./insert-rows";
import { restyleNumberFormats, type FormatStyle } from "./number-formats";
import { abbreviated, neutralWhereTitled, renameSheets } from "./rename-sheets";
import { insertSpacerColumn } from "./spacer-column";
import { stackSheets } from "./stack-sheets";
import { uppercaseLabels } from "./uppercase-labels";

interface Step {
  label: string;
  transform: Transformation;
}

const rowsAbove = fc.integer({ min: 1, max: 6 }).map((n): Step => ({ label: `${n} rows above`, transform: insertRowsAbove(n) }));
const betweenTables = fc
  .integer({ min: 1, max: 4 })
  .map((n): Step => ({ label: `${n} more blank rows between tables`, transform: widenBlankRuns(n, "between-tables") }));
const columnsLeft = fc.integer({ min: 1, max: 4 }).map((n): Step => ({ label: `${n} columns left`, transform: insertColumnsLeft(n) }));
const spacer = fc
  .constantFrom("after-labels" as const, "before-values" as const, "between-values" as const)
  .map((p): Step => ({ label: `spacer ${p}`, transform: insertSpacerColumn(p) }));
const formats = fc
  .constantFrom<FormatStyle>("space-thousands", "explicit-negative", "red-negative", "no-thousands")
  .map((s): Step => ({ label: `formats ${s}`, transform: restyleNumberFormats(s) }));
const cellContent = fc.constantFrom<Step>({ label: "values", transform: formulasToValues }, { label: "upper-case", transform: uppercaseLabels });
const sheetNames = fc.constantFrom<Step>(
  { label: "abbreviated", transform: renameSheets(abbreviated) },
  { label: "Blad1…", transform: renameSheets(neutralWhereTitled) },
  { label: "stacked", transform: stackSheets },
);

export interface Relayout {
  label: string;
  transform: Transformation;
}

function chainOf(step: fc.Arbitrary<Step>): fc.Arbitrary<Relayout> {
  return fc.array(step, { minLength: 1, maxLength: 4 }).map((steps) => ({
    label: steps.map((s) => s.label).join(" → "),
    transform: chain(...steps.map((s) => s.transform)),
  }));
}

/** Rows moved, sheets renamed or stacked, contents and formats restyled. */
export const rowRelayout = chainOf(fc.oneof(rowsAbove, betweenTables, sheetNames, cellContent, formats));

/** Rows and columns moved and spacers put in, sheet names kept. */
export const columnRelayout = chainOf(fc.oneof(rowsAbove, betweenTables, columnsLeft, spacer, cellContent, formats));
