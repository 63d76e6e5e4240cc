/**
 * Seed 000 (Årsredovisning 2023) as the example workbook lays it out (examples/src/seed-000.ts).
 * One test per discrepancy of shared/domain/000_004_checks.md that is visible in the
 * workbook's own tables; expected differences are computed here from the printed figures
 * of shared/domain/000_tables.md (difference = printed − recomputed, as findings define it).
 */
import { seed000 } from "../../examples/src/seed-000";
import { validateWorkbook } from "../../src/engine/validate";
import { errors, findingAt } from "./find";
import { withoutFormulas } from "./typed-constants";

const findings = validateWorkbook(seed000());

describe("seed 000: the discrepancies of 000_004_checks.md", () => {
  it("§1 Differens on Resultat follows Utfall − Budget while the column is Budget − Utfall (sign flipped)", () => {
    const f = findingAt(findings, "difference-column", "Budget och utfall", "D25");
    expect(f).toMatchObject({ severity: "error", expected: -2_252_231 - 896_674, actual: 3_148_905, cause: "sign-flipped" });
    expect(f.difference).toBe(3_148_905 - (-2_252_231 - 896_674));
  });

  it("§1 Differens on Finansiella (227 763) fits neither Budget − Utfall nor Utfall − Budget", () => {
    const f = findingAt(findings, "difference-column", "Budget och utfall", "D24");
    expect(f).toMatchObject({ severity: "error", expected: 8_000 - 219_763, actual: 227_763 });
    expect(f.difference).toBe(227_763 - (8_000 - 219_763));
  });

  it("§6 Summa tillgångar 2023 is 1 kr below its parts (and so the balance from components): information", () => {
    const f = findingAt(findings, "sum", "Balansräkning", "C12");
    expect(f).toMatchObject({ severity: "info", cause: "ore-rounding", difference: 15_691_256 - (234_782 + 15_456_475) });
  });

  it("§6 Not 5 Utgående redovisat värde 2022 (263 001) vs BR Maskiner och inventarier (263 000): information", () => {
    const f = findingAt(findings, "note-vs-statement", "Balansräkning", "D6");
    expect(f.cells).toEqual(["D6", "'Not 5'!C17"]);
    expect(f).toMatchObject({ severity: "info", expected: 263_001, actual: 263_000, difference: 263_000 - 263_001 });
  });

  it("§7 Kassaflöde för den löpande verksamheten 2023 is 1 kr below 963 789 − 2 662 163 + 4 554 637", () => {
    const f = findingAt(findings, "cash-flow", "Kassaflödesanalys", "B9");
    expect(f).toMatchObject({ severity: "info", difference: 2_856_262 - (963_789 - 2_662_163 + 4_554_637) });
  });

  it("§7 Likvida medel vid årets slut 2023 is 1 kr above 7 667 846 + 2 817 366", () => {
    const f = findingAt(findings, "cash-flow", "Kassaflödesanalys", "B14");
    expect(f).toMatchObject({ severity: "info", difference: 10_485_213 - (7_667_846 + 2_817_366) });
  });

  it("§7 Årets kassaflöde 2023 is 1 kr off the change in BR kassa och bank", () => {
    const f = findingAt(findings, "cash-flow", "Kassaflödesanalys", "B12");
    expect(f.cells).toEqual(["B12", "'Balansräkning'!C10", "'Balansräkning'!D10"]);
    expect(f).toMatchObject({ severity: "info", difference: 2_817_366 - (10_485_213 - 7_667_846) });
  });

  it("§9 5-årsöversikt 2023: intäkter − kostnader (744 026) is not årets resultat 896 674", () => {
    const f = findingAt(findings, "statement-rr", "5-årsöversikt", "B6");
    expect(f).toMatchObject({ severity: "error", expected: 26_019_221 - 25_275_195, difference: 896_674 - (26_019_221 - 25_275_195) });
  });

  it("§9 5-årsöversikt 2021: 264 479 printed where intäkter − kostnader = 264 497 (transposed digits)", () => {
    const f = findingAt(findings, "statement-rr", "5-årsöversikt", "D6");
    expect(f).toMatchObject({ severity: "error", expected: 35_980_191 - 35_715_694, cause: "transposed-digits", difference: 264_479 - 264_497 });
  });

  it("§9 Eget kapital 2021 ≠ EK 2020 + årets resultat 2021 (19 kr)", () => {
    const f = findingAt(findings, "equity-rollforward", "5-årsöversikt", "D7");
    expect(f).toMatchObject({ severity: "error", difference: 2_752_184 - (2_487_686 + 264_479) });
  });

  it("§9 Eget kapital 2020 ≠ EK 2019 + årets resultat 2020 (1 kr): information", () => {
    const f = findingAt(findings, "equity-rollforward", "5-årsöversikt", "E7");
    expect(f).toMatchObject({ severity: "info", difference: 2_487_686 - (5_373_160 - 2_885_473) });
  });

  it("§9 Verksamhetens kostnader 2022: 30 129 577 in the overview vs 30 111 481 in the RR", () => {
    const f = findingAt(findings, "cross-statement", "5-årsöversikt", "C5");
    expect(f.cells).toEqual(["C5", "'Resultaträkning'!D5"]);
    expect(f).toMatchObject({ severity: "error", difference: 30_129_577 - 30_111_481 });
  });

  it("§9 Eget kapital 2023 and 2022 in the overview are 1 kr above the BR: information", () => {
    expect(findingAt(findings, "cross-statement", "5-årsöversikt", "B7")).toMatchObject({ severity: "info", difference: 4_898_905 - 4_898_904 });
    expect(findingAt(findings, "cross-statement", "5-årsöversikt", "C7")).toMatchObject({ severity: "info", difference: 4_002_231 - 4_002_230 });
  });

  it("§9 Eget kapital 2021 in the overview (2 752 184) vs BR övrigt eget kapital 2022 (2 752 183): information", () => {
    const f = findingAt(findings, "equity-rollforward", "Balansräkning", "D16");
    expect(f.cells).toEqual(["D16", "'5-årsöversikt'!D7"]);
    expect(f).toMatchObject({ severity: "info", difference: 2_752_183 - 2_752_184 });
  });

  it("Soliditet 2023 is printed 32 % where 4 898 904 / 15 691 256 = 31,2 %", () => {
    const f = findingAt(findings, "ratio", "5-årsöversikt", "B8");
    expect(f.severity).toBe("error");
    expect(f.expected).toBeCloseTo(4_898_904 / 15_691_256, 6);
    expect(f.difference).toBeCloseTo(0.32 - 4_898_904 / 15_691_256, 6);
  });
});

describe("seed 000: silent on what holds", () => {
  it("finds the same with every formula pasted as its value", () => {
    const key = (f: { check: string; sheet: string; cells: string[]; severity: string; difference: number | null }) =>
      `${f.check} ${f.sheet}!${f.cells.join(",")} ${f.severity} ${f.difference}`;
    expect(validateWorkbook(withoutFormulas(seed000())).map(key)).toEqual(findings.map(key));
  });

  it("errors are exactly the discrepancies above", () => {
    expect(
      errors(findings)
        .map((f) => `${f.check} ${f.sheet}!${f.cells[0]}`)
        .sort(),
    ).toEqual(
      [
        "difference-column Budget och utfall!D25",
        "difference-column Budget och utfall!D24",
        "statement-rr 5-årsöversikt!B6",
        "statement-rr 5-årsöversikt!D6",
        "equity-rollforward 5-årsöversikt!D7",
        "cross-statement 5-årsöversikt!C5",
        "ratio 5-årsöversikt!B8",
      ].sort(),
    );
  });

  it("within-rounding gaps are information, never errors or warnings", () => {
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
    for (const f of findings.filter((x) => x.severity === "info")) expect(Math.abs(f.difference!)).toBeLessThanOrEqual(2);
  });

  it("says nothing about the RR, the notes 2–4, 6, 7, the BR balance or the member split of Not 2, which hold", () => {
    const quiet = ["Resultaträkning", "Noter", "Not 6", "Not 7", "Driftsredovisning"];
    expect(findings.filter((f) => quiet.includes(f.sheet))).toEqual([]);
    expect(findings.filter((f) => f.check === "statement-br" || f.check === "member-split")).toEqual([]);
  });
});

describe("seed 000 with the user's settings", () => {
  it("equity ceiling (25 % of member contributions, a rule the user gives): EK 4 898 904 exceeds 25 % of 16 278 000", () => {
    const members = 8_139_000 + 2_234_482 + 688_976 + 1_146_042 + 4_069_500;
    const withRule = validateWorkbook(seed000(), { equityCeiling: { kind: "percent", rate: 0.25 } });
    const f = withRule.filter((x) => x.check === "equity-ceiling");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      sheet: "Balansräkning",
      expected: members * 0.25,
      actual: 4_898_904,
      difference: 4_898_904 - members * 0.25,
    });
    expect(f[0].cells[0]).toBe("C17");
  });

  it("admin share over a 25 % target: cost split 30,3 %, kansli och styrelse 26,5 % of budget and 30,5 % of utfall (000_004_checks.md §4)", () => {
    const f = validateWorkbook(seed000(), { adminShareTarget: 0.25 }).filter((x) => x.check === "admin-share");
    expect(f.map((x) => `${x.sheet}!${x.cells.join(",")}`)).toEqual(["Driftsredovisning!B7", "Budget och utfall!B20,B21", "Budget och utfall!C20,C21"]);
    expect(f[0].actual).toBeCloseTo(7_657_406 / (17_157_195 + 460_594 + 7_657_406), 9);
    expect(f[1].actual).toBeCloseTo(7_129_733 / 26_863_655, 9);
    expect(f[2].actual).toBeCloseTo(7_724_521 / 25_342_310, 9);
  });
});
