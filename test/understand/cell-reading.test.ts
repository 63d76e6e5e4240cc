import { cellKind, cellText, displayStep, isTooLargeFigure, oneLine, readTextNumber, roundToStep } from "../../src/understand/cell-reading";
import { formulaTerms } from "../../src/understand/formula-terms";
import { basisFromHeader, labelKey, noteRefs, noteRefsInLabel, roleFromLabel, unitFromText } from "../../src/understand/labels";

describe("numbers written as text", () => {
  it.each([
    ["1 393 712", 1_393_712],
    ["1\u00a0393\u00a0712", 1_393_712],
    ["1\u202f393\u202f712", 1_393_712],
    ["\u2212750 000", -750_000],
    ["-2 073 888", -2_073_888],
    ["(1 234)", -1_234],
    ["5 572,6", 5_572.6],
    ["17 157 195 kr", 17_157_195],
    ["32%", 0.32],
    ["2023", 2_023],
  ])("%s → %d", (text, value) => {
    expect(readTextNumber(text)?.value).toBeCloseTo(value, 9);
  });

  it.each(["6 år", "Not 3", "2023-12-31", "12 345 67", "(1 234", "Summa", "1.234,5", ""])("%s is not a number", (text) => {
    expect(readTextNumber(text)).toBeNull();
  });
});

describe("cell kinds", () => {
  it("tells numbers, dates, text numbers, text, errors and booleans apart", () => {
    expect(cellKind({ value: 5, numberFormat: "#,##0" })).toBe("number");
    expect(cellKind({ value: 45_291, numberFormat: "yyyy-mm-dd" })).toBe("date");
    expect(cellKind({ value: "1 393 712" })).toBe("text-number");
    expect(cellKind({ value: "Kansli" })).toBe("text");
    expect(cellKind({ value: null, error: "#REF!" })).toBe("error");
    expect(cellKind({ value: Number.NaN })).toBe("error");
    expect(cellKind({ value: true })).toBe("boolean");
    expect(cellKind({ value: "  " })).toBe("empty");
    expect(cellKind(undefined)).toBe("empty");
  });
});

describe("magnitudes the engine cannot judge exactly", () => {
  it("10^15 or more, or not finite, reads as unreadable (error), as a number or as text; just below is a figure", () => {
    for (const v of [1e15, -1e15, 1e308, -1.7e308, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
      expect([v, cellKind({ value: v, numberFormat: "#,##0" }), isTooLargeFigure({ value: v })]).toEqual([v, "error", true]);
    }
    expect(cellKind({ value: 999_999_999_999_999 })).toBe("number");
    expect(isTooLargeFigure({ value: 999_999_999_999_999 })).toBe(false);
    expect(cellKind({ value: "1 000 000 000 000 000 kr" })).toBe("error");
    expect(isTooLargeFigure({ value: "1 000 000 000 000 000 kr" })).toBe(true);
    expect(cellKind({ value: "999 999 999 999 999" })).toBe("text-number");
    expect(isTooLargeFigure({ value: "Kansli" })).toBe(false);
    expect(isTooLargeFigure({ value: null, error: "#NUM!" })).toBe(false);
  });
});

describe("text on one line", () => {
  it("turns each run of control characters or line separators into one space, leaving other text be", () => {
    expect(oneLine("Blad\r\nfel   fel  0\tx")).toBe("Blad fel   fel  0 x");
    expect(oneLine("a\u0007\u001b[2Jb\u0085c\u2028d\u2029e")).toBe("a [2Jb c d e");
    expect(oneLine("Balansräkning 2024")).toBe("Balansräkning 2024");
  });

  it("labels: control characters become spaces, whitespace runs one space, trimmed", () => {
    expect(cellText({ value: " Summa\n\u0007 intäkter\u001b " })).toBe("Summa intäkter");
    expect(cellText({ value: "Kansli\u0000" })).toBe("Kansli");
    expect(cellText({ value: "Medlems\u0090avgift" })).toBe("Medlems avgift");
  });
});

describe("precision", () => {
  it.each([
    ["#,##0", 1],
    ["# ##0", 1],
    ["#,##0.0", 0.1],
    ["0.00", 0.01],
    ['#,##0 "kr"', 1],
    ["#,##0;(#,##0)", 1],
    ["#,##0,", 1_000],
    ["#,##0,,", 1_000_000],
    ["0%", 0.01],
    ["0.0%", 0.001],
  ])("%s shows steps of %d", (format, step) => {
    expect(displayStep(1_234.567, format)).toBeCloseTo(step, 12);
  });

  it("General shows the value's own decimals", () => {
    expect(displayStep(5_572.6, "General")).toBeCloseTo(0.1, 12);
    expect(displayStep(26_019_221, undefined)).toBe(1);
  });

  it("rounds half away from zero to the step without binary noise", () => {
    expect(roundToStep(398_482.5, 1)).toBe(398_483);
    expect(roundToStep(-398_482.5, 1)).toBe(-398_483);
    expect(roundToStep(5_572.64, 0.1)).toBe(5_572.6);
    expect(roundToStep(0.3122, 0.01)).toBe(0.31);
    expect(roundToStep(26_019_221, 1_000)).toBe(26_019_000);
  });
});

describe("labels", () => {
  it("normalises labels for matching", () => {
    expect(labelKey("* Medlemsavgift Sollentuna")).toBe("medlemsavgift sollentuna");
    expect(labelKey("Medlemsavgift kommunerna, varav")).toBe("medlemsavgift kommunerna");
    expect(labelKey("Fordringar (not 6)")).toBe("fordringar");
    expect(labelKey("  Summa   tillgångar: ")).toBe("summa tillgångar");
  });

  it("reads note references from a Not cell and from a label", () => {
    expect(noteRefs("3,4")).toEqual([3, 4]);
    expect(noteRefs("5")).toEqual([5]);
    expect(noteRefs("Not")).toEqual([]);
    expect(noteRefsInLabel("Kortfristiga skulder, not 7")).toEqual([7]);
    expect(noteRefsInLabel("Noter")).toEqual([]);
  });

  it.each([
    ["Summa insatser", "subtotal"],
    ["Summa tillgångar", "total"],
    ["Totalt inkl. avskrivningar", "total"],
    ["Årets resultat", "result"],
    ["Verksamhetens nettokostnad", "result"],
    ["Likvida medel vid årets slut", "closing"],
    ["Utgående anskaffningsvärde", "closing"],
    ["Soliditet", "ratio"],
    ["Antal anställda", "count"],
    ["Kansli", "item"],
  ])("%s is a %s line", (label, role) => {
    expect(roleFromLabel(label, true)).toBe(role);
  });

  it("a line without figures is a heading, or text when it reads as prose", () => {
    expect(roleFromLabel("Omsättningstillgångar", false)).toBe("section-heading");
    expect(roleFromLabel("Summa summarum blev året bra. Vi fortsätter.", false)).toBe("text");
  });

  it.each([
    ["Budget 2023", "budget"],
    ["Utfall 2023", "utfall"],
    ["Prognos 2021", "prognos"],
    ["Differens", "difference"],
    ["Avvikelse", "difference"],
    ["Skillnad (År 2024 - År 2023)", "difference"],
    ["2023-01-01 -2023-12-31", "period"],
    ["2023-12-31", "balance-date"],
    ["År 2024", "period"],
    ["Belopp", "amount"],
  ])("header %s is a %s column", (header, basis) => {
    expect(basisFromHeader(header)).toBe(basis);
  });

  it.each([
    ["Belopp i kr.", "kr"],
    ["Belopp i tkr", "tkr"],
    ["(tkr)", "tkr"],
    ["Belopp i mnkr", "mnkr"],
    ["Resultaträkning", null],
  ])("unit of %s is %s", (text, unit) => {
    expect(unitFromText(text)).toBe(unit);
  });
});

describe("formula terms", () => {
  it("reads SUM ranges and +/- chains in the figure's own column", () => {
    expect(formulaTerms("SUM(C5:C7)", 2)).toEqual([5, 6, 7].map((r) => ({ row: r - 1, sign: 1 })));
    expect(formulaTerms("C7+C8-C9", 2)).toEqual([
      { row: 6, sign: 1 },
      { row: 7, sign: 1 },
      { row: 8, sign: -1 },
    ]);
    expect(formulaTerms("SUM($C$5:$C$6,C9)", 2)?.map((t) => t.row)).toEqual([4, 5, 8]);
  });

  it("refuses anything else: other columns, other sheets, other functions", () => {
    expect(formulaTerms("SUM(B5:B7)", 2)).toBeNull();
    expect(formulaTerms("'Not 6'!C8", 2)).toBeNull();
    expect(formulaTerms("ROUND(C5*1.02,0)", 2)).toBeNull();
  });
});
