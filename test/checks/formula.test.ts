import { runCheck } from "../../src/checks/support/run-check";
import { formulaCheck } from "../../src/checks/formula";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][]) {
  return runCheck(formulaCheck, understandWorkbook(workbook(sheet("Noter", rows))), {});
}

describe("formula", () => {
  it("is silent when totals are formulas over their whole block", () => {
    expect(
      run([
        ["Not 6. Fordringar"],
        ["", "2023-12-31"],
        ["Kundfordringar", 300_001],
        ["Moms", 243_817],
        ["Summa", f("SUM(B3:B4)", 543_818)],
      ]),
    ).toEqual([]);
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
