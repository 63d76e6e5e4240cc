/** A finding's amounts on a report sheet are shown in their table's unit; the formats are written out here. */
import { amountNumberFormat } from "../../src/findings/amount-format";

it.each([
  [15_691_257, "kr", '#,##0" kr";-#,##0" kr"'],
  [1234.5, "kr", '#,##0.00" kr";-#,##0.00" kr"'],
  [30_111, "tkr", '#,##0" tkr";-#,##0" tkr"'],
  [-2.1, "tkr", '#,##0.0" tkr";-#,##0.0" tkr"'],
  [0.05, "tkr", '#,##0.00" tkr";-#,##0.00" tkr"'],
  [12.3, "mnkr", '#,##0.0" mnkr";-#,##0.0" mnkr"'],
  [0.3122, undefined, "#,##0.0000;-#,##0.0000"],
  [2_227_000, undefined, "#,##0;-#,##0"],
] as const)("%p %s → %s", (value, unit, format) => {
  expect(amountNumberFormat(value, unit)).toBe(format);
});
