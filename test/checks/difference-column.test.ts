import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { differenceColumnCheck } from "../../src/checks/difference-column";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][], fmt?: string) {
  return runCheck(differenceColumnCheck, understandWorkbook(workbook(sheet("Budget och utfall", rows, fmt))), {});
}

/** 000's budget/utfall rows (shared/domain/000_tables.md T3), Differens as given for the last row. */
function budgetUtfall(lastDiff: number): Literal[][] {
  return [
    ["Insatser", "Budget 2023", "Utfall 2023", "Differens"],
    ["Resursråden", 1_393_712, 1_227_385, 166_327],
    ["Stöd till målgrupperna", 6_715_054, 4_471_771, 2_243_283],
    ["ASF", 750_000, 535_502, 214_498],
    ["Satsa", 0, 2_073_888, -2_073_888],
    ["Kansli", 6_959_733, 7_555_465, lastDiff],
  ];
}

describe("difference-column", () => {
  it("infers Budget − Utfall from the majority and is silent when every row follows it", () => {
    expect(run(budgetUtfall(-595_732))).toEqual([]);
  });

  it("reports a row that follows the opposite convention, as a flipped sign", () => {
    const [finding, ...rest] = run(budgetUtfall(595_732));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: "difference-column",
      severity: "error",
      cells: ["D6"],
      expected: -595_732,
      actual: 595_732,
      difference: 1_191_464,
      cause: "sign-flipped",
    });
  });

  it("reports a row that fits no convention", () => {
    const [finding] = run(budgetUtfall(-595_000));
    expect(finding).toMatchObject({ severity: "error", expected: -595_732, actual: -595_000, difference: 732 });
    expect(finding.message.en).toContain("fits neither");
  });

  it("takes the convention from a header naming two years (År 2024 − År 2023), whatever the majority", () => {
    const rows: Literal[][] = [
      ["Post", "År 2023", "År 2024", "Skillnad (År 2024 - År 2023)"],
      ["Resursråden", 1_393_712, 1_991_000, 597_288],
      ["Kansli", 6_967_733, 7_366_215, 398_482],
    ];
    expect(run(rows)).toEqual([]);
    rows[2][3] = -398_482;
    expect(run(rows).map((x) => [x.cells, x.cause])).toEqual([[["D3"], "sign-flipped"]]);
  });

  it("whole kronor: a 2-kr gap is information, 3 kr is an error (band 1,5 kr, öre allowance 2 kr)", () => {
    const two = run(budgetUtfall(-595_730));
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ severity: "info", difference: 2, tolerance: 1.5, cause: "ore-rounding" });
    expect(run(budgetUtfall(-595_729))[0]).toMatchObject({ severity: "error", difference: 3 });
  });

  it("tkr to one decimal: within the band (0,15) nothing, beyond it an error", () => {
    const rows = (d: number): Literal[][] => [
      ["Belopp i tkr"],
      ["Post", "Budget 2023", "Utfall 2023", "Avvikelse"],
      ["Insatser", 1_393.7, 1_227.4, 166.3],
      ["Kansli", 6_959.7, 7_555.5, d],
      ["Styrelse", 170.0, 169.1, 0.9],
    ];
    expect(run(rows(-595.9), "#,##0.0")).toEqual([]); // −595,8 − 0,1
    expect(run(rows(-596.0), "#,##0.0")[0]).toMatchObject({ severity: "error", tolerance: 0.15 });
  });

  it("treats an empty operand cell as 0, as the printed table does", () => {
    const rows: Literal[][] = [
      ["Post", "År 2024", "År 2023", "Skillnad (År 2024 - År 2023)"],
      ["Gemensamma aktiviteter med andra förbund", null, 60_000, -60_000],
      ["GDPR", 100_000, 80_000, 20_000],
    ];
    expect(run(rows)).toEqual([]);
  });

  it("a header convention that most rows follow in neither order is a misread of the operands: one warning, no errors", () => {
    // Avvikelse is stated as Budget − Utfall, but the figures relate columns the table does not show.
    const rows: Literal[][] = [
      ["Post", "Budget 2024", "Utfall 2024", "Avvikelse budget − utfall"],
      ["Insatser", 4_200_000, 3_950_500, 120_400],
      ["Kansli", 2_100_000, 2_080_250, -43_000],
      ["Styrelse", 180_000, 171_300, 5_900],
      ["Lokaler", 240_000, 240_000, 0],
    ];
    const found = run(rows);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", cells: ["D1"], basis: "label" });
    expect(found[0].message.sv).toContain("3 av 4 rader");
  });

  it('a header naming one year twice ("Differens (Utfall 2019 − Budget 2019)") takes its order from the bases', () => {
    const rows = (lastDiff: number): Literal[][] => [
      ["Post", "Budget 2019", "Utfall 2019", "Differens (Utfall 2019 − Budget 2019)"],
      ["Insatser", 5_700_000, 5_212_900, -487_100],
      ["Kansli", 2_831_200, 2_872_800, 41_600],
      ["Lokaler", 410_000, 398_500, lastDiff],
    ];
    expect(run(rows(-11_500))).toEqual([]);
    expect(run(rows(11_500))).toEqual([expect.objectContaining({ severity: "error", cells: ["D4"], expected: -11_500, cause: "sign-flipped" })]);
  });
});

checkTester(differenceColumnCheck, {
  valid: [{ name: "every row Budget − Utfall", sheets: [sheet("Budget och utfall", budgetUtfall(-595_732))] }],
  invalid: [
    {
      // Kansli: 6 959 733 − 7 555 465 = −595 732; printed +595 732 is Utfall − Budget. Band 3 × 0,5 = 1,5.
      name: "Kansli follows the opposite convention",
      sheets: [sheet("Budget och utfall", budgetUtfall(595_732))],
      findings: [
        {
          messageId: "opposite",
          severity: "error",
          cells: ["D6"],
          expected: -595_732,
          actual: 595_732,
          difference: 1_191_464,
          tolerance: 1.5,
          cause: "sign-flipped",
          message: {
            sv: 'Differens på "Kansli" följer omvänd konvention mot resten av kolumnen (Budget 2023 − Utfall 2023). Trolig orsak: omvänt tecken. (förväntat −595 732, faktiskt 595 732, diff 1 191 464)',
          },
        },
      ],
    },
    {
      name: "Kansli fits no convention (732 off)",
      sheets: [sheet("Budget och utfall", budgetUtfall(-595_000))],
      findings: [{ messageId: "neither", severity: "error", difference: 732 }],
    },
  ],
});

describe("difference-column: a cause only when it explains the difference (issue 13)", () => {
  // Budget − Utfall for Kansli: 6 959 733 − 7 555 465 = −595 732.
  it("a figure that is Budget + Utfall names the operand whose sign is turned, not a bare 'omvänt tecken'", () => {
    // 6 959 733 + 7 555 465 = 14 515 198: the difference is 15 110 930 = 2 × Utfall.
    const [finding, ...rest] = run(budgetUtfall(14_515_198));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "error", cells: ["D6"], expected: -595_732, actual: 14_515_198, difference: 15_110_930, cause: "sign-flipped" });
    expect(finding.message.sv).toBe(
      'Differens på "Kansli" följer varken kolumnens konvention (Budget 2023 − Utfall 2023) eller den omvända, men stämmer om tecknet på Utfall 2023 vänds. Trolig orsak: omvänt tecken på Utfall 2023. (förväntat −595 732, faktiskt 14 515 198, diff 15 110 930)',
    );
    expect(finding.message.en).toBe(
      'Differens on "Kansli" fits neither the column\'s convention (Budget 2023 − Utfall 2023) nor the opposite, but does when the sign of Utfall 2023 is turned. Likely cause: the sign of Utfall 2023 flipped. (expected -595,732, actual 14,515,198, difference 15,110,930)',
    );
  });

  it("a gap of twice an operand the other way round is no flipped sign: no cause is named", () => {
    // −595 732 − 2 × 7 555 465 = −15 706 662: turning a sign would give +14 515 198 or −14 515 198, not this.
    const [finding] = run(budgetUtfall(-15_706_662));
    expect(finding).toMatchObject({ severity: "error", difference: -15_110_930, cause: null });
    expect(finding.message.sv).toBe(
      'Differens på "Kansli" följer varken kolumnens konvention (Budget 2023 − Utfall 2023) eller den omvända. (förväntat −595 732, faktiskt −15 706 662, diff −15 110 930)',
    );
    expect(finding.message.sv).not.toContain("Trolig orsak");
    expect(finding.message.en).not.toContain("Likely cause");
  });
});
