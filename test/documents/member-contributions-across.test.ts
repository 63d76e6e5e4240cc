/**
 * member-contributions-across on literal grids: 000's Not 2 (driftbidrag per medlem,
 * examples/src/seed-000.ts) against 004's Medlemstilldelning (shared/domain/004_tables.md T1),
 * 2023 and 2022, member by member.
 */
import { memberContributionsCheck } from "../../src/documents/member-contributions-across";
import { documentCheckTester, type TestDocument } from "../support/document-check-tester";
import { sheet } from "../checks/grid-literal";

/** 000: Haninge 2 222 774 + Nynäshamn 689 677 + Tyresö 1 166 549 = 4 079 000, the region's 2022 (it foots). */
const report: TestDocument = {
  name: "Årsredovisning 2023.xlsx",
  sheets: [
    sheet("Resultaträkning", [
      ["Resultaträkning"],
      ["Belopp i kr.", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"],
      ["Verksamhetens intäkter", 26_019_221, 31_379_624],
      ["Verksamhetens kostnader", -25_275_195, -30_111_481],
      ["Årets resultat", 896_674, 1_250_047],
    ]),
    sheet("Noter", [
      ["Not 2. Verksamhetens intäkter"],
      ["Belopp i kr", "2023", "2022"],
      ["Driftbidrag från staten", 8_139_000, 8_158_000],
      ["Driftbidrag från Haninge kommun", 2_234_482, 2_222_774],
      ["Driftbidrag från Nynäshamns kommun", 688_976, 689_677],
      ["Driftbidrag från Tyresö kommun", 1_146_042, 1_166_549],
      ["Driftbidrag från Region Stockholm", 4_069_500, 4_079_000],
    ]),
  ],
};

/** 004's member table with Haninge 2022 as given. */
const budget = (haninge2022: number): TestDocument => ({
  name: "Budget 2024.xlsx",
  role: "budget",
  sheets: [
    sheet("Medlemstilldelning", [
      ["Sammantagna intäkter"],
      [],
      ["Medlem", "2022", "2023"],
      ["FK och AF", 8_158_000, 8_139_000],
      ["Region Stockholm", 4_079_000, 4_069_500],
      ["Haninge", haninge2022, 2_234_482],
      ["Tyresö", 1_166_549, 1_146_042],
      ["Nynäshamn", 689_677, 688_976],
    ]),
  ],
});

documentCheckTester(memberContributionsCheck, {
  valid: [{ name: "every member pays the same in both documents", documents: [report, budget(2_222_774)] }],
  invalid: [
    {
      name: "004's Haninge 2022 (2 222 744) against 000's 2 222 774: 30 apart, and 004's column does not foot",
      // 2 222 774 − 2 222 744 = 30; in 004: 2 222 744 + 689 677 + 1 166 549 − 4 079 000 = −30, in 000 the gap is 0.
      documents: [report, budget(2_222_744)],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "contribution-differs",
          severity: "error",
          sheet: "Noter",
          cells: ["C4"],
          actual: 2_222_774,
          expected: 2_222_744,
          difference: 30,
          cause: "other-does-not-foot",
          other: { workbook: "Budget 2024.xlsx", sheet: "Medlemstilldelning", cell: "B6" },
        },
      ],
    },
  ],
});
