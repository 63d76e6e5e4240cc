import { roundsum } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

describe("FINSAM.ROUNDSUM", () => {
  it("000 Not 6 Fordringar 2023 in kr to whole tkr: =FINSAM.ROUNDSUM(B2:B6/1000)", () => {
    // Σ 4 971 262 kr → 4 971 tkr; naive rounding would give 4 972.
    expect(roundsum([[300.001], [988.038], [243.817], [266.705], [3172.701]])).toEqual([[300], [988], [244], [267], [3172]]);
  });

  it("decimals -3 on kronor; blank cells stay blank and are not counted", () => {
    expect(roundsum([[300001], [""], [988038], [243817], [266705], [3172701]], -3)).toEqual([[300000], [""], [988000], [244000], [267000], [3172000]]);
  });

  it("works on a row or a block, keeping the shape", () => {
    expect(
      roundsum([
        [0.4, 0.4],
        [0.4, null],
      ]),
    ).toEqual([
      [1, 0],
      [0, ""],
    ]);
  });

  it("text and booleans are #VALUE! naming the cell, in that cell only; bad decimals fail the whole call", () => {
    const text = roundsum([[1], ["två"]]);
    expect(text[0][0]).toBe(1);
    expect((text[1][0] as any).code).toBe("#VALUE!");
    expect((text[1][0] as any).message).toMatch(/värden \(rad 2, kolumn 1\): texten "två".*values \(row 2, column 1\)/);
    expect((roundsum([[1], [true]])[1][0] as any).message).toMatch(/SANT är inget tal/);
    expect(excelErrorOf(cf, () => roundsum([["två"]])).message).toMatch(/värden \(rad 1, kolumn 1\): texten "två"/);
    expect(excelErrorOf(cf, () => roundsum([[1]], "1")).message).toMatch(/decimaler: texten "1"/);
  });

  it("per cell (issue 10 item 11): an error or text cell is that cell's error, the rest add up to their own rounded total", () => {
    // 000 Not 6 in tkr with one figure replaced: the other four, 300,001 + 243,817 + 266,705 + 3 172,701
    // = 3 983,224, round to 3 983 (naively 300 + 244 + 267 + 3 173 = 3 984).
    const na = new cf.Error("#N/A");
    const result = roundsum([[300.001], [na], [243.817], ["988 tkr"], [266.705], [3172.701]]);
    expect(result[1][0]).toBe(na);
    expect((result[3][0] as any).message).toMatch(/rad 4, kolumn 1.*texten "988 tkr"/);
    const numbers = [result[0][0], result[2][0], result[4][0], result[5][0]] as number[];
    expect(numbers).toEqual([300, 244, 267, 3172]);
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(Math.round(300.001 + 243.817 + 266.705 + 3172.701));
  });
});
