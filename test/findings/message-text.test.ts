import { formatAmount, formatPercent, renderMessage, amountValue, percentValue } from "../../src/findings/message-text";

describe("message values per language", () => {
  it("amounts: Swedish with spaces, decimal comma and the real minus; English with commas and a point", () => {
    expect(formatAmount(30_111_481, 0, "sv")).toBe("30 111 481");
    expect(formatAmount(30_111_481, 0, "en")).toBe("30,111,481");
    expect(formatAmount(-30_111_481.46, 1, "sv")).toBe("\u221230 111 481,5");
    expect(formatAmount(-30_111_481.46, 1, "en")).toBe("-30,111,481.5");
    expect(formatAmount(-0.04, 1, "sv")).toBe("0,0");
    expect(formatAmount(999, 0, "en")).toBe("999");
    expect(formatAmount(1.5, 1, "en")).toBe("1.5");
  });

  it("percentages: 0,312 → 31,2 % / 31.2 %", () => {
    expect(formatPercent(0.31220598, 1, "sv")).toBe("31,2 %");
    expect(formatPercent(0.31220598, 1, "en")).toBe("31.2 %");
    expect(formatPercent(-0.05, 0, "sv")).toBe("\u22125 %");
  });

  it("a template is filled per language; a value it names but the data lacks is a mistake", () => {
    const t = { sv: "{row} är {amount} ({share}) år {year}", en: "{row} is {amount} ({share}) in {year}" };
    expect(renderMessage(t, { row: { sv: "raden", en: "the line" }, amount: amountValue(-1234.5, 0.1), share: percentValue(0.25), year: 2023 })).toEqual({
      sv: "raden är \u22121 234,5 (25,0 %) år 2023",
      en: "the line is -1,234.5 (25.0 %) in 2023",
    });
    expect(() => renderMessage(t, { row: "x" })).toThrow(/amount/);
  });
});
