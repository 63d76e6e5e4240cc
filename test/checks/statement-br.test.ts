import { statementBrCheck } from "../../src/checks/statement-br";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "./grid-literal";

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
  return statementBrCheck.run(understandWorkbook(workbook(sheet("Balansräkning", rows))), {});
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
