/**
 * adopted-budget on literal grids: the budget column of the annual report's budget/utfall table
 * must be the adopted budget 2023. Kansli: 6 967 733 in 004, 6 959 733 quoted in 000
 * (shared/domain/000_004_checks.md §13); Lumena and the total are the test's own
 * (total 8 701 408 = 1 733 675 + 6 967 733).
 */
import { adoptedBudgetCheck } from "../../src/documents/adopted-budget";
import { documentCheckTester, type TestDocument } from "../support/document-check-tester";
import { sheet } from "../checks/grid-literal";

/** The annual report 2023 (000's RR, recognised by it) quoting Kansli's budget 2023 as given. */
const report = (kansli: number): TestDocument => ({
  name: "Årsredovisning 2023.xlsx",
  sheets: [
    sheet("Resultaträkning", [
      ["Resultaträkning"],
      ["Belopp i kr.", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"],
      ["Verksamhetens intäkter", 26_019_221, 31_379_624],
      ["Verksamhetens kostnader", -25_275_195, -30_111_481],
      ["Årets resultat", 896_674, 1_250_047],
    ]),
    sheet("Budget och utfall", [
      ["Insatser", "Budget 2023", "Utfall 2023"],
      ["Lumena", 1_733_675, 1_650_000],
      ["Kansli", kansli, 7_555_465],
      ["Summa", 8_701_408, 9_205_465],
    ]),
  ],
});

const budget: TestDocument = {
  name: "Budget 2023.xlsx",
  role: "budget",
  sheets: [sheet("Budget 2023", [["Budget 2023"], [], ["Post", "Budget 2023"], ["Lumena", 1_733_675], ["Kansli", 6_967_733], ["Summa", 8_701_408]])],
};

documentCheckTester(adoptedBudgetCheck, {
  valid: [{ name: "the report quotes the adopted budget line for line", documents: [report(6_967_733), budget] }],
  invalid: [
    {
      name: "Kansli quoted as 6 959 733, adopted 6 967 733: 8 000 less",
      // 6 959 733 − 6 967 733 = −8 000; no digit swap or sign explains it (8 000 is not a multiple of 9): an error.
      documents: [report(6_959_733), budget],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "differs",
          severity: "error",
          sheet: "Budget och utfall",
          cells: ["B3"],
          actual: 6_959_733,
          expected: 6_967_733,
          difference: -8_000,
          other: { workbook: "Budget 2023.xlsx", sheet: "Budget 2023", cell: "B5" },
        },
      ],
    },
  ],
});
