import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { equityRollforwardCheck } from "../../src/checks/equity-rollforward";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, n, sheet, workbook, type Literal } from "./grid-literal";

function run(...sheets: ReturnType<typeof sheet>[]) {
  return runCheck(equityRollforwardCheck, understandWorkbook(workbook(...sheets)), {});
}

/** 000's 5-årsöversikt (shared/domain/000_tables.md T1), equity 2021 as given. */
function fiveYear(ek2021: number) {
  return sheet("5-årsöversikt", [
    ["Verksamhetens ekonomi i jämförelse med tidigare år"],
    ["Förutsättningar", "2021", "2020"],
    ["Årets resultat", 264_497, -2_885_473],
    ["Eget kapital", ek2021, 2_487_686],
  ]);
}

describe("equity-rollforward", () => {
  it("is silent when each year's equity is the year before plus the result", () => {
    expect(run(fiveYear(2_752_183))).toEqual([]);
  });

  it("reports a year whose equity does not roll forward (2021: 2 487 686 + 264 497)", () => {
    expect(run(fiveYear(2_752_202))).toEqual([
      expect.objectContaining({
        check: "equity-rollforward",
        severity: "error",
        cells: ["B4", "C4", "B3"],
        expected: 2_752_183,
        actual: 2_752_202,
        difference: 19,
      }),
    ]);
  });

  it("whole kronor: 2 kr is information, 3 kr an error (band 1,5)", () => {
    expect(run(fiveYear(2_752_185))).toEqual([expect.objectContaining({ cells: ["B4", "C4", "B3"], severity: "info", difference: 2 })]);
    expect(run(fiveYear(2_752_186))).toEqual([expect.objectContaining({ severity: "error", difference: 3 })]);
  });

  it("a budget's balanserat resultat: closing = opening + result, and next year's opening = this year's closing (prognos before budget)", () => {
    // shared/domain/002_tables.md T3, bottom block.
    const rows = (open2023: number): Literal[][] => [
      ["", "Budget", "Prognos", "Budget", "Budget"],
      ["", "2021", "2021", "2022", "2023"],
      ["Balanserat resultat årets början", 1_892_650, 1_892_650, 2_382_650, open2023],
      ["Årets resultat", -1_560_000, 490_000, -2_059_000, 16_220],
      ["Balanserat resultat årets slut", f("B3+B4", 332_650), f("C3+C4", 2_382_650), f("D3+D4", 323_650), f("E3+E4", open2023 + 16_220)],
    ];
    expect(run(sheet("Budget", rows(323_650)))).toEqual([]);
    expect(run(sheet("Budget", rows(323_750)))).toEqual([
      expect.objectContaining({ cells: ["E3", "D5"], expected: 323_650, actual: 323_750, difference: 100, severity: "error" }),
    ]);
  });

  it("a balance sheet's opening equity is the year before's equity, found in another sheet", () => {
    const br = (other: number) =>
      sheet("Balansräkning", [
        ["Belopp i kr.", "2023-12-31", "2022-12-31"],
        ["Eget kapital"],
        ["Årets resultat", 896_674, 1_250_047],
        ["Övrigt eget kapital", 4_002_230, other],
        ["Summa eget kapital", 4_898_904, 4_002_230],
      ]);
    const fy = sheet("5-år", [
      ["Förutsättningar", "2021"],
      ["Eget kapital", 2_752_183],
      ["Soliditet", { value: 0.25, numberFormat: "0%" }],
    ]);
    expect(run(br(2_752_183), fy)).toEqual([]);
    expect(run(br(2_752_083), fy)).toEqual([expect.objectContaining({ cells: ["C4", "'5-år'!B2"], expected: 2_752_183, actual: 2_752_083, difference: -100 })]);
  });
});

describe("equity-rollforward with more parts of equity than övrigt eget kapital + årets resultat", () => {
  /** A BR whose equity also holds a reserve: opening equity is equity − årets resultat. */
  function br(reserve2023: number) {
    return sheet("Balansräkning", [
      ["Balansräkning"],
      ["Belopp i kr", "2023-12-31", "2022-12-31"],
      ["Eget kapital"],
      ["Förbundsreserv", reserve2023, 1_750_000],
      ["Balanserat resultat", 4_002_230 - reserve2023, 2_752_183 - 1_750_000],
      ["Årets resultat", 896_674, 1_250_047],
      ["Summa eget kapital", 4_898_904, 4_002_230],
    ]);
  }

  it("is silent when equity − årets resultat is last year's equity, however it is split (a reserve moved)", () => {
    expect(run(br(2_227_000))).toEqual([]);
  });

  it("reports a year whose equity does not roll forward", () => {
    const s = br(2_227_000);
    s.rows[6][1] = { value: 4_899_004, numberFormat: "#,##0" };
    expect(run(s)).toEqual([
      expect.objectContaining({ check: "equity-rollforward", cells: ["B7", "B6", "C7"], expected: 4_002_230 + 896_674, difference: 100 }),
    ]);
  });
});

describe("equity-rollforward in a budget in tkr with one decimal: a repeated result carries its lines' rounding", () => {
  // Invented. Each line is rounded on its own; the result is their SUM, repeated in the roll-forward block, so last
  // year's closing (a SUM of the rounded opening and result) may differ from this year's opening by up to
  // 0,05 (opening) + 0,05 (its opening) + 6 × 0,05 (the result's lines) = 0,4 tkr and both be right.
  const rows = (opening2025: number): Literal[][] => [
    ["Budget"],
    ["Belopp i tkr", "Budget 2025", "Budget 2024"],
    ["Medlemsavgifter", n(9_800.0, "#,##0.0"), n(9_400.0, "#,##0.0")],
    ["Bidrag", n(410.4, "#,##0.0"), n(395.3, "#,##0.0")],
    ["Personal", n(-4_120.3, "#,##0.0"), n(-3_980.4, "#,##0.0")],
    ["Insatser", n(-4_930.2, "#,##0.0"), n(-4_700.3, "#,##0.0")],
    ["Lokaler", n(-640.4, "#,##0.0"), n(-610.2, "#,##0.0")],
    ["Övrigt", n(-300.3, "#,##0.0"), n(-290.4, "#,##0.0")],
    ["Årets resultat", f("SUM(B3:B8)", 219.2, "#,##0.0"), f("SUM(C3:C8)", 214.0, "#,##0.0")],
    [],
    ["Balanserat resultat årets början", n(opening2025, "#,##0.0"), n(1_511.2, "#,##0.0")],
    ["Årets resultat", n(219.2, "#,##0.0"), n(214.0, "#,##0.0")],
    ["Balanserat resultat årets slut", f("B11+B12", opening2025 + 219.2, "#,##0.0"), f("C11+C12", 1_725.2, "#,##0.0")],
  ];
  const run = (opening2025: number) => runCheck(equityRollforwardCheck, understandWorkbook(workbook(sheet("Budget", rows(opening2025)))), {});

  it("0,3 tkr between last year's closing (1 725,2) and this year's opening is rounding", () => {
    expect(run(1_725.5)).toEqual([]);
  });

  it("0,8 tkr is beyond it: an error", () => {
    expect(run(1_726.0)).toEqual([expect.objectContaining({ severity: "error", cells: expect.arrayContaining(["B11"]) })]);
  });
});

checkTester(equityRollforwardCheck, {
  valid: [{ name: "2 487 686 + 264 497 = 2 752 183", sheets: [fiveYear(2_752_183)] }],
  invalid: [
    {
      // 2 752 202 − 2 752 183 = 19; band 3 × 0,5 = 1,5; no other pair of years confirms the lines.
      name: "equity 2021 19 kr over",
      sheets: [fiveYear(2_752_202)],
      findings: [
        {
          messageId: "yearByYear",
          severity: "error",
          cells: ["B4", "C4", "B3"],
          expected: 2_752_183,
          actual: 2_752_202,
          difference: 19,
          tolerance: 1.5,
          basis: "cross-reference",
          message: { sv: "Eget kapital 2021 är inte eget kapital 2020 plus årets resultat 2021. (förväntat 2 752 183, faktiskt 2 752 202, diff 19)" },
        },
      ],
    },
  ],
});
