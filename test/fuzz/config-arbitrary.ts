/**
 * fast-check arbitrary for the settings a user can give (as the pane and --config validate them):
 * sheet roles forced on any sheet, including ones that hold no such statement, an equity ceiling
 * (percentage or staircase) and an administration-share target.
 */
import fc from "fast-check";
import type { ReserveRule } from "../../src/core/reserve-rule";
import { TABLE_KINDS } from "../../src/model/kinds";
import type { ValidationConfig } from "../../src/model/validation-config";
import { SHEET_NAMES } from "./workbook-arbitrary";

const rate = fc.double({ min: 0, max: 1, noNaN: true });

const ceiling: fc.Arbitrary<ReserveRule> = fc.oneof(
  rate.map((r): ReserveRule => ({ kind: "percent", rate: r })),
  fc
    .tuple(
      fc.constantFrom<"marginal" | "whole">("marginal", "whole"),
      fc.uniqueArray(fc.integer({ min: 1, max: 50_000_000 }), { maxLength: 3 }),
      fc.array(fc.tuple(rate, fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined })), { minLength: 4, maxLength: 4 }),
    )
    .map(([mode, froms, rates]): ReserveRule => ({
      kind: "staircase",
      mode,
      steps: [0, ...froms.sort((a, b) => a - b)].map((from, i) => ({ from, rate: rates[i][0], ...(rates[i][1] === undefined ? {} : { fixed: rates[i][1] }) })),
    })),
);

export const configArbitrary: fc.Arbitrary<ValidationConfig> = fc.record(
  {
    equityCeiling: ceiling,
    adminShareTarget: fc.double({ min: 0.01, max: 1, noNaN: true }),
    sheetRoles: fc.dictionary(fc.constantFrom(...SHEET_NAMES), fc.constantFrom(...TABLE_KINDS), { maxKeys: 4 }),
  },
  { requiredKeys: [] },
);
