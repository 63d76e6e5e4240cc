/**
 * prior-year-columns on literal grids: this year's RR 2023 (000's, shared/domain/000_tables.md T4)
 * keeps 2022 in its comparison column; last year's RR 2022 must hold the same figures in its
 * current-year column.
 */
import { priorYearColumnsCheck } from "../../src/documents/prior-year-columns";
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
      ["Verksamhetens nettokostnad", 744_026, 1_268_143],
      ["Årets resultat", 896_674, 1_250_047],
    ]),
  ],
};

/** Last year's RR 2022 with its kostnader 2022 as given (2021 figures are not compared). */
const prior = (costs2022: number): TestDocument => ({
  name: "Årsredovisning 2022.xlsx",
  role: "prior-year-report",
  sheets: [
    sheet("Resultaträkning", [
      ["Resultaträkning"],
      ["Belopp i kr.", "2022-01-01 -2022-12-31", "2021-01-01 -2021-12-31"],
      ["Verksamhetens intäkter", 31_379_624, 30_000_000],
      ["Verksamhetens kostnader", costs2022, -29_000_000],
      ["Verksamhetens nettokostnad", 1_268_143, 1_000_000],
      ["Årets resultat", 1_250_047, 990_000],
    ]),
  ],
});

documentCheckTester(priorYearColumnsCheck, {
  valid: [{ name: "the comparison column is last year's current-year column", documents: [current, prior(-30_111_481)] }],
  invalid: [
    {
      name: "kostnader 2022 −30 111 481 here, −30 111 418 last year: 63 apart, transposed digits",
      // −30 111 481 − (−30 111 418) = −63; 81 ↔ 18 is a transposition (difference divisible by 9: 63 = 7 · 9).
      documents: [current, prior(-30_111_418)],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "differs",
          severity: "error",
          sheet: "Resultaträkning",
          cells: ["C4"],
          actual: -30_111_481,
          expected: -30_111_418,
          difference: -63,
          cause: "transposed-digits",
          other: { workbook: "Årsredovisning 2022.xlsx", sheet: "Resultaträkning", cell: "B4" },
        },
      ],
    },
    {
      name: "a prior year none of whose 4 lines agree: one warning naming it, no line findings",
      // 0 of the 4 lines (intäkter, kostnader, nettokostnad, resultat) of the 2022 column agree.
      documents: [
        current,
        {
          ...prior(-30_111_481),
          name: "Annan 2022.xlsx",
          sheets: [
            sheet("Resultaträkning", [
              ["Resultaträkning"],
              ["Belopp i kr.", "2022-01-01 -2022-12-31", "2021-01-01 -2021-12-31"],
              ["Verksamhetens intäkter", 12_000_000, 11_000_000],
              ["Verksamhetens kostnader", -11_500_000, -10_800_000],
              ["Verksamhetens nettokostnad", 500_000, 200_000],
              ["Årets resultat", 480_000, 190_000],
            ]),
          ],
        },
      ],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "not-together",
          severity: "warning",
          sheet: "Resultaträkning",
          cells: [],
          message: { sv: expect.stringMatching(/^Annan 2022\.xlsx .*bara 0 av 4 rader i jämförelsekolumnen 2022/) },
        },
      ],
    },
  ],
});
