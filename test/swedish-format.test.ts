import { formatSwedish, formatPercentSwedish } from "../src/core/swedish-format";

describe("formatSwedish", () => {
  it("prints seed figures as the documents print them", () => {
    expect(formatSwedish(1393712)).toBe("1 393 712");
    expect(formatSwedish(-2073888)).toBe("-2 073 888");
    expect(formatSwedish(5572.6, 1)).toBe("5 572,6");
    expect(formatSwedish(0)).toBe("0");
    expect(formatSwedish(999)).toBe("999");
  });
  it("rounds half away from zero", () => {
    expect(formatSwedish(2069355.5)).toBe("2 069 356");
    expect(formatSwedish(-0.4)).toBe("0");
  });
  it("prints a ratio as Swedish per cent", () => {
    expect(formatPercentSwedish(4898904 / 15691256)).toBe("31,2 %");
  });
});
