import { InputError } from "../../src/core/input-error";
import { Exact, toNumber } from "../../src/core/exact-decimal";

describe("toNumber: the one guard against results no double holds", () => {
  it("gives the nearest double, and 0 for negative zero", () => {
    expect(toNumber(new Exact("0.1"))).toBe(0.1);
    expect(Object.is(toNumber(new Exact(-0)), 0)).toBe(true);
    expect(toNumber(new Exact(Number.MAX_VALUE))).toBe(Number.MAX_VALUE);
    expect(Object.is(toNumber(new Exact("-1e-400")), 0)).toBe(true);
  });

  it.each(["2e308", "-2e308", "1e400"])("%s is a tooLarge InputError in Swedish and English", (text) => {
    let thrown: unknown;
    try {
      toNumber(new Exact(text));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).kind).toBe("tooLarge");
    expect((thrown as InputError).message).toBe(
      "Resultatet är för stort för Excel (större än ±1,8E308). / The result is too large for Excel (beyond ±1.8E308).",
    );
  });
});
