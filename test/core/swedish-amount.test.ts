import fc from "fast-check";
import { parseSwedishAmount } from "../../src/core/swedish-amount";
import { formatSwedish } from "../../src/core/swedish-format";

const kr = (text: string) => parseSwedishAmount(text).toNumber();

describe("parseSwedishAmount", () => {
  it("reads seed figures as the documents print them", () => {
    expect(kr("1 393 712")).toBe(1393712); // 000 T3 Resursråden budget
    expect(kr("-2 073 888")).toBe(-2073888); // 000 T3 Satsa differens
    expect(kr("17 157 195 kr")).toBe(17157195); // 000 T2 Individ insatser
    expect(kr("-25 275 195")).toBe(-25275195); // 000 T4 Verksamhetens kostnader
    expect(kr("0")).toBe(0);
  });

  it("reads the minus sign U+2212, dashes and a spaced minus", () => {
    expect(kr("\u22122 073 888")).toBe(-2073888);
    expect(kr("\u2013 595 732")).toBe(-595732);
    expect(kr("- 21 090")).toBe(-21090);
  });

  it("reads non-breaking, narrow and thin spaces as thousands separators", () => {
    expect(kr("1\u00a0393\u00a0712")).toBe(1393712);
    expect(kr("1\u202f393\u202f712")).toBe(1393712);
    expect(kr("1\u2009393\u2009712")).toBe(1393712);
    expect(kr("  896 674 ")).toBe(896674);
  });

  it("reads a decimal comma and bookkeeping parentheses", () => {
    expect(kr("5 572,6")).toBe(5572.6);
    expect(kr("0,0")).toBe(0);
    expect(kr("(1 234)")).toBe(-1234);
    expect(kr("(1 234) tkr")).toBe(-1234000);
    expect(kr("(1 234 tkr)")).toBe(-1234000);
  });

  it("scales tkr and mnkr to kronor", () => {
    expect(kr("12 tkr")).toBe(12000);
    expect(kr("1,5 mnkr")).toBe(1500000);
    expect(kr("16,3 Mkr")).toBe(16300000);
    expect(kr("5 572,6 tkr")).toBe(5572600);
    expect(kr("100 kronor")).toBe(100);
    expect(kr("1 234,-")).toBe(1234);
    expect(kr("250:-")).toBe(250);
  });

  it("reads a dash alone and a blank as zero", () => {
    for (const text of ["-", "\u2013", "\u2014", "\u2212", "", "   "]) expect(kr(text)).toBe(0);
  });

  it("names what it did not understand, in Swedish and English", () => {
    expect(() => kr("12 euro")).toThrow(/"euro" förstods inte.*"euro" was not understood/);
    expect(() => kr("1.5")).toThrow(/punkt.*point/);
    expect(() => kr("32%")).toThrow(/procent.*percentage/);
    expect(() => kr("12 34")).toThrow(/tusental.*thousands/);
    expect(() => kr("1,2,3")).toThrow(/decimalkomma.*decimal comma/);
    expect(() => kr("abc")).toThrow(/Kan inte läsa "abc".*Cannot read "abc"/);
    expect(() => kr("tkr")).toThrow(/Cannot read/);
  });

  it("reads back whatever formatSwedish prints (0–2 decimals)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        const value = cents / 100;
        const printed = formatSwedish(value, decimals);
        const expected = Number(printed.replace(/ /g, "").replace(",", "."));
        expect(kr(printed)).toBe(expected + 0);
      }),
    );
  });
});

describe("parseSwedishAmount: a minus inside parentheses (issue 10 item 8)", () => {
  const minusSigns = [
    ["hyphen-minus", "-"],
    ["minus sign U+2212", "\u2212"],
  ];
  const shapes = [(m: string) => `(${m}5)`, (m: string) => `(${m} 5)`, (m: string) => `(${m}5 tkr)`, (m: string) => `(${m}5) tkr`];
  it.each(minusSigns)("with %s, with and without a unit, is refused as ambiguous in Swedish and English", (_name, minus) => {
    for (const shape of shapes) {
      const text = shape(minus);
      expect(() => kr(text)).toThrow(
        new RegExp(`Kan inte läsa "\\(.*minustecken inom parentes är tvetydigt.* / Cannot read "\\(.*a minus sign inside parentheses is ambiguous`),
      );
      expect(() => kr(text)).toThrow(text);
    }
  });

  it("parentheses alone and a minus alone still read as negative", () => {
    expect(kr("(5)")).toBe(-5);
    expect(kr("(5 tkr)")).toBe(-5000);
    expect(kr("-5 tkr")).toBe(-5000);
    expect(kr("\u22125")).toBe(-5);
  });
});
