/**
 * Seed 004 (Verksamhetsplan och budget 2024) as the example workbook lays it out
 * (examples/src/seed-004.ts). One test per discrepancy of shared/domain/000_004_checks.md
 * visible in the workbook's own tables; differences computed here from 004_tables.md.
 */
import { seed004 } from "../../examples/src/seed-004";
import { validateWorkbook } from "../../src/engine/validate";
import { errors, findingAt } from "./find";
import { withoutFormulas } from "./typed-constants";

const findings = validateWorkbook(seed004());

describe("seed 004: the discrepancies of 000_004_checks.md", () => {
  it("§10 T1 2022: Summa 16 316 000 is not the sum of the five members (Haninge printed 2 222 744)", () => {
    const f = findingAt(findings, "sum", "Medlemstilldelning", "D9");
    const members = 8_158_000 + 4_079_000 + 2_222_744 + 1_166_549 + 689_677;
    expect(f).toMatchObject({ severity: "error", expected: members, actual: 16_316_000, difference: 16_316_000 - members });
  });

  it("§10 T1 2022: Haninge + Tyresö + Nynäshamn is not the municipal quarter (= Region)", () => {
    const f = findingAt(findings, "member-split", "Medlemstilldelning", "D6");
    expect(f.cells).toEqual(["D6", "D7", "D8", "D9"]);
    expect(f).toMatchObject({ severity: "error", expected: 16_316_000 / 4, difference: 2_222_744 + 1_166_549 + 689_677 - 4_079_000 });
  });

  for (const sheet of ["Budget netto", "Budget brutto"]) {
    it(`§11 ${sheet}: Skillnad Kansli 398 483 vs 7 366 215 − 6 967 733 (1 kr, information)`, () => {
      const f = findingAt(findings, "difference-column", sheet, "D19");
      expect(f).toMatchObject({ severity: "info", difference: 398_483 - (7_366_215 - 6_967_733) });
    });

    it(`§11 ${sheet}: Skillnad of the kansli subtotal 438 483 vs 7 576 215 − 7 137 733 (1 kr, information)`, () => {
      const f = findingAt(findings, "difference-column", sheet, "D21");
      expect(f).toMatchObject({ severity: "info", difference: 438_483 - (7_576_215 - 7_137_733) });
    });
  }

  it("§11 netto: Total budget År 2023 is 1 kr below its three subtotals (information)", () => {
    const f = findingAt(findings, "sum", "Budget netto", "C22");
    expect(f).toMatchObject({ severity: "info", difference: 18_530_230 - (10_734_999 + 657_499 + 7_137_733) });
  });

  it("§11 brutto: Total budget År 2023 is 1 kr below its three subtotals (information)", () => {
    const f = findingAt(findings, "sum", "Budget brutto", "C22");
    expect(f).toMatchObject({ severity: "info", difference: 26_871_654 - (19_076_423 + 657_499 + 7_137_733) });
  });

  it("material finding 1: förbundsreserv 2024 is 2 362 000 in the netto table and 2 646 410 in the brutto table", () => {
    const f = findingAt(findings, "cross-statement", "Budget brutto", "B27");
    expect(f.cells).toEqual(["B27", "'Budget netto'!B24"]);
    expect(f).toMatchObject({ severity: "error", difference: 2_646_410 - 2_362_000 });
  });
});

describe("seed 004: silent on what holds", () => {
  it("finds the same with every formula pasted as its value", () => {
    const key = (f: { check: string; sheet: string; cells: string[]; severity: string; difference: number | null }) =>
      `${f.check} ${f.sheet}!${f.cells.join(",")} ${f.severity} ${f.difference}`;
    expect(validateWorkbook(withoutFormulas(seed004())).map(key)).toEqual(findings.map(key));
  });

  it("errors are exactly the discrepancies above", () => {
    expect(
      errors(findings)
        .map((f) => `${f.check} ${f.sheet}!${f.cells[0]}`)
        .sort(),
    ).toEqual(["sum Medlemstilldelning!D9", "member-split Medlemstilldelning!D6", "cross-statement Budget brutto!B27"].sort());
  });

  it("within-rounding gaps are information; no warnings", () => {
    expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
    for (const f of findings.filter((x) => x.severity === "info")) expect(Math.abs(f.difference!)).toBe(1);
  });

  it("does not compare project lines or totals between the netto and brutto views", () => {
    expect(findings.filter((f) => f.check === "cross-statement" && f.cells[0] !== "B27")).toEqual([]);
  });
});

describe("seed 004 with an admin-share target", () => {
  it("kansli + styrelse of total budget (000_004_checks.md §4: 41,64 % netto, 19,91 % brutto 2024) against 25 %", () => {
    const f = validateWorkbook(seed004(), { adminShareTarget: 0.25 }).filter((x) => x.check === "admin-share");
    // Brutto 2024 (19,9 %) is under the target; brutto 2023 is 7 137 733 / 26 871 654 = 26,6 %.
    expect(f.map((x) => `${x.sheet}!${x.cells.join(",")}`)).toEqual(["Budget netto!B21,B22", "Budget netto!C21,C22", "Budget brutto!C21,C22"]);
    expect(f[0].actual).toBeCloseTo(7_576_215 / 18_192_622, 9);
    expect(f[1].actual).toBeCloseTo(7_137_733 / 18_530_230, 9);
    expect(f[2].actual).toBeCloseTo(7_137_733 / 26_871_654, 9);
  });
});
