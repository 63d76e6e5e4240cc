/**
 * opening-balances on literal grids: likvida medel vid årets början 2023 in this year's KF must
 * be last year's likvida medel vid årets slut 2022 (000: 7 667 846, shared/domain/000_tables.md).
 * Each KF column foots: årets kassaflöde = slut − början.
 */
import { openingBalancesCheck } from "../../src/documents/opening-balances";
import { documentCheckTester, type TestDocument } from "../support/document-check-tester";
import { sheet } from "../checks/grid-literal";

/** This year's KF with its opening balance 2023 as given; 2022: 7 667 846 − 7 000 000 = 667 846. */
const current = (opening2023: number): TestDocument => ({
  name: "Årsredovisning 2023.xlsx",
  sheets: [
    sheet("Kassaflödesanalys", [
      ["Kassaflödesanalys"],
      ["Belopp i kr.", "2023", "2022"],
      // 8 000 000 − opening2023
      ["Årets kassaflöde", 8_000_000 - opening2023, 667_846],
      ["Likvida medel vid årets början", opening2023, 7_000_000],
      ["Likvida medel vid årets slut", 8_000_000, 7_667_846],
    ]),
  ],
});

/** Last year's KF: 2022 as this year's comparison column, 2021: 7 000 000 − 6 500 000 = 500 000. */
const prior: TestDocument = {
  name: "Årsredovisning 2022.xlsx",
  role: "prior-year-report",
  sheets: [
    sheet("Kassaflödesanalys", [
      ["Kassaflödesanalys"],
      ["Belopp i kr.", "2022", "2021"],
      ["Årets kassaflöde", 667_846, 500_000],
      ["Likvida medel vid årets början", 7_000_000, 6_500_000],
      ["Likvida medel vid årets slut", 7_667_846, 7_000_000],
    ]),
  ],
};

documentCheckTester(openingBalancesCheck, {
  valid: [{ name: "the opening balance 2023 is last year's closing balance 2022", documents: [current(7_667_846), prior] }],
  invalid: [
    {
      name: "opening 7 667 864 against last year's closing 7 667 846: 18 apart, transposed digits",
      // 7 667 864 − 7 667 846 = 18 = 2 · 9, the digits 46 ↔ 64 swapped.
      documents: [current(7_667_864), prior],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "not-last-closing",
          severity: "error",
          sheet: "Kassaflödesanalys",
          cells: ["B4"],
          actual: 7_667_864,
          expected: 7_667_846,
          difference: 18,
          cause: "transposed-digits",
          other: { workbook: "Årsredovisning 2022.xlsx", sheet: "Kassaflödesanalys", cell: "B5" },
        },
      ],
    },
    {
      name: "last year's report given first: the finding is its closing balance against the next year's opening",
      // The same 18 apart, seen from 2022: closing 7 667 846 − opening 7 667 864 = −18.
      documents: [{ ...prior, role: undefined }, current(7_667_864)],
      findings: [
        {
          doc: "Årsredovisning 2022.xlsx",
          messageId: "not-next-opening",
          severity: "error",
          sheet: "Kassaflödesanalys",
          cells: ["B5"],
          actual: 7_667_846,
          expected: 7_667_864,
          difference: -18,
          other: { workbook: "Årsredovisning 2023.xlsx", sheet: "Kassaflödesanalys", cell: "B4" },
        },
      ],
    },
  ],
});
