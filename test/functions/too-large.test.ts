/** Issue 10 item 7: a result no double (and so no Excel cell) can hold is #NUM!, never ±Infinity. */
import { amount, reserve, roundsum, soliditet, split, variance } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

/** #NUM! with no message: Excel cannot show a custom message with #NUM! (CustomFunctions.ErrorCode reference). */
function expectTooLarge(error: { code: string; message?: string }): void {
  expect(error.code).toBe("#NUM!");
  expect(error.message).toBeUndefined();
}

describe("results beyond ±1.8E308 are #NUM!", () => {
  it("VARIANCE(1E308;-1E308): 2E308, and in a spill only that cell", () => {
    expectTooLarge(excelErrorOf(cf, () => variance([[1e308]], [[-1e308]])));
    expectTooLarge(excelErrorOf(cf, () => variance([[-1e308]], [[1e308]], "intäkt")));
    const spill = variance([[1e308], [5]], [[-1e308], [3]]);
    expectTooLarge(spill[0][0] as any);
    expect(spill[1][0]).toBe(2);
  });

  it("VARIANCE in per cent over a tiny budget: 1 / 5E-324", () => {
    expectTooLarge(excelErrorOf(cf, () => variance([[5e-324]], [[1]], "intäkt", "procent")));
  });

  it('NUMBER("1" & 400 zeros), and 1 & 303 zeros in mnkr', () => {
    expectTooLarge(excelErrorOf(cf, () => amount([["1" + "0".repeat(400)]])));
    expectTooLarge(excelErrorOf(cf, () => amount([["1" + "0".repeat(303) + " mnkr"]])));
    const spill = amount([["1" + "0".repeat(400)], ["12"]]);
    expectTooLarge(spill[0][0] as any);
    expect(spill[1][0]).toBe(12);
  });

  it("SOLIDITET(1;5E-324)", () => {
    expectTooLarge(excelErrorOf(cf, () => soliditet(1, 5e-324)));
  });

  it("RESERVE(1,7E308;{1};-1,7E308), and a staircase whose fixed amount overflows", () => {
    expectTooLarge(excelErrorOf(cf, () => reserve(1.7e308, [[1]], -1.7e308)));
    expectTooLarge(excelErrorOf(cf, () => reserve(1.7e308, [[0, 1, 1.7e308]], null, "hela")));
    expectTooLarge(excelErrorOf(cf, () => reserve(1.7e308, [[0, 1, 1.7e308]])));
  });

  it("SPLIT and ROUNDSUM of the largest double stay finite (their parts never exceed the input)", () => {
    const max = Number.MAX_VALUE;
    const parts = split(max, [[1], [1], [1]], -9).map((row) => row[0] as number);
    parts.forEach((p) => expect(Number.isFinite(p)).toBe(true));
    expect(parts[0]).toBeCloseTo(max / 2, -300);
    const rounded = roundsum([[max], [max]], -9).map((row) => row[0] as number);
    expect(rounded).toEqual([max, max]);
  });
});
