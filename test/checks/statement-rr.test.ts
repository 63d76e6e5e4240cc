import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { statementRrCheck } from "../../src/checks/statement-rr";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][], fmt?: string) {
  return runCheck(statementRrCheck, understandWorkbook(workbook(sheet("Resultaträkning", rows, fmt))), {});
}

/** 000's RR 2023 (shared/domain/000_tables.md T4), costs negative, with the given årets resultat. */
function rr(result: number): Literal[][] {
  return [
    ["Resultaträkning"],
    ["Belopp i kr.", "Not", "2023-01-01 -2023-12-31"],
    ["Verksamhetens intäkter", "2", 26_019_221],
    ["Verksamhetens kostnader", "3,4", -25_275_195],
    ["Avskrivningar", null, -67_115],
    ["Verksamhetens nettokostnad", null, 676_911],
    ["Finansiella intäkter", null, 230_063],
    ["Finansiella kostnader", null, -10_300],
    ["Resultat efter finansiella poster", null, 896_674],
    ["Extraordinära poster", null, 0],
    ["Årets resultat", null, result],
  ];
}

describe("statement-rr", () => {
  it("is silent on 000's income statement", () => {
    expect(run(rr(896_674))).toEqual([]);
  });

  it("reports an årets resultat that is not resultat efter finansiella poster + extraordinära", () => {
    expect(run(rr(896_764))).toEqual([
      expect.objectContaining({
        check: "statement-rr",
        severity: "error",
        cells: ["C11"],
        expected: 896_674,
        actual: 896_764,
        difference: 90,
        cause: "transposed-digits",
      }),
    ]);
  });

  it("whole kronor: 2 kr off is information, 3 kr off an error (band 1,5 kr)", () => {
    expect(run(rr(896_676))).toEqual([expect.objectContaining({ severity: "info", difference: 2, tolerance: 1.5 })]);
    // One column, no cause the figures show: the lines it sums are not established, so a warning (evidence before error).
    expect(run(rr(896_677))).toEqual([expect.objectContaining({ severity: "warning", difference: 3, basis: "label" })]);
  });

  it("a prior-year column that adds up confirms the result line: 3 kr off in the other column is an error", () => {
    const rows: Literal[][] = [
      ["Resultaträkning"],
      ["Belopp i kr", "2023", "2022"],
      ["Verksamhetens intäkter", 18_400_250, 17_902_118],
      ["Verksamhetens kostnader", -18_120_400, -17_455_020],
      ["Verksamhetens nettokostnad", 279_853, 447_098],
    ];
    expect(run(rows)).toEqual([
      expect.objectContaining({
        severity: "error",
        cells: ["B5"],
        expected: 18_400_250 - 18_120_400,
        difference: 279_853 - (18_400_250 - 18_120_400),
        basis: "label+arithmetic",
      }),
    ]);
  });

  it("costs printed positive are subtracted (5-årsöversikt: intäkter − kostnader = årets resultat)", () => {
    // shared/domain/000_tables.md T1; 2021 prints 264 479 where intäkter − kostnader = 264 497.
    const rows: Literal[][] = [
      ["Verksamhetens ekonomi i jämförelse med tidigare år"],
      ["Förutsättningar", "2022", "2021", "2020"],
      ["Verksamhetens intäkter", 31_379_624, 35_980_191, 34_028_857],
      ["Verksamhetens kostnader", 30_129_577, 35_715_694, 36_914_330],
      ["Årets resultat", 1_250_047, 264_479, -2_885_473],
    ];
    const findings = runCheck(statementRrCheck, understandWorkbook(workbook(sheet("5-år", rows))), {});
    expect(findings).toEqual([expect.objectContaining({ cells: ["C5"], expected: 264_497, actual: 264_479, difference: -18, cause: "transposed-digits" })]);
  });

  it("mnkr to one decimal: within the band nothing, beyond it (one column, no cause) a warning", () => {
    const rows = (result: number): Literal[][] => [
      ["Belopp i mnkr"],
      ["", "2023"],
      ["Verksamhetens intäkter", 26.0],
      ["Verksamhetens kostnader", -25.3],
      ["Verksamhetens nettokostnad", result],
    ];
    // 26,0 − 25,3 = 0,7; band 3 × 0,05 = 0,15.
    expect(run(rows(0.8), "#,##0.0")).toEqual([]);
    expect(run(rows(0.9), "#,##0.0")).toEqual([expect.objectContaining({ severity: "warning", tolerance: 0.15, basis: "label" })]);
  });
});

describe("statement-rr on a K3-style income statement with subtotals", () => {
  /** 000's 2023 RR figures regrouped the way a K3 report prints them (costs negative, Summa lines). */
  function k3(result: number): Literal[][] {
    return [
      ["Resultaträkning"],
      ["Belopp i kr", "2023"],
      ["Rörelsens intäkter"],
      ["Medlemsavgifter", 16_278_000],
      ["Övriga bidrag", 9_741_221],
      ["Summa rörelsens intäkter", 26_019_221],
      ["Rörelsens kostnader"],
      ["Övriga externa kostnader", -19_148_422],
      ["Personalkostnader", -6_126_773],
      ["Avskrivningar", -67_115],
      ["Summa rörelsens kostnader", -25_342_310],
      ["Rörelseresultat", 676_911],
      ["Resultat från finansiella poster"],
      ["Ränteintäkter", 230_063],
      ["Räntekostnader", -10_300],
      ["Summa finansiella poster", 219_763],
      ["Resultat efter finansiella poster", result],
      ["Årets resultat", result],
    ];
  }

  it("is silent when rörelseresultat and resultat efter finansiella poster add up", () => {
    expect(run(k3(896_674))).toEqual([]);
  });

  it("reports resultat efter finansiella poster that is not rörelseresultat + finansiella poster", () => {
    expect(run(k3(896_774)).map((f) => [f.cells[0], f.expected, f.difference])).toEqual([["B17", 896_674, 100]]);
  });
});

checkTester(statementRrCheck, {
  valid: [{ name: "000's income statement", sheets: [sheet("Resultaträkning", rr(896_674))] }],
  invalid: [
    {
      // 896 674 + 0 = 896 674 printed as 896 764: the same digits, 90 apart (divisible by 9). Band 3 × 0,5 = 1,5.
      name: "årets resultat with two digits swapped",
      sheets: [sheet("Resultaträkning", rr(896_764))],
      findings: [
        {
          messageId: "result",
          severity: "error",
          cells: ["C11"],
          expected: 896_674,
          actual: 896_764,
          difference: 90,
          tolerance: 1.5,
          cause: "transposed-digits",
          unit: "kr",
        },
      ],
    },
  ],
});
