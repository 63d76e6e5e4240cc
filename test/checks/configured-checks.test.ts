import { runCheck } from "../../src/checks/support/run-check";
import { adminShareCheck } from "../../src/checks/admin-share";
import { equityCeilingCheck } from "../../src/checks/equity-ceiling";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook } from "./grid-literal";

/** 002's summary (shared/domain/002_tables.md T3), Budget 2022 and 2023 columns. */
const summary = understandWorkbook(
  workbook(
    sheet("Sammanfattning", [
      ["", "Budget 2022", "Budget 2023"],
      ["Intäkter"],
      ["Medlemsavgift Staten (AF/FK)", 3_465_000, 3_465_000],
      ["Medlemsavgift SLL", 1_732_500, 1_732_500],
      ["Medlemsavgift kommunerna", 1_732_500, 1_732_500],
      ["ESF-medel", 2_900_000, 0],
      ["Summa intäkter", 9_830_000, 6_930_000],
      ["Kostnader"],
      ["Insatser", 7_870_000, 3_600_000],
      ["Stöd för samverkan", 1_340_000, 590_000],
      ["Administrativa kostnader", 2_679_000, 2_723_780],
      ["Summa kostnader", 11_889_000, 6_913_780],
      ["Årets resultat", -2_059_000, 16_220],
      ["Balanserat resultat årets början", 2_382_650, 323_650],
      ["Balanserat resultat årets slut", 323_650, 339_870],
    ]),
  ),
);

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
