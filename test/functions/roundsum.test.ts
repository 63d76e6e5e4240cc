import { roundsum } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

describe("FINSAM.ROUNDSUM", () => {
  it("000 Not 6 Fordringar 2023 in kr to whole tkr: =FINSAM.ROUNDSUM(B2:B6/1000)", () => {
    // Σ 4 971 262 kr → 4 971 tkr; naive rounding would give 4 972.
    expect(roundsum([[300.001], [988.038], [243.817], [266.705], [3172.701]])).toEqual([[300], [988], [244], [267], [3172]]);
  });

  it("decimals -3 on kronor; blank cells stay blank and are not counted", () => {
    expect(roundsum([[300001], [""], [988038], [243817], [266705], [3172701]], -3)).toEqual([
      [300000],
      [""],
      [988000],
      [244000],
      [267000],
      [3172000],
    ]);
  });

  it("works on a row or a block, keeping the shape", () => {
    expect(roundsum([[0.4, 0.4], [0.4, null]])).toEqual([[1, 0], [0, ""]]);
  });

  it("text, booleans and bad decimals are #VALUE! naming the cell", () => {
    expect(excelErrorOf(cf, () => roundsum([[1], ["två"]])).message).toMatch(/värden \(rad 2, kolumn 1\): texten "två".*values \(row 2, column 1\)/);
    expect(excelErrorOf(cf, () => roundsum([[1], [true]])).message).toMatch(/SANT är inget tal/);
    expect(excelErrorOf(cf, () => roundsum([[1]], "1")).message).toMatch(/decimaler: texten "1"/);
  });
});
