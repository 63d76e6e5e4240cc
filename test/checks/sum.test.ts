import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { sumCheck } from "../../src/checks/sum";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][], fmt?: string) {
  return runCheck(sumCheck, understandWorkbook(workbook(sheet("Budget", rows, fmt))), {});
}

/** Three cost lines and their total, in kr, with the total as given. */
function costs(total: number): Literal[][] {
  return [
    ["Budget 2024"],
    ["Belopp i kr"],
    ["Post", "Budget 2024", "Budget 2023"],
    ["Insatser", 1_000_000, 900_000],
    ["Kansli", 500_000, 450_000],
    ["Styrelse", 200_000, 150_000],
    ["Summa kostnader", total, 1_500_000],
  ];
}

describe("sum", () => {
  it("is silent when every total is the sum of its rows", () => {
    expect(run(costs(1_700_000))).toEqual([]);
  });

  it("reports a total that is off as an error with the difference (printed − rows) and the band", () => {
    const [finding, ...rest] = run(costs(1_700_100));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: "sum",
      severity: "error",
      sheet: "Budget",
      cells: ["B7"],
      expected: 1_700_000,
      actual: 1_700_100,
      difference: 100,
      tolerance: 2,
    });
    expect(finding.message.sv).toContain("Summa kostnader");
    expect(finding.message.en).toContain("Summa kostnader");
  });

  it("names the likely cause: a row left out, a row counted twice, a flipped sign", () => {
    expect(run(costs(1_500_000))[0].cause).toBe("row-omitted"); // 1 700 000 − Styrelse 200 000
    expect(run(costs(1_900_000))[0].cause).toBe("double-counted");
    expect(run(costs(1_300_000))[0].cause).toBe("sign-flipped"); // Styrelse subtracted: −2 × 200 000
  });

  it("whole kronor: a 2-kr gap is information (hidden öre), 3 kr with a band of 2 is an error", () => {
    // Band = (3 items + total) × 0,5 kr = 2 kr.
    const two = run(costs(1_700_002));
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ severity: "info", cause: "ore-rounding", difference: 2, tolerance: 2 });
    const three = run(costs(1_700_003));
    expect(three[0]).toMatchObject({ severity: "error", difference: 3 });
  });

  it("a table rounded to 0,1 tkr: a gap inside the band is no finding, just outside it is an error", () => {
    const rows = (total: number): Literal[][] => [
      ["Belopp i tkr"],
      ["Post", "Utfall 2023"],
      ["Insatser", 1_000.4],
      ["Kansli", 500.3],
      ["Styrelse", 200.3],
      ["Summa", total],
    ];
    // Items 1 701,0; band = 4 × 0,05 = 0,2 tkr.
    expect(run(rows(1_701.2), "#,##0.0")).toEqual([]);
    // One column is one witness: 0,3 beyond the band with no cause the figures show is an uncertain structure, not an error.
    const beyond = run(rows(1_701.3), "#,##0.0");
    expect(beyond).toHaveLength(1);
    expect(beyond[0]).toMatchObject({ severity: "warning", expected: 1_701, actual: 1_701.3, difference: 0.3, tolerance: 0.2, basis: "label" });
    // 1 710,0 against 1 701,0: the same digits, 9 apart — a diagnosis explains the one column, so it is an error.
    const transposed = run(rows(1_710), "#,##0.0");
    expect(transposed).toHaveLength(1);
    expect(transposed[0]).toMatchObject({ severity: "error", expected: 1_701, actual: 1_710, cause: "transposed-digits", basis: "label+arithmetic" });
  });

  it("a second column that adds up confirms the label: the failing column is an error", () => {
    const rows: Literal[][] = [
      ["Post", "Utfall 2023", "Utfall 2022"],
      ["Insatser", 4_120, 3_980],
      ["Kansli", 2_310, 2_205],
      ["Summa", 6_500, 6_185],
    ];
    const found = run(rows);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "error",
      cells: ["B4"],
      expected: 4_120 + 2_310,
      actual: 6_500,
      difference: 6_500 - (4_120 + 2_310),
      basis: "label+arithmetic",
    });
  });

  it("a total that fails in every column by unrelated amounts is a misread structure: one warning, no errors", () => {
    const rows: Literal[][] = [
      ["Post", "Utfall 2023", "Utfall 2022", "Budget 2023"],
      ["Insatser", 4_120, 3_980, 4_000],
      ["Kansli", 2_310, 2_205, 2_300],
      ["Summa", 7_013, 6_822, 7_450],
    ];
    const found = run(rows);
    expect(found.filter((x) => x.severity === "error")).toEqual([]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", cells: ["B4"], basis: "label" });
  });

  it('a line named "Summa …" that is one booked item, under a "Totalt" over the section totals and it, raises nothing', () => {
    const rows: Literal[][] = [
      ["Post", "Budget 2024", "Utfall 2024"],
      ["Insatser"],
      ["Projekt Vägen", 1_200_000, 1_150_400],
      ["Projekt Steget", 800_000, 812_300],
      ["Summa insatser", 2_000_000, 1_962_700],
      ["Kansli"],
      ["Personal", 950_000, 948_210],
      ["Lokaler", 150_000, 149_000],
      ["Summa kansli", 1_100_000, 1_097_210],
      ["Summa kansli och styrelse", 240_000, 236_850],
      ["Totalt", 2_000_000 + 1_100_000 + 240_000, 1_962_700 + 1_097_210 + 236_850],
    ];
    expect(run(rows)).toEqual([]);
    // And an error in the grand total is still found, on the right cell.
    rows[10] = ["Totalt", 3_340_000, 1_962_700 + 1_097_210 + 236_850 + 900];
    const found = run(rows);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", cells: ["C11"], difference: 900, basis: "label+arithmetic" });
  });

  it("follows the SUM formula when there is one, not the block", () => {
    const rows: Literal[][] = [
      ["Post", "Utfall 2023"],
      ["A", 100],
      ["B", 200],
      ["C", 300],
      ["Summa", f("SUM(B2:B3)", 300)],
    ];
    expect(run(rows)).toEqual([]);
  });

  it('checks a "…, varav" parent against its "* " children, and the total counts the parent only', () => {
    const rows = (parent: number): Literal[][] => [
      ["", "Budget 2022"],
      ["Intäkter"],
      ["Medlemsavgift staten", 3_465_000],
      ["Medlemsavgift kommunerna, varav", parent],
      ["* Sollentuna", 762_300],
      ["* Upplands Väsby", 467_775],
      ["* Sigtuna", 502_425],
      ["Summa intäkter", 3_465_000 + parent],
    ];
    expect(run(rows(1_732_500))).toEqual([]);
    const off = run(rows(1_732_600));
    expect(off.map((x) => [x.cells, x.difference])).toEqual([[["B4"], 100]]);
  });

  it('"Summa X" under the heading "X" covers the subtotals in between (balance sheet)', () => {
    const rows: Literal[][] = [
      ["Belopp i kr.", "2023-12-31"],
      ["Tillgångar"],
      ["Anläggningstillgångar"],
      ["Inventarier", 234_782],
      ["Summa anläggningstillgångar", 234_782],
      ["Omsättningstillgångar"],
      ["Fordringar", 4_971_262],
      ["Kassa och bank", 10_485_213],
      ["Summa omsättningstillgångar", 15_456_475],
      ["Summa tillgångar", 15_691_257],
    ];
    expect(run(rows)).toEqual([]);
  });

  it('leaves "Summa" inside a paragraph and total rows without figures alone', () => {
    const rows: Literal[][] = [
      ["Post", "Utfall 2023"],
      ["A", 100],
      ["B", 200],
      ["Summa", 300],
      [],
      ["Summa summarum blev året bra. Summan av insatserna var större än väntat, se not 3."],
    ];
    expect(run(rows)).toEqual([]);
  });
});

describe("sum skips what is not an amount", () => {
  it("percentages and head counts inside a block are neither added nor break the block", () => {
    const rows: Literal[][] = [
      ["Personal", "Utfall 2023", "Utfall 2022"],
      ["Löner", 4_200_000, 2_100_000],
      ["Antal anställda", { value: 17, numberFormat: "0" }, { value: 14, numberFormat: "0" }],
      ["Andel av kostnaderna", { value: 0.31, numberFormat: "0%" }, { value: 0.1, numberFormat: "0%" }],
      ["Sociala avgifter", 1_300_000, 650_000],
      ["Summa personal", 5_500_000, 2_750_000],
    ];
    expect(run(rows)).toEqual([]);
  });

  it("year rows start a new table instead of being added", () => {
    const rows: Literal[][] = [
      ["Post", "Budget 2023"],
      ["A", 100],
      ["Summa", 100],
      ["År", "2024"],
      ["B", 300],
      ["Summa", 300],
    ];
    expect(run(rows)).toEqual([]);
  });
});

const budget = (rows: Literal[][]) => [sheet("Budget", rows)];

checkTester(sumCheck, {
  valid: [{ name: "1 000 000 + 500 000 + 200 000 = 1 700 000", sheets: budget(costs(1_700_000)) }],
  invalid: [
    {
      // 1 500 000 = 1 700 000 − Styrelse 200 000; band (3 items + total) × 0,5 kr = 2 kr.
      name: "a total 200 000 short: Styrelse left out",
      sheets: budget(costs(1_500_000)),
      findings: [
        {
          messageId: "total",
          severity: "error",
          sheet: "Budget",
          cells: ["B7"],
          expected: 1_700_000,
          actual: 1_500_000,
          difference: -200_000,
          tolerance: 2,
          unit: "kr",
          cause: "row-omitted",
          basis: "label+arithmetic",
          message: {
            sv: 'Summan "Summa kostnader" (Budget 2024) är inte summan av raderna den omfattar (3 st). Trolig orsak: en rad saknas i summan. (förväntat 1 700 000, faktiskt 1 500 000, diff −200 000)',
            en: 'The total "Summa kostnader" (Budget 2024) is not the sum of the rows it covers (3). Likely cause: a row left out of the total. (expected 1,700,000, actual 1,500,000, difference -200,000)',
          },
        },
      ],
    },
    {
      name: "2 kr over: hidden öre, information",
      sheets: budget(costs(1_700_002)),
      findings: [{ messageId: "total", severity: "info", difference: 2, cause: "ore-rounding" }],
    },
  ],
});
