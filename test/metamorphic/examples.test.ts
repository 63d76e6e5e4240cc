/**
 * Metamorphic invariance on the example workbooks: a report re-laid-out without changing its
 * meaning (test/support/metamorphic) gives the same findings, mapped to the new addresses —
 * compared as multisets of {check, severity, sheet, cells, expected, actual, difference, tolerance, cause}.
 * Every transformation holds on every example (side by side, stacked, reordered, renamed included).
 */
import { validateWorkbook } from "../../src/engine/validate";
import { TRANSFORMATIONS } from "../support/metamorphic/catalogue";
import { EXAMPLE_WORKBOOKS } from "../support/metamorphic/examples";
import { signatures } from "../support/metamorphic/finding-signature";
import { cellProblems } from "../support/metamorphic/same-cells";

describe.each(Object.entries(TRANSFORMATIONS))("%s", (name, transform) => {
  for (const [example, build] of EXAMPLE_WORKBOOKS) {
    it(`${example}: moves every cell with its meaning (values, formats, bold, formulas still adding up)`, () => {
      const original = build();
      const { workbook, map } = transform(original);
      expect(cellProblems(original, workbook, map)).toEqual([]);
    });

    it(`${example}: same findings at the mapped cells`, () => {
      const original = build();
      const { workbook, map } = transform(original);
      expect(signatures(validateWorkbook(workbook))).toEqual(signatures(validateWorkbook(original), map));
    });
  }
});
