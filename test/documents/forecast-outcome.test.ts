/**
 * A budget document's prognos for 2023 against the outcome in the annual report 2023
 * (seed 000): information, never an error. The forecast figures are 004's (shared/domain/
 * 000_004_checks.md §14): forecast result 2023 = budgeted −2 252 231 + 3 073 622 better than
 * budgeted; forecast eget kapital at the end of 2023 = 4 823 622. The register compares them
 * with the outcome: 75 283 and 75 282 better.
 */
import { seed000 } from "../../examples/src/seed-000";
import { validateDocuments } from "../../src/documents/validate-documents";
import { sheet, workbook } from "../checks/grid-literal";
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
