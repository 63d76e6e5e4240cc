import { soliditet } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

describe("FINSAM.SOLIDITET", () => {
  it("000 BR 2023: =FINSAM.SOLIDITET(4898904;15691256) ≈ 31,2 %", () => {
    expect(soliditet(4898904, 15691256)).toBeCloseTo(4898904 / 15691256, 15);
    expect(soliditet(4898904, 15691256)).toBeCloseTo(0.3122, 4);
  });

  it("blank equity is 0; zero assets #DIV/0!; text and booleans #VALUE!", () => {
    expect(soliditet("", 1000)).toBe(0);
    expect(excelErrorOf(cf, () => soliditet(1, 0)).code).toBe("#DIV/0!");
    expect(excelErrorOf(cf, () => soliditet(1, "")).code).toBe("#DIV/0!");
    const text = excelErrorOf(cf, () => soliditet("4 898 904", 15691256));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toMatch(/eget kapital: texten "4 898 904".*equity: the text/);
    expect(excelErrorOf(cf, () => soliditet(1, true)).message).toMatch(/summa tillgångar: SANT.*total assets: TRUE/);
  });
});
