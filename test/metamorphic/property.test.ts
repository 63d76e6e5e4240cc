/**
 * Metamorphic invariance with chosen insert counts and positions: random chains of re-layouts
 * (test/support/metamorphic/arbitrary-relayout.ts) on each example give the same findings at
 * the mapped cells. Fixed seed, so a failure reproduces; its chain is printed.
 */
import fc from "fast-check";
import { validateWorkbook } from "../../src/engine/validate";
import { columnRelayout, rowRelayout, type Relayout } from "../support/metamorphic/arbitrary-relayout";
import { EXAMPLE_WORKBOOKS } from "../support/metamorphic/examples";
import { signatures } from "../support/metamorphic/finding-signature";

const FAMILIES: [string, fc.Arbitrary<Relayout>][] = [
  ["rows moved, sheets renamed or stacked", rowRelayout],
  ["rows and columns moved, spacers", columnRelayout],
];

describe.each(FAMILIES)("%s", (_, relayout) => {
  it.each(EXAMPLE_WORKBOOKS)("%s: same findings at the mapped cells", (_example, build) => {
    const expected = validateWorkbook(build());
    fc.assert(
      fc.property(relayout, (r) => {
        const { workbook, map } = r.transform(build());
        expect({ chain: r.label, findings: signatures(validateWorkbook(workbook)) }).toEqual({ chain: r.label, findings: signatures(expected, map) });
      }),
      { numRuns: 15, seed: 2026 },
    );
  });
});
