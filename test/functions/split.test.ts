import { split } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

describe("FINSAM.SPLIT", () => {
  it("000 Not 2: =FINSAM.SPLIT(16278000) → 8 139 000 / 4 069 500 / 4 069 500", () => {
    expect(split(16278000)).toEqual([[8139000], [4069500], [4069500]]);
    expect(split(16278000, null as any, null, null)).toEqual([[8139000], [4069500], [4069500]]);
  });

  it("002 T3: 6 930 000 with keys 44/27/29 in a column or a row", () => {
    const expected = [[3465000], [1732500], [762300], [467775], [502425]];
    expect(split(6930000, [[44], [27], [29]])).toEqual(expected);
    expect(split(6930000, [[44, 27, 29]])).toEqual(expected);
  });

  it("14 600 tkr with keys 47/47/6 and one decimal", () => {
    expect(split(14600, [[47], [47], [6]], 1)).toEqual([[7300], [3650], [1715.5], [1715.5], [219]]);
  });

  it("labels on request", () => {
    expect(split(6930000, [[44], [27], [29]], 0, true)).toEqual([
      ["Staten (FK + AF)", 3465000],
      ["Region", 1732500],
      ["Kommun 1", 762300],
      ["Kommun 2", 467775],
      ["Kommun 3", 502425],
    ]);
    expect(split(16278000, null as any, null, 1)[2]).toEqual(["Kommunerna", 4069500]);
  });

  it("a repayment splits as the mirror of the payment: SPLIT(-1,5;{1;1;1}) = −SPLIT(1,5;{1;1;1})", () => {
    expect(split(1.5, [[1], [1], [1]])).toEqual([[1], [1], [0], [0], [0]]);
    expect(split(-1.5, [[1], [1], [1]])).toEqual([[-1], [-1], [0], [0], [0]]);
  });

  it("blank total is 0; a blank key cell is a key of 0", () => {
    expect(split("")).toEqual([[0], [0], [0]]);
    expect(split(1000, [[1], [""], [1]])).toEqual([[500], [250], [125], [0], [125]]);
  });

  it("text, booleans and bad numbers are #VALUE! with a Swedish and English message", () => {
    const text = excelErrorOf(cf, () => split("16 278 000"));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/total: texten "16 278 000" är inget tal.*FINSAM.NUMBER.*\/ total: the text/);
    expect(excelErrorOf(cf, () => split(true)).message).toMatch(/SANT är inget tal.*TRUE is not a number/);
    expect(excelErrorOf(cf, () => split(1000, [["x"]])).message).toMatch(/kommunnyckel 1.*municipal key 1/);
    expect(excelErrorOf(cf, () => split(1000, [[1], [-1]])).message).toMatch(/≥ 0/);
    expect(excelErrorOf(cf, () => split(1000, [[0], [""]])).message).toMatch(/summerar till 0.*add up to 0/);
    expect(excelErrorOf(cf, () => split(1000, null as any, 1.5)).message).toMatch(/decimaler: 1.5 är inget heltal/);
    expect(excelErrorOf(cf, () => split(1000, null as any, 11)).message).toMatch(/från -9 till 10/);
    expect(excelErrorOf(cf, () => split(1000, null as any, 0, "ja")).message).toMatch(/etiketter: väntade SANT eller FALSKT/);
  });

  it("keys must be one row or one column", () => {
    const e = excelErrorOf(cf, () =>
      split(1000, [
        [1, 2],
        [3, 4],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/en rad eller en kolumn, inte 2×2.*one row or one column/);
  });

  it("an error value in an argument comes back unchanged", () => {
    const na = new cf.Error("#N/A", "upstream");
    expect(excelErrorOf(cf, () => split(na))).toBe(na);
  });
});
