/** Every transformation the metamorphic tests run, by the name the tests print. */
import { chain, type Transformation } from "./address-map";
import { formulasToValues } from "./formulas-to-values";
import { insertColumnsLeft } from "./insert-columns";
import { insertRowsAbove, widenBlankRuns } from "./insert-rows";
import { restyleNumberFormats } from "./number-formats";
import { abbreviated, neutralWhereTitled, renameSheets } from "./rename-sheets";
import { lastFirst, reorderSheets, reversed } from "./reorder-sheets";
import { neighbours, sideBySide, statementPair } from "./side-by-side";
import { insertSpacerColumn } from "./spacer-column";
import { stackSheets } from "./stack-sheets";
import { uppercaseLabels } from "./uppercase-labels";

export const TRANSFORMATIONS: Record<string, Transformation> = {
  "3 rows above everything": insertRowsAbove(3),
  "blank rows between tables one row wider": widenBlankRuns(1, "between-tables"),
  "blank rows between tables three rows wider": widenBlankRuns(3, "between-tables"),
  "one more blank row below titles": widenBlankRuns(1, "below-titles"),
  "one more blank row below titles, sheets abbreviated": chain(widenBlankRuns(1, "below-titles"), renameSheets(abbreviated)),
  "2 columns left of everything": insertColumnsLeft(2),
  "2 columns left of everything, titled sheets named Blad1…": chain(insertColumnsLeft(2), renameSheets(neutralWhereTitled)),
  "spacer column right after the labels": insertSpacerColumn("after-labels"),
  "spacer column before the values": insertSpacerColumn("before-values"),
  "spacer column between two value columns": insertSpacerColumn("between-values"),
  "sheets reversed": reorderSheets(reversed),
  "last sheet first": reorderSheets(lastFirst),
  "sheets abbreviated (RR, BR, KF, N5…)": renameSheets(abbreviated),
  "titled sheets named Blad1, Blad2…": renameSheets(neutralWhereTitled),
  "formulas replaced by their values": formulasToValues,
  "all sheets stacked on one": stackSheets,
  "RR|BR, summary|spec, netto|brutto side by side, one blank column": sideBySide(statementPair, 1),
  "RR|BR, summary|spec, netto|brutto side by side, two blank columns": sideBySide(statementPair, 2),
  "every two neighbouring sheets side by side, one blank column": sideBySide(neighbours, 1),
  "every two neighbouring sheets side by side, two blank columns": sideBySide(neighbours, 2),
  "labels upper-cased": uppercaseLabels,
  'formats "# ##0"': restyleNumberFormats("space-thousands"),
  'formats "#,##0;-#,##0"': restyleNumberFormats("explicit-negative"),
  'formats "#,##0;[Red]-#,##0"': restyleNumberFormats("red-negative"),
  'formats "0" (no thousands separator)': restyleNumberFormats("no-thousands"),
  "combined: rows above, spacer, abbreviated, reversed, upper-cased, red negatives": chain(
    insertRowsAbove(2),
    insertSpacerColumn("before-values"),
    renameSheets(abbreviated),
    reorderSheets(reversed),
    uppercaseLabels,
    restyleNumberFormats("red-negative"),
  ),
  'combined: stacked, rows between tables, rows above, values, upper-cased, "# ##0"': chain(
    stackSheets,
    widenBlankRuns(2, "between-tables"),
    insertRowsAbove(4),
    formulasToValues,
    uppercaseLabels,
    restyleNumberFormats("space-thousands"),
  ),
};
