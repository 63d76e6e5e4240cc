import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { statementBrCheck } from "../../src/checks/statement-br";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook, type Literal } from "./grid-literal";

/** 000's BR 2023 (shared/domain/000_tables.md T5) with the given grand total of the claims side. */
function br(claims: number): Literal[][] {
  return [
    ["Balansräkning"],
    ["Belopp i kr.", "Not", "2023-12-31"],
    ["Tillgångar"],
    ["Maskiner och inventarier", "5", 234_782],
    ["Fordringar", "6", 4_971_262],
    ["Kassa och bank", null, 10_485_213],
    ["Summa tillgångar", null, 15_691_257],
    ["Eget kapital, avsättningar och skulder"],
    ["Eget kapital", null, 4_898_905],
    ["Kortfristiga skulder", "7", 10_792_352],
    ["Summa eget kapital, avsättningar och skulder", null, claims],
  ];
}

function run(rows: Literal[][]) {
  return runCheck(statementBrCheck, understandWorkbook(workbook(sheet("Balansräkning", rows))), {});
}

describe("statement-br", () => {
  it("is silent when the balance sheet balances", () => {
    expect(run(br(15_691_257))).toEqual([]);
  });

  it("reports a balance sheet that does not balance", () => {
    expect(run(br(15_691_357))).toEqual([
      expect.objectContaining({ check: "statement-br", severity: "error", cells: ["C11", "C7"], expected: 15_691_257, actual: 15_691_357, difference: 100 }),
    ]);
  });

  it("whole kronor: 2 kr is information, 3 kr an error", () => {
    expect(run(br(15_691_259))).toEqual([expect.objectContaining({ severity: "info", difference: 2 })]);
    expect(run(br(15_691_260))).toEqual([expect.objectContaining({ severity: "error", difference: 3 })]);
  });
});

describe("statement-br in whole tkr: totals of rounded lines carry their lines' rounding", () => {
  // Invented, in whole tkr with SUM totals: each line rounded on its own, so the two sides may differ by
  // up to (3 + 4) × 0,5 = 3,5 tkr and both be right.
  const rows = (debts: number): Literal[][] => [
    ["Balansräkning"],
    ["Belopp i tkr", "2024-12-31"],
    ["Inventarier", 139],
    ["Kortfristiga fordringar", 1_907],
    ["Kassa och bank", 1_559],
    ["Summa tillgångar", f("SUM(B3:B5)", 3_605)],
    ["Eget kapital", 2_056],
    ["Årets resultat", 17],
    ["Leverantörsskulder", 505],
    ["Övriga kortfristiga skulder", debts],
    ["Summa eget kapital och skulder", f("SUM(B7:B10)", 2_056 + 17 + 505 + debts)],
  ];

  it("2 tkr apart is rounding, not an error", () => {
    expect(runCheck(statementBrCheck, understandWorkbook(workbook(sheet("BR", rows(1_025)))), {})).toEqual([]);
  });

  it("5 tkr apart is beyond every rounding the lines allow: an error with the band of both sides' lines", () => {
    expect(runCheck(statementBrCheck, understandWorkbook(workbook(sheet("BR", rows(1_032)))), {})).toEqual([
      expect.objectContaining({ severity: "error", expected: 3_605, actual: 3_610, difference: 5, tolerance: 3.5 }),
    ]);
  });
});

checkTester(statementBrCheck, {
  valid: [{ name: "000's BR 2023 balances", sheets: [sheet("Balansräkning", br(15_691_257))] }],
  invalid: [
    {
      // 15 691 357 − 15 691 257 = 100 kr; band 2 × 0,5 = 1.
      name: "the claims side 100 kr over",
      sheets: [sheet("Balansräkning", br(15_691_357))],
      findings: [
        {
          messageId: "unbalanced",
          severity: "error",
          cells: ["C11", "C7"],
          expected: 15_691_257,
          actual: 15_691_357,
          difference: 100,
          tolerance: 1,
          unit: "kr",
        },
      ],
    },
  ],
});
