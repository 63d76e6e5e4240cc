/**
 * five-year-shift on literal grids: this year's 5-årsöversikt (2023–2021) and last year's
 * (2022–2020) show 2022 and 2021 alike. Both reports carry the RR (000's, shared/domain/
 * 000_tables.md T4) by which they are recognised as a pair of the same förbund.
 */
import { fiveYearShiftCheck } from "../../src/documents/five-year-shift";
import { documentCheckTester, type TestDocument } from "../support/document-check-tester";
import { sheet } from "../checks/grid-literal";

const current: TestDocument = {
  name: "Årsredovisning 2023.xlsx",
  sheets: [
    sheet("Resultaträkning", [
      ["Resultaträkning"],
      ["Belopp i kr.", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"],
      ["Verksamhetens intäkter", 26_019_221, 31_379_624],
      ["Verksamhetens kostnader", -25_275_195, -30_111_481],
      ["Årets resultat", 896_674, 1_250_047],
    ]),
    sheet("5-årsöversikt", [
      ["Verksamhetens ekonomi i jämförelse med tidigare år"],
      ["Förutsättningar", "2023", "2022", "2021"],
      ["Verksamhetens intäkter", 26_019_221, 31_379_624, 29_000_000],
      ["Årets resultat", 896_674, 1_250_047, 610_000],
    ]),
  ],
};

/** Last year's report with the result 2021 of its 5-årsöversikt as given. */
const prior = (result2021: number): TestDocument => ({
  name: "Årsredovisning 2022.xlsx",
  role: "prior-year-report",
  sheets: [
    sheet("Resultaträkning", [
      ["Resultaträkning"],
      ["Belopp i kr.", "2022-01-01 -2022-12-31", "2021-01-01 -2021-12-31"],
      ["Verksamhetens intäkter", 31_379_624, 29_000_000],
      ["Verksamhetens kostnader", -30_111_481, -28_400_000],
      ["Årets resultat", 1_250_047, 610_000],
    ]),
    sheet("5-årsöversikt", [
      ["Verksamhetens ekonomi i jämförelse med tidigare år"],
      ["Förutsättningar", "2022", "2021", "2020"],
      ["Verksamhetens intäkter", 31_379_624, 29_000_000, 27_500_000],
      ["Årets resultat", 1_250_047, result2021, 450_000],
    ]),
  ],
});

documentCheckTester(fiveYearShiftCheck, {
  valid: [{ name: "2022 and 2021 are the same in both overviews", documents: [current, prior(610_000)] }],
  invalid: [
    {
      name: "årets resultat 2021: 610 000 here, 601 000 last year — 9 000 apart, transposed digits",
      // 610 000 − 601 000 = 9 000 = 1 000 · 9, the digits 10 ↔ 01 swapped.
      documents: [current, prior(601_000)],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "differs",
          severity: "error",
          sheet: "5-årsöversikt",
          cells: ["D4"],
          actual: 610_000,
          expected: 601_000,
          difference: 9_000,
          cause: "transposed-digits",
          other: { workbook: "Årsredovisning 2022.xlsx", sheet: "5-årsöversikt", cell: "C4" },
        },
      ],
    },
  ],
});
