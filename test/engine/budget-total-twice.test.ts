/**
 * Issue 9, class 8a: the same budget total printed twice in one report with two values —
 * the management report's budget/utfall table against the note — matched by concept
 * ("Verksamhetens kostnader" / "Summa verksamhetens kostnader") or by the same label, same
 * basis and year: an error, basis cross-reference. A loose label match is no error.
 * Invented figures; expected values computed here from them.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { sheet, workbook } from "../checks/grid-literal";
import { errors } from "./find";

const BUDGET = { insatser: 4_860_000, kansli: 1_515_000, styrelse: 95_000 };
const BUDGET_COSTS = BUDGET.insatser + BUDGET.kansli + BUDGET.styrelse;
const ACTUAL = { insatser: 4_733_281, kansli: 1_560_442, styrelse: 81_907 };
const ACTUAL_COSTS = ACTUAL.insatser + ACTUAL.kansli + ACTUAL.styrelse;
const INCOME = 6_480_000;

function managementReport(budgetCosts: number, label = "Verksamhetens kostnader") {
  return sheet("Förvaltningsberättelse", [
    ["Budget och utfall"],
    ["Belopp i kr", "Budget 2023", "Utfall 2023"],
    ["Verksamhetens intäkter", INCOME, INCOME],
    [label, -budgetCosts, -ACTUAL_COSTS],
    ["Årets resultat", INCOME - budgetCosts, INCOME - ACTUAL_COSTS],
  ]);
}

function note(label = "Summa verksamhetens kostnader") {
  return sheet("Noter", [
    ["Not 3 Verksamhetens kostnader"],
    ["", "Utfall 2023", "Budget 2023"],
    ["Insatser", ACTUAL.insatser, BUDGET.insatser],
    ["Kansli", ACTUAL.kansli, BUDGET.kansli],
    ["Styrelse", ACTUAL.styrelse, BUDGET.styrelse],
    [label, ACTUAL_COSTS, BUDGET_COSTS],
  ]);
}

describe("a budget total printed twice with two values", () => {
  it("clean: the management report's budget costs equal the note's, signs aside", () => {
    expect(errors(validateWorkbook(workbook(managementReport(BUDGET_COSTS), note())))).toEqual([]);
  });

  it("matched by concept: the management report's budget costs 10 000 off the note's total is one error", () => {
    const printed = BUDGET_COSTS - 10_000;
    const found = errors(validateWorkbook(workbook(managementReport(printed), note())));
    expect(found).toEqual([
      expect.objectContaining({
        check: "cross-statement",
        sheet: "Förvaltningsberättelse",
        cells: ["B4", "'Noter'!C6"],
        expected: -BUDGET_COSTS,
        actual: -printed,
        difference: -printed - -BUDGET_COSTS,
        basis: "cross-reference",
      }),
    ]);
  });

  it("matched by the same label, same basis and year: one error (on the summary's line, against the note, the more authoritative table)", () => {
    const summary = (administration: number) =>
      sheet("Förvaltningsberättelse", [
        ["Budgetsammandrag"],
        ["Belopp i kr", "Budget 2023"],
        ["Insatser", BUDGET.insatser],
        ["Administration", administration],
        ["Summa verksamhetens kostnader", BUDGET.insatser + administration],
      ]);
    expect(errors(validateWorkbook(workbook(summary(BUDGET.kansli + BUDGET.styrelse), note())))).toEqual([]);
    const printed = BUDGET.insatser + BUDGET.kansli + BUDGET.styrelse + 4_000;
    const found = errors(validateWorkbook(workbook(summary(BUDGET.kansli + BUDGET.styrelse + 4_000), note())));
    expect(found).toEqual([
      expect.objectContaining({
        check: "cross-statement",
        sheet: "Förvaltningsberättelse",
        cells: ["B5", "'Noter'!C6"],
        expected: BUDGET_COSTS,
        actual: printed,
        difference: printed - BUDGET_COSTS,
        basis: "cross-reference",
      }),
    ]);
  });

  it("a loose label match ('Kostnader totalt' / 'Summa kostnader') is no error", () => {
    const found = errors(validateWorkbook(workbook(managementReport(BUDGET_COSTS + 4_000, "Kostnader totalt"), note("Summa kostnader"))));
    expect(found).toEqual([]);
  });
});
