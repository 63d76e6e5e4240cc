/**
 * Metamorphic invariance on the example workbooks: a report re-laid-out without changing its
 * meaning (test/support/metamorphic) gives the same findings, mapped to the new addresses —
 * compared as multisets of {check, severity, sheet, cells, expected, actual, difference, tolerance, cause}.
 *
 * Pairs the engine gets wrong today are listed in KNOWN_DEFECTS with their defect class and run
 * as it.failing: they pass while the engine still fails, and turn red once it is fixed — then
 * remove the entry so the pair runs as a plain `it`.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { TRANSFORMATIONS } from "../support/metamorphic/catalogue";
import { EXAMPLE_WORKBOOKS } from "../support/metamorphic/examples";
import { signatures } from "../support/metamorphic/finding-signature";
import { cellProblems } from "../support/metamorphic/same-cells";

// The defect classes, each named in the failing tests' titles.
/** cross-statement's same-plan-line comparison takes the first table in sheet order as the reference: reordering sheets swaps expected/actual and the reported sheet. */
const ORDER_DEPENDENT_REFERENCE = "reference table chosen by sheet order";

/** Transformation, the examples whose findings differ under it today, and the defect class. */
const DEFECTS: [transformation: string, examples: string[], defect: string][] = [
  ["sheets reversed", ["004"], ORDER_DEPENDENT_REFERENCE],
  ["last sheet first", ["004"], ORDER_DEPENDENT_REFERENCE],
  ["combined: rows above, spacer, abbreviated, reversed, upper-cased, red negatives", ["004"], ORDER_DEPENDENT_REFERENCE],
];

/** "transformation|example" → the defect class that makes the findings differ today. */
const KNOWN_DEFECTS: Record<string, string> = Object.fromEntries(DEFECTS.flatMap(([t, examples, defect]) => examples.map((e) => [`${t}|${e}`, defect])));

describe.each(Object.entries(TRANSFORMATIONS))("%s", (name, transform) => {
  for (const [example, build] of EXAMPLE_WORKBOOKS) {
    it(`${example}: moves every cell with its meaning (values, formats, bold, formulas still adding up)`, () => {
      const original = build();
      const { workbook, map } = transform(original);
      expect(cellProblems(original, workbook, map)).toEqual([]);
    });

    const defect = KNOWN_DEFECTS[`${name}|${example}`];
    (defect ? it.failing : it)(`${example}: same findings at the mapped cells${defect ? ` — known defect: ${defect}` : ""}`, () => {
      const original = build();
      const { workbook, map } = transform(original);
      expect(signatures(validateWorkbook(workbook))).toEqual(signatures(validateWorkbook(original), map));
    });
  }
});

it("every known defect names a transformation and an example that exist", () => {
  const pairs = new Set(Object.keys(TRANSFORMATIONS).flatMap((t) => EXAMPLE_WORKBOOKS.map(([e]) => `${t}|${e}`)));
  expect(Object.keys(KNOWN_DEFECTS).filter((k) => !pairs.has(k))).toEqual([]);
});
