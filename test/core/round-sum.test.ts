import fc from "fast-check";
import { roundSum } from "../../src/core/round-sum";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("roundSum", () => {
  it("000 Not 6 Fordringar 2023 in tkr: 4 971, not the 4 972 of naive rounding", () => {
    // 300 001 + 988 038 + 243 817 + 266 705 + 3 172 701 = 4 971 262 kr.
    // Naive: 300 + 988 + 244 + 267 + 3 173 = 4 972. Rounded down: 4 969, 2 tkr missing,
    // largest remainders ,817 and ,705.
    expect(roundSum([300.001, 988.038, 243.817, 266.705, 3172.701])).toEqual([300, 988, 244, 267, 3172]);
  });

  it("000 Not 6 in kr rounded to whole thousands (decimals -3)", () => {
    expect(roundSum([300001, 988038, 243817, 266705, 3172701], -3)).toEqual([300000, 988000, 244000, 267000, 3172000]);
  });

  it("000 Not 7 Kortfristiga skulder 2023 in tkr: 10 792, not 10 793", () => {
    // 3 713 163 + 178 232 + 394 505 + 204 602 + 595 585 + 5 706 265 = 10 792 352 kr.
    // Rounded down 10 790; the 2 missing go to ,602 and ,585 (not to ,505).
    expect(roundSum([3713.163, 178.232, 394.505, 204.602, 595.585, 5706.265])).toEqual([3713, 178, 394, 205, 596, 5706]);
  });

  it("keeps one decimal (tkr to one decimal)", () => {
    // 000 T3 Resursråden, Stöd till målgrupperna, ASF utfall in tkr: 1 227,385 + 4 471,771 + 535,502 = 6 234,658 → 6 234,7.
    expect(roundSum([1227.385, 4471.771, 535.502], 1)).toEqual([1227.4, 4471.8, 535.5]);
  });

  it("always adds up to the rounded total and moves no value by a whole unit or more", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 30 }), (ore) => {
        const values = ore.map((o) => o / 1000);
        const rounded = roundSum(values);
        const exactTotal = sum(ore) / 1000;
        expect(sum(rounded)).toBe(Math.sign(exactTotal) * Math.round(Math.abs(exactTotal)) + 0);
        rounded.forEach((r, i) => expect(Math.abs(r - values[i])).toBeLessThan(1));
      }),
    );
  });
});
