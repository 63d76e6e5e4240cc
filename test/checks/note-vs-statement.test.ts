import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { noteVsStatementCheck } from "../../src/checks/note-vs-statement";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook } from "./grid-literal";

const rr = sheet("Resultaträkning", [
  ["Resultaträkning"],
  ["Belopp i kr.", "Not", "2023-01-01 -2023-12-31"],
  ["Verksamhetens intäkter", "2", 26_019_221],
  ["Verksamhetens kostnader", "3,4", -25_275_195],
  ["Årets resultat", null, 744_026],
]);

/** Notes 3 and 4 of 000 (shared/domain/000_tables.md T8, T9), note 3's total as given. */
function notes(not3: number) {
  return sheet("Noter", [
    ["Not 3. Verksamhetens kostnader"],
    ["", "2023-01-01 2023-12-31"],
    ["Insatser", 17_617_789],
    ["Personalkostnader, styrelse och kansli", 6_126_773],
    ["Lokalkostnader", 831_216],
    ["Övriga kostnader", not3 - 24_575_778],
    ["Summa", f("SUM(B3:B6)", not3)],
    [],
    ["Not 4. Räkenskapsrevision"],
    ["", "2023-01-01 2023-12-31"],
    ["Kostnad för räkenskapsrevision", 40_000],
    ["Summa", f("SUM(B11:B11)", 40_000)],
  ]);
}

function run(...sheets: ReturnType<typeof sheet>[]) {
  return runCheck(noteVsStatementCheck, understandWorkbook(workbook(...sheets)), {});
}

describe("note-vs-statement", () => {
  it("is silent when one of the referenced notes backs the line (Not 3; Not 4 is a memo of a part)", () => {
    expect(run(rr, notes(25_275_195))).toEqual([]);
  });

  it("reports a line its notes do not back, against the first referenced note", () => {
    expect(run(rr, notes(25_275_295))).toEqual([
      expect.objectContaining({
        check: "note-vs-statement",
        severity: "error",
        cells: ["C4", "'Noter'!B7"],
        expected: -25_275_295,
        actual: -25_275_195,
        difference: 100,
      }),
    ]);
  });

  it("whole kronor: 1–2 kr apart is information, 3 kr an error", () => {
    expect(run(rr, notes(25_275_197))).toEqual([expect.objectContaining({ severity: "info", difference: 2 })]);
    expect(run(rr, notes(25_275_198))).toEqual([expect.objectContaining({ severity: "error", difference: 3 })]);
  });

  it("matches a note by its title when the statement has no Not column (Not 6 Fordringar)", () => {
    const br = sheet("Balansräkning", [
      ["Balansräkning"],
      ["Belopp i kr.", "2023-12-31"],
      ["Fordringar", 4_971_262],
      ["Kassa och bank", 10_485_213],
      ["Summa tillgångar", 15_456_475],
    ]);
    const not6 = (sum: number) =>
      sheet("Not 6", [["Not 6. Fordringar"], ["", "2023-12-31"], ["Kundfordringar", 300_001], ["Upplupna intäkter", sum - 300_001], ["Summa", sum]]);
    expect(run(br, not6(4_971_262))).toEqual([]);
    expect(run(br, not6(4_971_362))).toEqual([expect.objectContaining({ cells: ["B3", "'Not 6'!B5"], difference: -100 })]);
  });
});

checkTester(noteVsStatementCheck, {
  valid: [{ name: "Not 3 backs Verksamhetens kostnader", sheets: [rr, notes(25_275_195)] }],
  invalid: [
    {
      // Note 3 sums to 25 275 295, the RR line is −25 275 195: 100 kr apart, band 2 × 0,5 = 1.
      name: "Not 3 100 kr over the line",
      sheets: [rr, notes(25_275_295)],
      findings: [
        {
          messageId: "noteTotal",
          severity: "error",
          sheet: "Resultaträkning",
          cells: ["C4", "'Noter'!B7"],
          expected: -25_275_295,
          actual: -25_275_195,
          difference: 100,
          tolerance: 1,
          cause: null,
          message: { sv: '"Verksamhetens kostnader" 2023 stämmer inte med summan i not 3. (förväntat −25 275 295, faktiskt −25 275 195, diff 100)' },
        },
      ],
    },
  ],
});
