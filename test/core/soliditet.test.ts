import { soliditet } from "../../src/core/soliditet";
import { formatPercentSwedish } from "../../src/core/swedish-format";

describe("soliditet", () => {
  it("000 BR 2023: 4 898 904 / 15 691 256 is 31,2 % (the report prints 32 %)", () => {
    const ratio = soliditet(4898904, 15691256);
    expect(ratio).toBeCloseTo(0.3122, 4);
    expect(formatPercentSwedish(ratio)).toBe("31,2 %");
  });

  it("000 BR 2022: 4 002 230 / 10 239 945 is 39,1 %, and 2021 (via KF) 2 752 183 / 10 896 157 is 25,3 %", () => {
    expect(formatPercentSwedish(soliditet(4002230, 10239945))).toBe("39,1 %");
    expect(formatPercentSwedish(soliditet(2752183, 10896157))).toBe("25,3 %");
  });

  it("negative equity gives a negative ratio", () => {
    expect(soliditet(-500, 1000)).toBe(-0.5);
  });

  it("zero assets is a division by zero; negative assets are invalid", () => {
    expect(() => soliditet(1, 0)).toThrow(expect.objectContaining({ kind: "divisionByZero" }));
    expect(() => soliditet(1, -5)).toThrow(/Summa tillgångar kan inte vara negativ.*Total assets cannot be negative/);
  });
});
