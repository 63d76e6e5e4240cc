/**
 * Issue 9, class 2: equity printed as separate lines without a sum row ("Eget kapital" =
 * the retained part, "Årets resultat", "Övrigt eget kapital", then the liabilities).
 * Total equity is the sum of those lines; the roll-forward and the soliditet use it.
 * Invented figures; expected values computed here from them.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook } from "../checks/grid-literal";
import { errors } from "./find";

/** Retained equity, result, other equity and current liabilities per year (2023, 2022); assets balance them. */
interface Side {
  retained: number;
  result: number;
  other: number;
  liabilities: number;
}

const Y2022: Side = { retained: 1_180_000, result: 240_000, other: 30_000, liabilities: 790_000 };

function total(s: Side): number {
  return s.retained + s.result + s.other;
}

function balanceSheet(y2023: Side) {
  const claims = (s: Side) => total(s) + s.liabilities;
  const cash = { 2023: 2_000_000, 2022: 1_900_000 };
  return sheet("Balansräkning", [
    ["Balansräkning"],
    ["Belopp i kr", "2023-12-31", "2022-12-31"],
    ["Tillgångar"],
    ["Kortfristiga fordringar", claims(y2023) - cash[2023], claims(Y2022) - cash[2022]],
    ["Kassa och bank", cash[2023], cash[2022]],
    ["Summa tillgångar", claims(y2023), claims(Y2022)],
    ["Eget kapital och skulder"],
    ["Eget kapital", y2023.retained, Y2022.retained],
    ["Årets resultat", y2023.result, Y2022.result],
    ["Övrigt eget kapital", y2023.other, Y2022.other],
    ["Kortfristiga skulder", y2023.liabilities, Y2022.liabilities],
    ["Summa eget kapital och skulder", claims(y2023), claims(Y2022)],
  ]);
}

/** 2023 retained equity = total equity 2022 − övrigt eget kapital (the result of 2022 moved into it). */
const Y2023: Side = { retained: total(Y2022) - 30_000, result: 150_000, other: 30_000, liabilities: 850_000 };

function fiveYear(soliditet2023: number) {
  return sheet("5-årsöversikt", [
    ["Verksamhetens ekonomi i jämförelse med tidigare år"],
    ["", "2023", "2022"],
    ["Årets resultat", Y2023.result, Y2022.result],
    ["Eget kapital", total(Y2023), total(Y2022)],
    ["Soliditet", n(soliditet2023, "0%"), n(Math.round((100 * total(Y2022)) / (total(Y2022) + Y2022.liabilities)) / 100, "0%")],
  ]);
}

const rounded = (x: number) => Math.round(100 * x) / 100;

describe("equity as separate lines without a sum row", () => {
  it("understands total equity as the sum of the section's lines, confirmed by the balance total", () => {
    const u = understandWorkbook(workbook(balanceSheet(Y2023)));
    const derived = u.tables[0].derived?.find((r) => r.concept === "equity");
    expect(derived).toMatchObject({ covers: [7, 8, 9], derived: "label+arithmetic" });
    expect(derived!.figures.get(1)!.shown).toBe(total(Y2023));
    expect(u.tables[0].rows.find((r) => r.label === "Eget kapital")!.concept).toBeUndefined();
  });

  it("clean: roll-forward, soliditet and the 5-year overview's equity agree with the summed lines", () => {
    const soliditet = rounded(total(Y2023) / (total(Y2023) + Y2023.liabilities));
    expect(errors(validateWorkbook(workbook(balanceSheet(Y2023), fiveYear(soliditet))))).toEqual([]);
  });

  it("a retained part that does not carry last year's total forward is one roll-forward error on the summed equity", () => {
    const wrong = { ...Y2023, retained: Y2023.retained + 10_000, liabilities: Y2023.liabilities - 10_000 };
    const found = errors(validateWorkbook(workbook(balanceSheet(wrong))));
    const expected = total(Y2022) + wrong.result;
    expect(found).toEqual([
      expect.objectContaining({
        check: "equity-rollforward",
        cells: ["B8", "B9", "B10", "C8", "C9", "C10"],
        expected,
        actual: total(wrong),
        difference: total(wrong) - expected,
        basis: "cross-reference",
      }),
    ]);
  });

  it("a wrong soliditet is judged against the summed equity", () => {
    const computed = total(Y2023) / (total(Y2023) + Y2023.liabilities);
    const printed = rounded(computed) + 0.03;
    const found = errors(validateWorkbook(workbook(balanceSheet(Y2023), fiveYear(printed))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "ratio",
        cells: ["B5", "'Balansräkning'!B8", "'Balansräkning'!B9", "'Balansräkning'!B10", "'Balansräkning'!B6"],
        actual: printed,
        basis: "cross-reference",
      }),
    ]);
    expect(found[0].expected).toBeCloseTo(computed, 6);
  });

  it("does not sum the lines when the balance total adds up with 'Eget kapital' alone (the others are of-which lines)", () => {
    const s = sheet("Balansräkning", [
      ["Belopp i kr", "2023-12-31", "2022-12-31"],
      ["Kassa och bank", 2_000_000, 1_800_000],
      ["Summa tillgångar", 2_000_000, 1_800_000],
      ["Eget kapital", 1_500_000, 1_350_000],
      ["Årets resultat", 150_000, 120_000],
      ["Kortfristiga skulder", 500_000, 450_000],
      ["Summa eget kapital och skulder", 2_000_000, 1_800_000],
    ]);
    const u = understandWorkbook(workbook(s));
    expect(u.tables[0].derived).toBeUndefined();
    expect(u.tables[0].rows.find((r) => r.label === "Eget kapital")!.concept).toBe("equity");
  });

  it("under a heading 'Eget kapital', the lines down to 'Avsättningar' are summed; balanserat resultat opens from last year's sum", () => {
    const s = (retained2023: number) =>
      sheet("BR", [
        ["Belopp i kr", "2023-12-31", "2022-12-31"],
        ["Kassa och bank", 3_100_000, 2_900_000],
        ["Summa tillgångar", 3_100_000, 2_900_000],
        ["Eget kapital"],
        ["Balanserat resultat", retained2023, 1_610_000],
        ["Årets resultat", 95_000, 140_000],
        ["Avsättningar", 200_000, 180_000],
        ["Kortfristiga skulder", 3_100_000 - 200_000 - 95_000 - retained2023, 2_900_000 - 180_000 - 140_000 - 1_610_000],
        ["Summa eget kapital, avsättningar och skulder", 3_100_000, 2_900_000],
      ]);
    const u = understandWorkbook(workbook(s(1_750_000)));
    expect(u.tables[0].derived?.[0]).toMatchObject({ concept: "equity", covers: [4, 5], derived: "label+arithmetic" });
    expect(errors(validateWorkbook(workbook(s(1_750_000))))).toEqual([]);
    const found = errors(validateWorkbook(workbook(s(1_749_000))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "equity-rollforward",
        cells: ["B5", "C5", "C6"],
        expected: 1_610_000 + 140_000,
        actual: 1_749_000,
        basis: "cross-reference",
      }),
    ]);
  });
});
