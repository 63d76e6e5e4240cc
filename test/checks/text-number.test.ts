import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { sumCheck } from "../../src/checks/sum";
import { textNumberCheck } from "../../src/checks/text-number";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook } from "./grid-literal";

describe("text-number", () => {
  const grid = sheet("Budget och utfall", [
    ["Insatser", "Budget 2023", "Utfall 2023"],
    ["Resursråden", "1 393 712", 1_227_385],
    ["Stöd till målgrupperna", 6_715_054, "4\u00a0471\u00a0771"],
    ["ASF", "\u2212750 000", "(535 502)"],
    ["Summa insatser", f("SUM(B2:B4)", 6_715_054), f("SUM(C2:C4)", 1_227_385)],
    ["Not: 1 393 712 kr avser helår."],
  ]);
  const u = understandWorkbook(workbook(grid));

  it("reports every number stored as text in a figure cell, with its value: spaces, no-break spaces, U+2212, parentheses — an error among real numbers", () => {
    const found = runCheck(textNumberCheck, u, {});
    expect(found.map((x) => [x.cells[0], x.actual, x.severity])).toEqual([
      ["B2", 1_393_712, "error"],
      ["C3", 4_471_771, "error"],
      ["B4", -750_000, "error"],
      ["C4", -535_502, "error"],
    ]);
  });

  it("a column where every figure is text is a warning: nothing shows which cells are meant as numbers", () => {
    const allText = sheet("Budget", [
      ["Post", "Budget 2024"],
      ["Lokaler", "240 000"],
      ["Personal", "1 120 000"],
      ["Summa", "1 360 000"],
    ]);
    const found = runCheck(textNumberCheck, understandWorkbook(workbook(allText)), {});
    expect(found.map((x) => [x.cells[0], x.severity])).toEqual([
      ["B2", "warning"],
      ["B3", "warning"],
      ["B4", "warning"],
    ]);
  });

  it("is silent on real numbers, years in headers and numbers inside prose", () => {
    const clean = sheet("RR", [["Post", "2023"], ["Intäkter", 1_393_712], ["Intäkterna 2023 var 1 393 712 kr enligt not 2, vilket är mer än budget."]]);
    expect(runCheck(textNumberCheck, understandWorkbook(workbook(clean)), {})).toEqual([]);
  });

  it("the SUM that dropped them does not foot, and sum names the text number as the cause", () => {
    const found = runCheck(sumCheck, u, {});
    expect(found.map((x) => [x.cells[0], x.cause])).toEqual([
      ["B5", "text-number"],
      ["C5", "text-number"],
    ]);
  });
});

describe("text-number leaves percentages written as text alone", () => {
  it("a staffing table typed as text (002 T1: 100%, 25 %) is not reported", () => {
    const staff = sheet("Personal", [
      ["Roll", "Omfattning"],
      ["Delprojektledare", "100%"],
      ["SUVS Administratör", "25 %"],
    ]);
    expect(runCheck(textNumberCheck, understandWorkbook(workbook(staff)), {})).toEqual([]);
  });
});

checkTester(textNumberCheck, {
  valid: [
    {
      name: "numbers stored as numbers",
      sheets: [
        sheet("Budget", [
          ["Post", "Budget 2024"],
          ["Kansli", 1_393_712],
          ["Insatser", 100],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "1 393 712 typed as text among numbers",
      sheets: [
        sheet("Budget", [
          ["Post", "Budget 2024"],
          ["Kansli", "1 393 712"],
          ["Insatser", 100],
          ["Styrelse", 200],
        ]),
      ],
      findings: [
        {
          messageId: "storedAsText",
          severity: "error",
          cells: ["B2"],
          actual: 1_393_712,
          cause: "text-number",
          basis: "cell",
          message: {
            sv: '"1 393 712" är lagrat som text, inte som tal (1 393 712): det räknas inte med i summor.',
            en: '"1 393 712" is stored as text, not as a number (1,393,712): sums leave it out.',
          },
        },
      ],
    },
  ],
});
