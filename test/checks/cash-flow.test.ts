import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { cashFlowCheck } from "../../src/checks/cash-flow";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook } from "./grid-literal";

/** 000's KF (shared/domain/000_tables.md T6) with the löpande subtotal and closing cash as given. */
function kf(lopande: number, closing: number) {
  return sheet("Kassaflödesanalys", [
    ["Kassaflödesanalys"],
    ["Belopp i kr.", "2023-12-31", "2022-12-31"],
    ["Årets resultat", 896_674, 1_250_047],
    ["Justering för ej likviditetspåverkande poster", 67_115, 63_226],
    ["Medel från verksamheten före förändring av rörelsekapital", 963_789, 1_313_273],
    ["Ökning/minskning kortfristiga fordringar", -2_662_163, 3_423_282],
    ["Ökning/minskning kortfristiga skulder", 4_554_637, -1_906_259],
    ["Kassaflöde för den löpande verksamheten", lopande, 2_830_296],
    ["Kassaflöde från investeringsverksamheten", -38_896, 0],
    ["Kassaflöde från finansieringsverksamheten", 0, 0],
    ["Årets kassaflöde", lopande - 38_896, 2_830_296],
    ["Likvida medel vid årets början", 7_667_846, 4_837_550],
    ["Likvida medel vid årets slut", closing, 7_667_846],
  ]);
}

/** 000's BR lines the KF ties to. */
const br = sheet("Balansräkning", [
  ["Belopp i kr.", "2023-12-31", "2022-12-31"],
  ["Fordringar", 4_971_262, 2_309_099],
  ["Kassa och bank", 10_485_213, 7_667_846],
  ["Summa tillgångar", 15_456_475, 9_976_945],
  ["Kortfristiga skulder", 10_792_352, 6_237_715],
  ["Summa eget kapital, avsättningar och skulder", 15_456_475, 9_976_945],
]);

function run(...sheets: ReturnType<typeof sheet>[]) {
  return runCheck(cashFlowCheck, understandWorkbook(workbook(...sheets)), {});
}

describe("cash-flow", () => {
  it("is silent on a KF that adds up and ties to the BR (000 with the true löpande 2 856 263)", () => {
    expect(run(kf(2_856_263, 10_485_213), br)).toEqual([]);
  });

  it("reports 000's printed KF: löpande 1 kr low, closing cash 1 kr off, årets kassaflöde 1 kr off BR (information)", () => {
    const found = run(kf(2_856_262, 10_485_213), br).sort((a, b) => a.cells[0].localeCompare(b.cells[0], "en", { numeric: true }));
    expect(found.map((x) => [x.cells[0], x.severity, x.expected, x.actual, x.difference])).toEqual([
      ["B8", "info", 2_856_263, 2_856_262, -1],
      ["B11", "info", 2_817_367, 2_817_366, -1],
      ["B13", "info", 10_485_212, 10_485_213, 1],
    ]);
    expect(found[1].cells).toEqual(["B11", "'Balansräkning'!B3", "'Balansräkning'!C3"]);
  });

  it("reports closing cash that is not the BR's kassa och bank as an error", () => {
    const found = run(kf(2_856_263, 10_485_313), br);
    expect(found.map((x) => [x.cells, x.severity, x.difference])).toEqual([
      [["B13"], "error", 100],
      [["B13", "'Balansräkning'!B3"], "error", 100],
    ]);
  });

  it("checks the sign of the change in receivables against the BR (−(UB − IB))", () => {
    const flipped = sheet("KF", [["Kassaflödesanalys"], ["Belopp i kr.", "2023-12-31"], ["Ökning/minskning kortfristiga fordringar", 2_662_163]]);
    expect(run(flipped, br)).toEqual([
      expect.objectContaining({
        cells: ["B3", "'Balansräkning'!B2", "'Balansräkning'!C2"],
        expected: -2_662_163,
        difference: 5_324_326,
        cause: "sign-flipped",
      }),
    ]);
  });

  it("whole kronor: 2 kr off is information, 3 kr an error", () => {
    const at = (closing: number) => run(kf(2_856_263, closing), br).filter((x) => x.cells.length === 1);
    expect(at(10_485_215)).toEqual([expect.objectContaining({ severity: "info", difference: 2 })]);
    expect(at(10_485_216)).toEqual([expect.objectContaining({ severity: "error", difference: 3 })]);
  });
});

describe("cash-flow against a BR with several receivable lines", () => {
  const kfOnly = (change: number) => sheet("KF", [["Kassaflödesanalys"], ["Belopp i kr.", "2023-12-31"], ["Ökning/minskning kortfristiga fordringar", change]]);

  it("measures the change against their 'Summa kortfristiga fordringar'", () => {
    const br = sheet("Balansräkning", [
      ["Balansräkning"],
      ["Belopp i kr.", "2023-12-31", "2022-12-31"],
      ["Kortfristiga fordringar"],
      ["Fordringar", 4_000_000, 2_000_000],
      ["Förutbetalda kostnader och upplupna intäkter", 971_262, 309_099],
      ["Summa kortfristiga fordringar", 4_971_262, 2_309_099],
    ]);
    expect(run(kfOnly(-2_662_163), br)).toEqual([]);
    expect(run(kfOnly(-2_000_000), br)).toEqual([expect.objectContaining({ cells: ["B3", "'Balansräkning'!B6", "'Balansräkning'!C6"] })]);
  });

  it("says nothing when no single BR line holds all receivables", () => {
    const br = sheet("Balansräkning", [
      ["Balansräkning"],
      ["Belopp i kr.", "2023-12-31", "2022-12-31"],
      ["Fordringar", 4_000_000, 2_000_000],
      ["Förutbetalda kostnader och upplupna intäkter", 971_262, 309_099],
      ["Kassa och bank", 10_485_213, 7_667_846],
      ["Summa tillgångar", 15_456_475, 9_976_945],
    ]);
    expect(run(kfOnly(-2_662_163), br)).toEqual([]);
  });
});

checkTester(cashFlowCheck, {
  valid: [{ name: "000's KF with the true löpande 2 856 263", sheets: [kf(2_856_263, 10_485_213), br] }],
  invalid: [
    {
      // 7 667 846 + (2 856 263 − 38 896) = 10 485 213 = BR kassa och bank; printed 10 485 313: 100 over both.
      name: "closing cash 100 kr over",
      sheets: [kf(2_856_263, 10_485_313), br],
      findings: [
        { messageId: "line", severity: "error", cells: ["B13"], expected: 10_485_213, actual: 10_485_313, difference: 100 },
        {
          messageId: "closingCash",
          severity: "error",
          cells: ["B13", "'Balansräkning'!B3"],
          expected: 10_485_213,
          actual: 10_485_313,
          difference: 100,
          basis: "cross-reference",
        },
      ],
    },
  ],
});
