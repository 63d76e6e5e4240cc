/**
 * Figures the engine cannot judge exactly (10^15 or more in magnitude, or not finite) are
 * counted per sheet as one warning and left out of the other checks: no finding carries
 * Infinity or NaN, no message prints them. Just below the bound, figures are judged.
 */
import { runCheck } from "../../src/checks/support/run-check";
import { tooLargeFigureCheck } from "../../src/checks/too-large-figure";
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { checkTester } from "../support/check-tester";
import { f, sheet, workbook, type Literal } from "./grid-literal";

const run = (...sheets: ReturnType<typeof sheet>[]) => runCheck(tooLargeFigureCheck, understandWorkbook(workbook(...sheets)), {});

const huge: Literal[][] = [
  ["Post", "Budget 2024", "Budget 2023"],
  ["Intäkter", 1e308, 1e15],
  ["Kostnader", -1e308, -999_999_999_999_999],
  ["Summa", f("SUM(B2:B3)", 0), f("SUM(C2:C3)", 1)],
];

it("one warning per sheet with the count, naming the cells; 10^15 counts, 10^15 − 1 does not", () => {
  const text: Literal[][] = [
    ["Post", "2024"],
    ["Bidrag", "1 000 000 000 000 000 kr"],
    ["Övrigt", "999 999 999 999 999"],
    ["Fel", Number.NaN],
    ["Mer", Number.POSITIVE_INFINITY],
  ];
  const findings = run(
    sheet("Budget", huge),
    sheet("Ren", [
      ["Post", "2024"],
      ["Kansli", 100],
    ]),
    sheet("Text", text),
  );
  expect(findings.map((x) => [x.sheet, x.severity, x.cells])).toEqual([
    ["Budget", "warning", ["B2", "C2", "B3"]],
    ["Text", "warning", ["B2", "B4", "B5"]],
  ]);
  expect(findings[0].message.sv).toMatch(/^3 tal är för stora för att kontrolleras exakt \(10\^15 eller mer till beloppet\)/);
  expect(findings[0].message.en).toMatch(/^3 figures are too large to check exactly \(10\^15 or more in magnitude\)/);
  expect(
    run(
      sheet("Ett", [
        ["Post", "2024"],
        ["A", -2e15],
      ]),
    )[0].message.en,
  ).toMatch(/^1 figure is too large/);
});

it("the engine sums none of them: no Infinity or NaN in any finding or message", () => {
  const findings = validateWorkbook(workbook(sheet("Budget", huge)));
  for (const x of findings) {
    for (const v of [x.expected, x.actual, x.difference, x.tolerance]) expect(v === null || Number.isFinite(v)).toBe(true);
    expect(`${x.message.sv} ${x.message.en}`).not.toMatch(/Infinity|NaN/);
  }
  expect(findings.filter((x) => x.check === "too-large-figure")).toHaveLength(1);
  // Neither column is judged: B's lines overflow a float sum (1e308 − 1e308 is 0 in Excel), and C4 = 1 is
  // right only with C2 = 10^15 counted — left out, it would read as a row missing from the total.
  expect(findings.filter((x) => x.check !== "too-large-figure")).toEqual([]);
});

it("figures just below the bound are summed and judged exactly", () => {
  const near: Literal[][] = [
    ["Post", "Budget 2024"],
    ["Intäkter", 999_999_999_999_000],
    ["Kostnader", -1_000],
    ["Summa", f("SUM(B2:B3)", 999_999_999_988_000)],
  ];
  const findings = validateWorkbook(workbook(sheet("Budget", near)));
  expect(findings.filter((x) => x.check === "too-large-figure")).toEqual([]);
  // 999 999 999 999 000 − 1 000 = 999 999 999 998 000: the stored total is 10 000 short.
  const sum = findings.filter((x) => x.check === "sum" || x.check === "formula");
  expect(sum.map((x) => [x.severity, x.cells[0], x.expected, x.actual])).toContainEqual(["error", "B4", 999_999_999_998_000, 999_999_999_988_000]);
});

checkTester(tooLargeFigureCheck, {
  valid: [
    {
      name: "figures just under 10^15",
      sheets: [
        sheet("Budget", [
          ["Post", "Budget 2024"],
          ["Intäkter", 999_999_999_999_999],
          ["Kostnader", -1],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: "three too large on one sheet, one on another",
      sheets: [
        sheet("Budget", huge),
        sheet("Ett", [
          ["Post", "2024"],
          ["A", -2e15],
        ]),
      ],
      findings: [
        { messageId: "many", severity: "warning", sheet: "Budget", cells: ["B2", "C2", "B3"], basis: "cell" },
        { messageId: "one", severity: "warning", sheet: "Ett", cells: ["B2"] },
      ],
    },
  ],
});
