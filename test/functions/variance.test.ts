import { variance } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

/** 000 T3 budget and utfall columns, Resursråden … Frukostmöten (13 insats rows). */
const BUDGET = [1393712, 6715054, 750000, 7653645, 2564012, 0, 50000, 80000, 60000, 302499, 80000, 5000, 80000];
const UTFALL = [1227385, 4471771, 535502, 6786721, 2061928, 2073888, 54334, 74995, 0, 250165, 72000, 9100, 0];
const PRINTED = [166327, 2243283, 214498, 866924, 502084, -2073888, -4334, 5005, 60000, 52334, 8000, -4100, 80000];
const column = (xs: unknown[]) => xs.map((x) => [x]);

describe("FINSAM.VARIANCE", () => {
  it("000 T3: =FINSAM.VARIANCE(B2:B14;C2:C14) spills the printed Differens column", () => {
    expect(variance(column(BUDGET), column(UTFALL))).toEqual(column(PRINTED));
    expect(variance(column(BUDGET), column(UTFALL), "kostnad", "belopp")).toEqual(column(PRINTED));
  });

  it("000 T3 Resultat −2 252 231 / 896 674 as resultat (or result) → 3 148 905", () => {
    expect(variance([[-2252231]], [[896674]], "resultat")).toEqual([[3148905]]);
    expect(variance([[-2252231]], [[896674]], "Result")).toEqual([[3148905]]);
  });

  it("004 T2 Skillnad (År 2024 − År 2023) as intäkt; the blank År 2024 cell counts as 0", () => {
    // Resursråden, Stöd till målgrupperna, Verktyg, Gemensamma aktiviteter (År 2024 blank).
    const ar2023 = column([1393712, 6715054, 5000, 60000]);
    const ar2024 = column([1991000, 3087704, 0, ""]);
    expect(variance(ar2023, ar2024, "intäkt")).toEqual(column([597288, -3627350, -5000, -60000]));
  });

  it("percent gives a fraction; a zero budget is #DIV/0! in its own cell of a spill", () => {
    const result = variance(column([1393712, 0]), column([1227385, 2073888]), null, "procent");
    expect(result[0][0]).toBeCloseTo(166327 / 1393712, 14);
    expect(result[1][0]).toBeInstanceOf(cf.Error);
    expect((result[1][0] as any).code).toBe("#DIV/0!");
    expect(excelErrorOf(cf, () => variance([[0]], [[5]], "kostnad", "procent")).code).toBe("#DIV/0!");
  });

  it("text and booleans are #VALUE! in their own cell, naming the cell", () => {
    const result = variance(column([100, "1 000", true]), column([50, 50, 50]));
    expect(result[0][0]).toBe(50);
    expect((result[1][0] as any).code).toBe("#VALUE!");
    expect((result[1][0] as any).message).toMatch(/budget \(rad 2, kolumn 1\): texten "1 000".*budget \(row 2, column 1\)/);
    expect((result[2][0] as any).message).toMatch(/SANT är inget tal/);
    expect(excelErrorOf(cf, () => variance([["x"]], [[1]])).message).toMatch(/texten "x" är inget tal/);
  });

  it("an error value in a cell stays in that cell", () => {
    const na = new cf.Error("#N/A");
    const result = variance(column([na, 10]), column([1, 4]));
    expect(result[0][0]).toBe(na);
    expect(result[1][0]).toBe(6);
  });

  it("ranges of different shapes, unknown words and non-words are #VALUE! for the whole call", () => {
    expect(excelErrorOf(cf, () => variance(column([1, 2, 3]), column([1, 2]))).message).toMatch(
      /budget \(3×1\) och utfall \(2×1\) måste ha samma form.*must have the same shape/,
    );
    expect(excelErrorOf(cf, () => variance([[1, 2]], column([1, 2]))).message).toMatch(/1×2.*2×1/);
    expect(excelErrorOf(cf, () => variance([[1]], [[1]], "vinst")).message).toMatch(/Okänd typ "vinst"/);
    expect(excelErrorOf(cf, () => variance([[1]], [[1]], 1)).message).toMatch(/typ: väntade ett ord.*kind: expected a word/);
    expect(excelErrorOf(cf, () => variance([[1]], [[1]], "kostnad", "tkr")).message).toMatch(/Okänt läge/);
  });

  it("plain values (not ranges) work like 1×1 ranges", () => {
    expect(variance(1393712 as any, 1227385 as any)).toEqual([[166327]]);
  });
});
