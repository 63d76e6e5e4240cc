/** Which palette the pane takes from Office's theme; WCAG luminance as the fallback's measure. */
import { isDark, luminance } from "../../src/taskpane/theme";

describe("luminance", () => {
  it("is WCAG 2's relative luminance", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1, 6);
    expect(luminance("#000000")).toBe(0);
    // #767676 is the lightest grey with 4.5:1 against white: (1 + 0.05) / (L + 0.05) ≥ 4.5.
    expect((1 + 0.05) / (luminance("#767676") + 0.05)).toBeGreaterThanOrEqual(4.5);
    expect((1 + 0.05) / (luminance("#777777") + 0.05)).toBeLessThan(4.5);
  });
});

describe("isDark", () => {
  it("takes Office's word when it gives one", () => {
    expect(isDark({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(true);
    expect(isDark({ isDarkTheme: false, bodyBackgroundColor: "#1f1f1f" })).toBe(false);
  });
  it("else judges by the body background", () => {
    expect(isDark({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
  });
  it("has no answer without a usable theme (the pane then follows prefers-color-scheme)", () => {
    expect(isDark(undefined)).toBeNull();
    expect(isDark({})).toBeNull();
    expect(isDark({ bodyBackgroundColor: "dark" })).toBeNull();
  });
});
