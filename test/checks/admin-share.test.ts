import { adminShareCheck } from "../../src/checks/admin-share";
import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { sheet } from "./grid-literal";
import { summary002 as summary, summaryRows } from "./summary-002";

describe("admin-share (only when a target is set)", () => {
  it("is off without a target", () => {
    expect(runCheck(adminShareCheck, summary, {})).toEqual([]);
  });

  it("reports the columns above the target: 2 723 780 / 6 913 780 = 39,4 % in 2023, not 22,5 % in 2022 under 25 %", () => {
    const found = runCheck(adminShareCheck, summary, { adminShareTarget: 0.25 });
    expect(found).toEqual([expect.objectContaining({ check: "admin-share", severity: "warning", cells: ["C11", "C12"], expected: 0.25 })]);
    expect(found[0].actual).toBeCloseTo(2_723_780 / 6_913_780, 9);
  });

  it("at the target exactly it is silent; just above it reports", () => {
    expect(runCheck(adminShareCheck, summary, { adminShareTarget: 2_723_780 / 6_913_780 })).toEqual([]);
    expect(runCheck(adminShareCheck, summary, { adminShareTarget: 2_723_780 / 6_913_780 - 1e-6 })).toHaveLength(1);
  });
});

/** A cost table in kr: Kansli 300 000 of total costs 1 000 000 = 30,0 %. */
const costs = sheet("Budget", [
  ["Budget 2024"],
  ["Belopp i kr"],
  ["Post", "Budget 2024"],
  ["Insatser", 600_000],
  ["Kansli", 300_000],
  ["Styrelse", 100_000],
  ["Summa kostnader", 1_000_000],
]);

checkTester(adminShareCheck, {
  valid: [
    { name: "no target set", sheets: [costs] },
    // 002: 2 679 000 / 11 889 000 = 22,5 % and 2 723 780 / 6 913 780 = 39,4 %, both under 40 %.
    { name: "002's summary under a 40 % target", sheets: [sheet("Sammanfattning", summaryRows)], config: { adminShareTarget: 0.4 } },
    { name: "exactly at the target (30 %)", sheets: [costs], config: { adminShareTarget: 0.3 } },
  ],
  invalid: [
    {
      name: "Kansli 30 % of the costs over a 25 % target",
      sheets: [costs],
      config: { adminShareTarget: 0.25 },
      findings: [
        {
          messageId: "aboveTarget",
          severity: "warning",
          sheet: "Budget",
          cells: ["B5", "B7"],
          expected: 0.25,
          actual: 0.3,
          difference: expect.closeTo(0.05, 12),
          tolerance: 0,
          basis: "label",
          message: {
            sv: "Administrationens andel av kostnaderna (Budget 2024) är 30,0 %, över ert mål 25,0 %.",
            en: "Administration's share of costs (Budget 2024) is 30.0 %, above your target 25.0 %.",
          },
        },
      ],
    },
  ],
});
