/**
 * A budget document's prognos for 2023 against the outcome in the annual report 2023
 * (seed 000): information, never an error. The forecast figures are 004's (shared/domain/
 * 000_004_checks.md §14): forecast result 2023 = budgeted −2 252 231 + 3 073 622 better than
 * budgeted; forecast eget kapital at the end of 2023 = 4 823 622. The register compares them
 * with the outcome: 75 283 and 75 282 better.
 */
import { seed000 } from "../../examples/src/seed-000";
import { forecastOutcomeCheck } from "../../src/documents/forecast-outcome";
import { validateDocuments } from "../../src/documents/validate-documents";
import { sheet, workbook } from "../checks/grid-literal";
import { documentCheckTester } from "../support/document-check-tester";
import { gridCell } from "./grid-cell";

const FORECAST_RESULT_2023 = -2_252_231 + 3_073_622;
const FORECAST_EQUITY_2023 = 4_823_622;
const ACTUAL_RESULT_2023 = 896_674;
const ACTUAL_EQUITY_2023 = 4_898_904;

const budget = {
  ...workbook(
    sheet("Budget 2024", [
      ["Budget 2024"],
      [],
      ["Post", "Budget 2024", "Prognos 2023"],
      ["Årets resultat", -2_596_622, FORECAST_RESULT_2023],
      ["Eget kapital", 2_227_000, FORECAST_EQUITY_2023],
    ]),
  ),
  name: "Budget 2024.xlsx",
};

it("the outcome against the forecast, line by line, as information with both cells", () => {
  const wb000 = seed000();
  const [report, plan] = validateDocuments([{ workbook: wb000 }, { workbook: budget, role: "budget" }]);
  expect(plan).toMatchObject({ kind: "budget", year: 2024 });
  const found = report.findings.filter((f) => f.check === "forecast-outcome");
  expect(found.map((f) => ({ severity: f.severity, cell: `${f.sheet}!${f.cells[0]}`, difference: f.difference, other: f.other }))).toEqual([
    {
      severity: "info",
      cell: `Balansräkning!${gridCell(wb000, "Balansräkning", "Årets resultat", ACTUAL_RESULT_2023)}`,
      difference: 75_283,
      other: { workbook: "Budget 2024.xlsx", sheet: "Budget 2024", cell: "C4" },
    },
    {
      severity: "info",
      cell: `Balansräkning!${gridCell(wb000, "Balansräkning", "Summa Eget kapital, avsättningar och skulder", ACTUAL_EQUITY_2023)}`,
      difference: 75_282,
      other: { workbook: "Budget 2024.xlsx", sheet: "Budget 2024", cell: "C5" },
    },
  ]);
  expect(ACTUAL_RESULT_2023 - FORECAST_RESULT_2023).toBe(75_283);
  expect(ACTUAL_EQUITY_2023 - FORECAST_EQUITY_2023).toBe(75_282);
});

/** An annual report 2023 from literal grids: 000's RR 2023 (shared/domain/000_tables.md T4). */
const report2023 = {
  name: "Årsredovisning 2023.xlsx",
  sheets: [
    sheet("Resultaträkning", [
      ["Resultaträkning"],
      ["Belopp i kr.", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"],
      ["Verksamhetens intäkter", 26_019_221, 31_379_624],
      ["Verksamhetens kostnader", -25_275_195, -30_111_481],
      ["Verksamhetens nettokostnad", 744_026, 1_268_143],
      ["Årets resultat", ACTUAL_RESULT_2023, 1_250_047],
    ]),
  ],
};

/** A budget 2024 whose prognos 2023 gives intäkter and årets resultat as given. */
const budget2024 = (income: number, result: number) => ({
  name: "Budget 2024.xlsx",
  role: "budget" as const,
  sheets: [
    sheet("Budget 2024", [
      ["Budget 2024"],
      [],
      ["Post", "Budget 2024", "Prognos 2023"],
      ["Verksamhetens intäkter", 27_000_000, income],
      ["Årets resultat", -2_596_622, result],
    ]),
  ],
});

documentCheckTester(forecastOutcomeCheck, {
  valid: [{ name: "the forecast was the outcome, line for line", documents: [report2023, budget2024(26_019_221, ACTUAL_RESULT_2023)] }],
  invalid: [
    {
      name: "intäkter 19 221 and årets resultat 75 283 better than forecast: information on the report's cells",
      // 26 019 221 − 26 000 000 = 19 221; 896 674 − 821 391 = 75 283 (forecast −2 252 231 + 3 073 622 = 821 391).
      documents: [report2023, budget2024(26_000_000, FORECAST_RESULT_2023)],
      findings: [
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "differs",
          severity: "info",
          sheet: "Resultaträkning",
          cells: ["B3"],
          actual: 26_019_221,
          expected: 26_000_000,
          difference: 19_221,
          other: { workbook: "Budget 2024.xlsx", sheet: "Budget 2024", cell: "C4" },
        },
        {
          doc: "Årsredovisning 2023.xlsx",
          messageId: "differs",
          severity: "info",
          sheet: "Resultaträkning",
          cells: ["B6"],
          actual: 896_674,
          expected: 821_391,
          difference: 75_283,
          other: { workbook: "Budget 2024.xlsx", sheet: "Budget 2024", cell: "C5" },
        },
      ],
    },
  ],
});
