import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { ratioCheck } from "../../src/checks/ratio";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook } from "./grid-literal";

const br = sheet("Balansräkning", [
  ["Balansräkning"],
  ["Belopp i kr.", "2023-12-31", "2022-12-31"],
  ["Kassa och bank", 15_691_256, 10_239_945],
  ["Summa tillgångar", 15_691_256, 10_239_945],
  ["Eget kapital"],
  ["Årets resultat", 896_674, 1_250_047],
  ["Övrigt eget kapital", 4_002_230, 2_752_183],
  ["Summa eget kapital", 4_898_904, 4_002_230],
]);

/** The 5-årsöversikt's soliditet row (shared/domain/000_tables.md T1), 2023 as printed, in the given format. */
function fiveYear(s2023: number, fmt = "0%", s2022 = 0.39) {
  return sheet("5-årsöversikt", [
    ["Verksamhetens ekonomi i jämförelse med tidigare år"],
    ["Förutsättningar", "2023", "2022"],
    ["Eget kapital", 4_898_905, 4_002_231],
    ["Soliditet", n(s2023, fmt), n(s2022, fmt)],
  ]);
}

function run(...sheets: ReturnType<typeof sheet>[]) {
  return runCheck(ratioCheck, understandWorkbook(workbook(...sheets)), {});
}

describe("ratio", () => {
  it("is silent when the printed soliditet is equity / total assets rounded (31 %, 39 %)", () => {
    expect(run(fiveYear(0.31), br)).toEqual([]);
  });

  it("reports 000's 32 % where 4 898 904 / 15 691 256 = 31,2 %", () => {
    const [finding, ...rest] = run(fiveYear(0.32), br);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ check: "ratio", severity: "error", cells: ["B4", "'Balansräkning'!B8", "'Balansräkning'!B4"], actual: 0.32 });
    expect(finding.expected).toBeCloseTo(4_898_904 / 15_691_256, 6);
    expect(finding.message.sv).toContain("31,2 %");
  });

  it("the band is half the printed step: shown to one decimal, 31,2 % holds (31,22 %) and 31,3 % does not", () => {
    expect(run(fiveYear(0.312, "0.0%", 0.391), br)).toEqual([]);
    expect(run(fiveYear(0.313, "0.0%", 0.391), br)).toEqual([expect.objectContaining({ cells: ["B4", "'Balansräkning'!B8", "'Balansräkning'!B4"] })]);
  });
});

describe("ratio: shares of a total", () => {
  /** 000's cost split (shared/domain/000_tables.md T2) with a share column; shares of 25 275 195 per 000_004_checks.md §4. */
  function split(individ: number, fmt = "0%", total = true) {
    const rows: Parameters<typeof sheet>[1] = [
      ["Driftsredovisning 2023"],
      ["Kategori", "Belopp 2023", "Andel"],
      ["Individ insatser", 17_157_195, n(individ, fmt)],
      ["Strukturella insatser", 460_594, n(0.0182, fmt)],
      ["Administration", 7_657_406, n(0.303, fmt)],
    ];
    if (total) rows.push(["Summa", 25_275_195, n(1, fmt)]);
    return sheet("Driftsredovisning", rows);
  }

  it("is silent when each share is its amount over the total (68 %, 2 %, 30 %)", () => {
    expect(run(split(0.68))).toEqual([]);
    expect(run(split(0.68, "0%", false))).toEqual([]);
  });

  it("reports a share that does not follow from the amounts", () => {
    expect(run(split(0.66))).toEqual([
      expect.objectContaining({ check: "ratio", severity: "error", cells: ["C3", "B3"], actual: 0.66, expected: expect.closeTo(17_157_195 / 25_275_195, 6) }),
    ]);
  });

  it("band edges with one decimal: 67,9 % holds (67,88 %), 68,0 % does not", () => {
    expect(run(split(0.679, "0.0%")).filter((f) => f.cells[0] === "C3")).toEqual([]);
    expect(run(split(0.68, "0.0%")).filter((f) => f.cells[0] === "C3")).toHaveLength(1);
  });
});

describe("ratio: a share column left of its amounts", () => {
  it("uses the amount column to its right (004's member table with a share column first)", () => {
    const rows = (haninge: number) =>
      sheet("Medlemmar", [
        ["Medlem", "Andel", "2024"],
        ["Haninge", n(haninge, "0.0%"), 2_152_515],
        ["Tyresö", n(0.278, "0.0%"), 1_084_466],
        ["Nynäshamn", n(0.17, "0.0%"), 662_019],
        ["Summa", n(1, "0.0%"), 3_899_000],
      ]);
    // 000_004_checks.md §10: 2024 shares 55,2068 / 27,8140 / 16,9792 %.
    expect(run(rows(0.552))).toEqual([]);
    expect(run(rows(0.562))).toEqual([expect.objectContaining({ cells: ["B2", "C2"], actual: 0.562 })]);
  });
});

describe("ratio: a share column of a named year, after the columns of two years", () => {
  // Invented: 2024 total 6 000 000 (state 3 000 000, region 1 500 000, Mora 900 000 = 15 %, Leksand 600 000 = 10 %);
  // 2023 figures differ, so the shares only hold against the 2024 column; the grand total prints no share.
  const rows = (mora: number) =>
    sheet("Medlemmar", [
      ["Medlem", "Budget 2024", "Budget 2023", "Andel 2024"],
      ["Staten (FK och AF)", 3_000_000, 2_600_000, n(0.5, "0%")],
      ["Region Dalarna", 1_500_000, 1_300_000, n(0.25, "0%")],
      ["Mora", 900_000, 520_000, n(mora, "0%")],
      ["Leksand", 600_000, 780_000, n(0.1, "0%")],
      ["S:a kommuner", 1_500_000, 1_300_000, n(0.25, "0%")],
      ["Totalt medlemsavgifter", 6_000_000, 5_200_000],
    ]);

  it("judges the shares against the amounts of their own year and the grand total", () => {
    expect(run(rows(0.15))).toEqual([]);
  });

  it("a share off by five points is an error against 900 000 / 6 000 000", () => {
    expect(run(rows(0.2))).toEqual([expect.objectContaining({ severity: "error", cells: ["D4", "B4"], expected: 900_000 / 6_000_000, actual: 0.2 })]);
  });
});

checkTester(ratioCheck, {
  valid: [{ name: "31 % printed, 4 898 904 / 15 691 256 = 31,2 %", sheets: [fiveYear(0.31), br] }],
  invalid: [
    {
      name: "000's 32 %",
      sheets: [fiveYear(0.32), br],
      findings: [
        {
          messageId: "solidity",
          severity: "error",
          sheet: "5-årsöversikt",
          cells: ["B4", "'Balansräkning'!B8", "'Balansräkning'!B4"],
          actual: 0.32,
          // The ratio is kept to 6 decimals.
          expected: expect.closeTo(4_898_904 / 15_691_256, 6),
          basis: "cross-reference",
          message: {
            sv: "Soliditet 2023 är tryckt som 32 % men eget kapital / summa tillgångar ger 31,2 %.",
            en: "Equity ratio 2023 is printed as 32 % but equity / total assets gives 31.2 %.",
          },
        },
      ],
    },
  ],
});
