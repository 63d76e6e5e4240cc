import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { formulaCheck } from "../../src/checks/formula";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][]) {
  return runCheck(formulaCheck, understandWorkbook(workbook(sheet("Noter", rows))), {});
}

describe("formula", () => {
  it("is silent when totals are formulas over their whole block", () => {
    expect(run([["Not 6. Fordringar"], ["", "2023-12-31"], ["Kundfordringar", 300_001], ["Moms", 243_817], ["Summa", f("SUM(B3:B4)", 543_818)]])).toEqual([]);
  });

  it("reports a SUM that leaves out the last row of its block", () => {
    const found = run([
      ["Not 6. Fordringar"],
      ["", "2023-12-31"],
      ["Kundfordringar", 300_001],
      ["Moms", 243_817],
      ["Upplupna intäkter", 3_172_701],
      ["Summa", f("SUM(B3:B4)", 543_818)],
    ]);
    expect(found).toEqual([expect.objectContaining({ check: "formula", severity: "warning", cells: ["B6", "B5"] })]);
  });

  it("reports a total typed as a number where the column's other totals are formulas", () => {
    const found = run([
      ["Post", "Budget 2023"],
      ["A", 1],
      ["B", 2],
      ["Summa AB", f("SUM(B2:B3)", 3)],
      ["C", 4],
      ["D", 5],
      ["Summa CD", f("SUM(B5:B6)", 9)],
      ["E", 6],
      ["F", 7],
      ["Summa EF", 13],
    ]);
    expect(found).toEqual([expect.objectContaining({ cells: ["B10"], severity: "warning" })]);
  });

  it("reports error values anywhere on a sheet", () => {
    const found = run([
      ["Post", "Budget 2023"],
      ["A", { value: null, formula: "A1/0", error: "#DIV/0!" }],
      ["B", "#REF!"],
    ]);
    expect(found.map((x) => [x.cells[0], x.severity, x.message.sv.includes("#")])).toEqual([
      ["B2", "error", true],
      ["B3", "error", true],
    ]);
  });
});

checkTester(formulaCheck, {
  valid: [
    {
      name: "a SUM over its whole block",
      sheets: [
        sheet("Noter", [["Not 6. Fordringar"], ["", "2023-12-31"], ["Kundfordringar", 300_001], ["Moms", 243_817], ["Summa", f("SUM(B3:B4)", 543_818)]]),
      ],
    },
  ],
  invalid: [
    {
      name: "a SUM leaving out Upplupna intäkter",
      sheets: [
        sheet("Noter", [
          ["Not 6. Fordringar"],
          ["", "2023-12-31"],
          ["Kundfordringar", 300_001],
          ["Moms", 243_817],
          ["Upplupna intäkter", 3_172_701],
          ["Summa", f("SUM(B3:B4)", 543_818)],
        ]),
      ],
      findings: [
        {
          messageId: "rowLeftOut",
          severity: "warning",
          cells: ["B6", "B5"],
          expected: null,
          basis: "formula",
          message: {
            sv: 'Formeln i "Summa" (2023-12-31) tar inte med "Upplupna intäkter", som står i samma block.',
            en: 'The formula of "Summa" (2023-12-31) leaves out "Upplupna intäkter", which sits in the same block.',
          },
        },
      ],
    },
    {
      name: "an error value with its formula",
      sheets: [
        sheet("Noter", [
          ["Post", "2023"],
          ["Kvot", { value: null, formula: "B5/0", error: "#DIV/0!" }],
        ]),
      ],
      findings: [
        {
          messageId: "errorValueOfFormula",
          severity: "error",
          cells: ["B2"],
          message: { sv: "Cellen visar felvärdet #DIV/0! (formel =B5/0).", en: "The cell shows the error #DIV/0! (formula =B5/0)." },
        },
      ],
    },
  ],
});
