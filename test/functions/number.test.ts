import { amount } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

describe("FINSAM.NUMBER", () => {
  it("reads pasted seed figures: =FINSAM.NUMBER(A2)", () => {
    expect(amount([["1 393 712"]])).toEqual([[1393712]]);
    expect(amount([["17 157 195 kr"]])).toEqual([[17157195]]);
    expect(amount("\u22122 073 888" as any)).toEqual([[-2073888]]);
  });

  it("spills a pasted column, with dash and blank as 0 and numbers passing through", () => {
    expect(amount([["5 572,6"], ["- 21 090"], ["(1 234)"], ["-"], [""], [896674]])).toEqual([[5572.6], [-21090], [-1234], [0], [0], [896674]]);
  });

  it("converts to the unit asked for", () => {
    expect(amount([["12 tkr"]], "tkr")).toEqual([[12]]);
    expect(amount([["1,5 mnkr"]])).toEqual([[1500000]]);
    expect(amount([[5572600]], "tkr")).toEqual([[5572.6]]);
    expect(amount([["16 278 000"]], "mnkr")).toEqual([[16.278]]);
  });

  it("text it cannot read is #VALUE! naming what was not understood; in a spill only that cell", () => {
    const single = excelErrorOf(cf, () => amount([["12 euro"]]));
    expect(single.code).toBe("#VALUE!");
    expect(single.message).toMatch(/Kan inte läsa "12 euro" som ett belopp: "euro" förstods inte.*Cannot read "12 euro"/);
    const column = amount([["1 000"], ["1.5"]]);
    expect(column[0][0]).toBe(1000);
    expect((column[1][0] as any).message).toMatch(/punkt.*point/);
  });

  it("booleans, unknown units and error values", () => {
    expect(excelErrorOf(cf, () => amount([[false]])).message).toMatch(/FALSKT är inget tal.*FALSE is not a number/);
    expect(excelErrorOf(cf, () => amount([["1"]], "euro")).message).toMatch(/Okänd enhet "euro".*Unknown unit/);
    expect(excelErrorOf(cf, () => amount([["1"]], 1000)).message).toMatch(/enhet: väntade ett ord/);
    const ref = new cf.Error("#REF!");
    expect(excelErrorOf(cf, () => amount([[ref]]))).toBe(ref);
  });
});

describe("FINSAM.NUMBER: a minus inside parentheses is refused, not cancelled", () => {
  it.each(["(\u22125)", "(-5)", "(-5 tkr)", "(\u22125 tkr)"])("%s is #VALUE! saying it is ambiguous", (text) => {
    const error = excelErrorOf(cf, () => amount([[text]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/tvetydigt.*\/.*ambiguous/);
  });
});
