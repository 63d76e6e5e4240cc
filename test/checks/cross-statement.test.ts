import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { crossStatementCheck } from "../../src/checks/cross-statement";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook } from "./grid-literal";

const rr = sheet("Resultaträkning", [
  ["Resultaträkning"],
  ["Belopp i kr.", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"],
  ["Verksamhetens intäkter", 26_019_221, 31_379_624],
  ["Verksamhetens kostnader", -25_275_195, -30_111_481],
  ["Verksamhetens nettokostnad", 744_026, 1_268_143],
  ["Årets resultat", 896_674, 1_250_047],
]);

/** 000's 5-årsöversikt lines (shared/domain/000_tables.md T1) with kostnader 2022 and result 2023 as given. */
function fiveYear(costs2022: number, result2023: number) {
  return sheet("5-årsöversikt", [
    ["Verksamhetens ekonomi i jämförelse med tidigare år"],
    ["Förutsättningar", "2023", "2022"],
    ["Verksamhetens intäkter", 26_019_221, 31_379_624],
    ["Verksamhetens kostnader", 25_275_195, costs2022],
    ["Årets resultat", result2023, 1_250_047],
  ]);
}

function run(...sheets: ReturnType<typeof sheet>[]) {
  return runCheck(crossStatementCheck, understandWorkbook(workbook(...sheets)), {});
}

describe("cross-statement", () => {
  it("is silent when the 5-årsöversikt repeats the RR (costs negative in RR, positive in the overview)", () => {
    expect(run(fiveYear(30_111_481, 896_674), rr)).toEqual([]);
  });

  it("reports 000's kostnader 2022 (30 129 577 vs RR 30 111 481) on the overview, with the RR as reference", () => {
    expect(run(fiveYear(30_129_577, 896_674), rr)).toEqual([
      expect.objectContaining({
        check: "cross-statement",
        severity: "error",
        sheet: "5-årsöversikt",
        cells: ["C4", "'Resultaträkning'!C4"],
        expected: 30_111_481,
        actual: 30_129_577,
        difference: 18_096,
      }),
    ]);
  });

  it("whole kronor: 1–2 kr apart is information, 3 kr an error", () => {
    expect(run(fiveYear(30_111_481, 896_676), rr)).toEqual([expect.objectContaining({ severity: "info", difference: 2, tolerance: 1 })]);
    expect(run(fiveYear(30_111_481, 896_677), rr)).toEqual([expect.objectContaining({ severity: "error", difference: 3 })]);
  });

  it("reports the same budget line with two values in two sheets (004: förbundsreserv 2 362 000 vs 2 646 410)", () => {
    const budget = (name: string, title: string, reserve: number) =>
      sheet(name, [
        ["Budget 2024"],
        [title],
        ["Post", "År 2024", "År 2023", "Skillnad (År 2024 - År 2023)"],
        ["Lumena", name === "Netto" ? 3_369_853 : 11_331_516, 1_733_675, 0],
        ["Kansli", 7_366_215, 6_967_733, 398_482],
        ["Total budget", name === "Netto" ? 10_736_068 : 18_697_731, 8_701_408, 0],
        ["Förbundsreserv", reserve, 1_750_000, reserve - 1_750_000],
      ]);
    const same = run(budget("Netto", "Budget - nettoredovisad", 2_362_000), budget("Brutto", "Budget - bruttoredovisad", 2_362_000));
    expect(same).toEqual([]); // project lines and totals differ between netto and brutto by design
    const differ = run(budget("Netto", "Budget - nettoredovisad", 2_362_000), budget("Brutto", "Budget - bruttoredovisad", 2_646_410));
    expect(differ).toEqual([
      expect.objectContaining({ sheet: "Brutto", cells: ["B7", "'Netto'!B7"], expected: 2_362_000, actual: 2_646_410, difference: 284_410, severity: "error" }),
    ]);
  });

  it("compares budget lines of the same year across tables that are not netto/brutto views (Kansli budget 2023)", () => {
    const a = sheet("Budget och utfall", [
      ["Insatser", "Budget 2023", "Utfall 2023"],
      ["Kansli", 6_959_733, 7_555_465],
    ]);
    const b = sheet("Budget 2024", [["Budget 2024"], ["Post", "År 2024", "År 2023"], ["Kansli", 7_366_215, 6_967_733]]);
    expect(run(a, b)).toEqual([expect.objectContaining({ cells: ["C3", "'Budget och utfall'!B2"], difference: 8_000 })]);
  });
});

checkTester(crossStatementCheck, {
  valid: [{ name: "the overview repeats the RR", sheets: [fiveYear(30_111_481, 896_674), rr] }],
  invalid: [
    {
      // 30 129 577 − 30 111 481 = 18 096; band 2 × 0,5 = 1.
      name: "000's kostnader 2022 in the overview",
      sheets: [fiveYear(30_129_577, 896_674), rr],
      findings: [
        {
          messageId: "differs",
          severity: "error",
          sheet: "5-årsöversikt",
          cells: ["C4", "'Resultaträkning'!C4"],
          expected: 30_111_481,
          actual: 30_129_577,
          difference: 18_096,
          tolerance: 1,
          basis: "cross-reference",
          message: {
            sv: '"Verksamhetens kostnader" 2022 skiljer sig från "Verksamhetens kostnader" i Resultaträkning. (förväntat 30 111 481, faktiskt 30 129 577, diff 18 096)',
          },
        },
      ],
    },
  ],
});
