/**
 * Deterministic cases for what the engine fuzz (engine.property.test.ts) found, so they stay fixed
 * whatever the random draws are. (A date-formatted 1e15 that made header text throw is in
 * test/engine/robustness.test.ts.)
 */
import { validateWorkbook } from "../../src/engine/validate";
import { sheet, workbook } from "../checks/grid-literal";

describe("equity-ceiling with negative member contributions", () => {
  // 002's summary (shared/domain/002_tables.md T3) with the 2022 member fees turned negative.
  const wb = workbook(
    sheet("Sammanfattning", [
      ["", "Budget 2022", "Budget 2023"],
      ["Intäkter"],
      ["Medlemsavgift Staten (AF/FK)", -3_465_000, 3_465_000],
      ["Medlemsavgift SLL", -1_732_500, 1_732_500],
      ["Medlemsavgift kommunerna", -1_732_500, 1_732_500],
      ["ESF-medel", 2_900_000, 0],
      ["Summa intäkter", -4_030_000, 6_930_000],
      ["Kostnader"],
      ["Insatser", 7_870_000, 3_600_000],
      ["Stöd för samverkan", 1_340_000, 590_000],
      ["Administrativa kostnader", 2_679_000, 2_723_780],
      ["Summa kostnader", 11_889_000, 6_913_780],
      ["Årets resultat", -15_919_000, 16_220],
      ["Balanserat resultat årets början", 2_382_650, 323_650],
      ["Balanserat resultat årets slut", 323_650, 339_870],
    ]),
  );

  it("sets no ceiling for that year instead of failing the check; the other year is still checked", () => {
    const findings = validateWorkbook(wb, { equityCeiling: { kind: "percent", rate: 0.04 } });
    expect(findings.filter((f) => /could not run/.test(f.message.en))).toEqual([]);
    // 2023: 4 % of 6 930 000 = 277 200; closing equity 339 870 is 62 670 over.
    expect(findings.filter((f) => f.check === "equity-ceiling").map((f) => [f.cells[0], f.expected, f.actual, f.difference])).toEqual([
      ["C15", 277_200, 339_870, 62_670],
    ]);
  });
});
