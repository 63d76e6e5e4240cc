/** Formulas the file holds no result for are counted per sheet, as one warning each. */
import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { uncalculatedFormulaCheck } from "../../src/checks/uncalculated-formula";
import type { Cell } from "../../src/model/grid";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook, type Literal } from "./grid-literal";

const never = (formula: string): Cell => ({ value: null, formula });
const run = (...sheets: ReturnType<typeof sheet>[]) => runCheck(uncalculatedFormulaCheck, understandWorkbook(workbook(...sheets)), {});

it("is silent when every formula has its result, an error or an empty text", () => {
  const rows: Literal[][] = [
    ["Post", "Budget 2024"],
    ["Kansli", 100],
    ["Summa", f("SUM(B2:B2)", 100)],
    ["Kvot", { value: null, formula: "1/0", error: "#DIV/0!" }],
    ["Tom", { value: "", formula: 'IF(B2>5,"","x")' }],
  ];
  expect(run(sheet("Budget", rows))).toEqual([]);
});

it("reports one warning per sheet with the count of formulas without a value, naming the first cells", () => {
  const a: Literal[][] = [
    ["Post", "Budget 2024", "Utfall 2024"],
    ["Kansli", 100, 90],
    ["Insatser", 200, 210],
    ["Summa", never("SUM(B2:B3)"), never("SUM(C2:C3)")],
  ];
  const b: Literal[][] = [
    ["Post", "2024"],
    ["Summa", never("SUM(B1:B1)")],
  ];
  const many: Literal[][] = Array.from({ length: 12 }, (_, i) => [`Rad ${i + 1}`, never(`A${i + 1}*2`)]);
  const findings = run(sheet("Budget", a), sheet("Not 1", b), sheet("Ren", [["Post", 1]]), sheet("Många", many));
  expect(findings.map((x) => [x.sheet, x.severity, x.cells])).toEqual([
    ["Budget", "warning", ["B4", "C4"]],
    ["Not 1", "warning", ["B2"]],
    ["Många", "warning", Array.from({ length: 10 }, (_, i) => `B${i + 1}`)],
  ]);
  expect(findings[0].message.sv).toMatch(/^2 formler saknar beräknat värde — öppna och spara filen i Excel/);
  expect(findings[0].message.en).toMatch(/^2 formulas have no calculated value — open and save the file in Excel/);
  expect(findings[1].message.sv).toMatch(/^1 formel saknar beräknat värde/);
  expect(findings[2].message.sv).toMatch(/^12 formler saknar/);
});

checkTester(uncalculatedFormulaCheck, {
  valid: [
    {
      name: "every formula calculated",
      sheets: [
        sheet("Budget", [
          ["Post", "Budget 2024"],
          ["Kansli", 100],
          ["Summa", f("SUM(B2:B2)", 100)],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "two totals never calculated, and one",
      sheets: [
        sheet("Budget", [
          ["Post", "Budget 2024", "Utfall 2024"],
          ["Kansli", 100, 90],
          ["Insatser", 200, 210],
          ["Summa", never("SUM(B2:B3)"), never("SUM(C2:C3)")],
        ]),
        sheet("Not 1", [
          ["Post", "2024"],
          ["Summa", never("SUM(B1:B1)")],
        ]),
      ],
      findings: [
        { messageId: "many", severity: "warning", sheet: "Budget", cells: ["B4", "C4"], basis: "formula" },
        { messageId: "one", severity: "warning", sheet: "Not 1", cells: ["B2"] },
      ],
    },
  ],
});
