import { equityCeilingCheck } from "../../src/checks/equity-ceiling";
import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { sheet } from "./grid-literal";
import { summary002 as summary, summaryRows } from "./summary-002";

describe("equity-ceiling (only when a rule is given)", () => {
  it("is off without a rule", () => {
    expect(runCheck(equityCeilingCheck, summary, {})).toEqual([]);
  });

  it("reports a year whose closing equity exceeds the user's percentage of member contributions", () => {
    // Member contributions 6 930 000; 4 % → 277 200. 2022 closes at 323 650 (over by 46 450), 2023 at 339 870 (over by 62 670).
    const found = runCheck(equityCeilingCheck, summary, { equityCeiling: { kind: "percent", rate: 0.04 } });
    expect(found.map((x) => [x.cells[0], x.expected, x.actual, x.difference])).toEqual([
      ["B15", 277_200, 323_650, 46_450],
      ["C15", 277_200, 339_870, 62_670],
    ]);
  });

  it("is silent at the ceiling and under it (a staircase with the user's steps)", () => {
    expect(runCheck(equityCeilingCheck, summary, { equityCeiling: { kind: "percent", rate: 339_870 / 6_930_000 } })).toEqual([]);
    const stairs = { kind: "staircase" as const, mode: "whole" as const, steps: [{ from: 0, rate: 0.1 }] };
    expect(runCheck(equityCeilingCheck, summary, { equityCeiling: stairs })).toEqual([]);
  });
});

checkTester(equityCeilingCheck, {
  valid: [
    { name: "no rule given", sheets: [sheet("Sammanfattning", summaryRows)] },
    // Member contributions 3 465 000 + 1 732 500 + 1 732 500 = 6 930 000; 5 % → 346 500, above 323 650 and 339 870.
    { name: "002 under a 5 % ceiling", sheets: [sheet("Sammanfattning", summaryRows)], config: { equityCeiling: { kind: "percent", rate: 0.05 } } },
  ],
  invalid: [
    {
      // 4,5 % of 6 930 000 = 311 850: 2022 over by 323 650 − 311 850 = 11 800, 2023 by 339 870 − 311 850 = 28 020.
      name: "002 over a 4,5 % ceiling in both years",
      sheets: [sheet("Sammanfattning", summaryRows)],
      config: { equityCeiling: { kind: "percent", rate: 0.045 } },
      findings: [
        {
          messageId: "overCeiling",
          severity: "warning",
          cells: ["B15", "B3", "B4", "B5"],
          expected: 311_850,
          actual: 323_650,
          difference: 11_800,
          tolerance: 0,
          basis: "label",
          message: {
            sv: "Eget kapital 2022 (323 650 kr) överstiger taket enligt er regel (311 850 kr för medlemsavgifter på 6 930 000 kr) med 11 800 kr.",
            en: "Equity 2022 (323,650 kr) exceeds the ceiling under your rule (311,850 kr for member contributions of 6,930,000 kr) by 11,800 kr.",
          },
        },
        { messageId: "overCeiling", cells: ["C15", "C3", "C4", "C5"], expected: 311_850, actual: 339_870, difference: 28_020 },
      ],
    },
  ],
});
