/**
 * The human view: grouped by sheet in workbook order, errors first, one line per finding
 * `Sheet!C12  message  (förväntat X, faktiskt Y, diff Z)`, Swedish digits, English labels
 * with --lang en, a summary line. Findings are literals; the expected text is written out.
 */
import type { Finding } from "../../src/findings/finding";
import { fingerprintOf } from "../../src/findings/review-fingerprint";
import type { ReviewMark } from "../../src/findings/review-mark";
import { FINDING_INDENT, findingLine, textReport, wrapLine } from "../../src/cli/report-text";

function finding(p: Partial<Finding> & Pick<Finding, "sheet" | "cells" | "severity">): Finding {
  return {
    check: "sum",
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    cause: null,
    message: { sv: "meddelande", en: "message" },
    ...p,
  };
}

const info = finding({
  sheet: "Balansräkning",
  cells: ["C12"],
  severity: "info",
  expected: 15_691_257,
  actual: 15_691_256,
  difference: -1,
  tolerance: 1.5,
  cause: "ore-rounding",
  message: { sv: "Summan stämmer inte.", en: "The total does not add up." },
});
const error = finding({
  sheet: "Budget netto",
  cells: ["B24", "'Budget brutto'!B27"],
  severity: "error",
  expected: 2_227_000,
  actual: 2_362_000,
  difference: 135_000,
  message: { sv: "Två värden.", en: "Two values." },
});
const ratio = finding({
  sheet: "5-årsöversikt",
  cells: ["B8"],
  severity: "warning",
  check: "ratio",
  expected: 0.3122,
  actual: 0.32,
  difference: 0.0078,
  message: { sv: "Soliditet.", en: "Equity ratio." },
});
const laterError = finding({ sheet: "Balansräkning", cells: ["D23"], severity: "error", message: { sv: "Fel.", en: "Wrong." } });

describe("findingLine", () => {
  it("writes sheet!cell, the message and the figures in Swedish", () => {
    expect(findingLine(info, "sv")).toBe(
      "  info     Balansräkning!C12  Summan stämmer inte.  (förväntat 15 691 257, faktiskt 15 691 256, diff -1, tolerans ±1,5; trolig orsak: öresavrundning)",
    );
  });

  it("writes English labels with --lang en", () => {
    expect(findingLine(info, "en")).toBe(
      "  info     Balansräkning!C12  The total does not add up.  (expected 15 691 257, actual 15 691 256, diff -1, tolerance ±1,5; likely cause: öre rounding)",
    );
  });

  it("quotes sheet names with spaces or a leading digit and keeps refs to other sheets", () => {
    expect(findingLine(error, "sv")).toBe(
      "  fel      'Budget netto'!B24, 'Budget brutto'!B27  Två värden.  (förväntat 2 227 000, faktiskt 2 362 000, diff 135 000)",
    );
    expect(findingLine(ratio, "sv")).toBe("  varning  '5-årsöversikt'!B8  Soliditet.  (förväntat 0,3122, faktiskt 0,32, diff 0,0078)");
  });

  it("does not repeat the figures when the message already states them", () => {
    const stated = { ...info, message: { sv: "Summan stämmer inte. (förväntat 15 691 257, faktiskt 15 691 256, diff -1, tolerans ±1,5)", en: "x" } };
    expect(findingLine(stated, "sv")).toBe(`  info     Balansräkning!C12  ${stated.message.sv}`);
  });

  it("leaves out the parenthesis when the finding has no figures", () => {
    expect(findingLine(laterError, "en")).toBe("  error    Balansräkning!D23  Wrong.");
  });

  it("writes a cell on another sheet as Excel would, whatever quoting the finding used", () => {
    const across = { ...laterError, sheet: "5-årsöversikt", cells: ["B8", "'Balansräkning'!C17", "'Not 6'!B9"] };
    expect(findingLine(across, "en")).toBe("  error    '5-årsöversikt'!B8, Balansräkning!C17, 'Not 6'!B9  Wrong.");
  });
});

describe("textReport", () => {
  it("groups by sheet in workbook order, errors first, and ends with the summary", () => {
    const text = textReport("budget.xlsx", [info, error, ratio, laterError], ["5-årsöversikt", "Balansräkning", "Budget netto"], "sv");
    expect(text.split("\n")).toEqual([
      "Fil: budget.xlsx",
      "",
      "5-årsöversikt  [0 fel, 1 varning, 0 info]",
      findingLine(ratio, "sv"),
      "",
      "Balansräkning  [1 fel, 0 varningar, 1 info]",
      findingLine(laterError, "sv"),
      findingLine(info, "sv"),
      "",
      "Budget netto  [1 fel, 0 varningar, 0 info]",
      findingLine(error, "sv"),
      "",
      "Sammanfattning: 2 fel, 1 varning, 1 info",
    ]);
  });

  it("says so when nothing was found, in English too", () => {
    expect(textReport("ok.xlsx", [], [], "en")).toBe("File: ok.xlsx\n\nSummary: 0 errors, 0 warnings, 0 infos");
  });
});

describe("wrapLine", () => {
  it("cuts at spaces within the width but not inside an amount, continuation lines indented, a word longer than a line cut where it ends", () => {
    const line = "  fel      Balansräkning!C12  Summan av raderna stämmer inte med summaraden.  (förväntat 15 691 257)";
    expect(wrapLine(line, 40, FINDING_INDENT)).toEqual([
      "  fel      Balansräkning!C12  Summan av",
      "           raderna stämmer inte med",
      "           summaraden.  (förväntat",
      "           15 691 257)",
    ]);
    expect(wrapLine("kort rad", 40, 2)).toEqual(["kort rad"]);
    expect(wrapLine("  " + "x".repeat(45), 40, 4)).toEqual(["  " + "x".repeat(38), "    " + "x".repeat(7)]);
  });

  it("counts characters, not bytes (å, −, ↔ are one each)", () => {
    expect(wrapLine("åäö ↔ −1 234 åäö", 12, 2)).toEqual(["åäö ↔ −1 234", "  åäö"]);
  });
});

describe("textReport with review marks", () => {
  const mark = (status: ReviewMark["status"], comment: string): ReviewMark => ({ status, comment, by: "Anna Ek", at: "2026-12-01T10:00:00.000Z" });
  const marks = new Map([
    [fingerprintOf(laterError), mark("approved", "Förklarad i not 3")],
    [fingerprintOf(error), mark("question", "Vilken rad är rätt?")],
  ]);

  it("folds approved findings under Godkända (n), tags the others' marks and counts 'varav n godkända'", () => {
    const text = textReport("budget.xlsx", [info, error, ratio, laterError], ["5-årsöversikt", "Balansräkning", "Budget netto"], "sv", { marks });
    expect(text.split("\n")).toEqual([
      "Fil: budget.xlsx",
      "",
      "5-årsöversikt  [0 fel, 1 varning, 0 info]",
      findingLine(ratio, "sv"),
      "",
      "Balansräkning  [0 fel, 0 varningar, 1 info]",
      findingLine(info, "sv"),
      "",
      "Budget netto  [1 fel, 0 varningar, 0 info]",
      `${findingLine(error, "sv")}  [Fråga: Vilken rad är rätt? (Anna Ek, 2026-12-01)]`,
      "",
      "Godkända (1)",
      findingLine(laterError, "sv"),
      "           Godkänd (förklarad): Förklarad i not 3 (Anna Ek, 2026-12-01)",
      "",
      "Sammanfattning: 2 fel, varav 1 godkänd, 1 varning, 1 info",
    ]);
  });

  it("in English: 'Approved (1)' and '2 errors, 1 of them approved'", () => {
    const text = textReport("budget.xlsx", [error, laterError], [], "en", { marks });
    expect(text).toContain("\nApproved (1)\n");
    expect(text).toContain("Approved (explained): Förklarad i not 3 (Anna Ek, 2026-12-01)");
    expect(text.endsWith("Summary: 2 errors, 1 of them approved, 0 warnings, 0 infos")).toBe(true);
  });

  it("a mark on a finding whose figures changed is not applied", () => {
    const changed = { ...laterError, expected: 10, actual: 12, difference: 2 };
    const text = textReport("budget.xlsx", [changed], [], "sv", { marks });
    expect(text).not.toContain("Godkända");
    expect(text.endsWith("Sammanfattning: 1 fel, 0 varningar, 0 info")).toBe(true);
  });
});

describe("textReport wrapped at a width", () => {
  it("no line is wider, each finding starts with its severity and cell, its continuation lines indented", () => {
    const text = textReport("budget.xlsx", [info, error, ratio, laterError], ["5-årsöversikt", "Balansräkning", "Budget netto"], "sv", { width: 50 });
    const lines = text.split("\n");
    expect(lines.filter((l) => [...l].length > 50)).toEqual([]);
    expect(lines).toContain("  info     Balansräkning!C12  Summan stämmer inte.");
    expect(lines).toContain("  fel      'Budget netto'!B24, 'Budget brutto'!B27");
    // Every line after a finding's first is indented past the severity column.
    const first = lines.indexOf("  info     Balansräkning!C12  Summan stämmer inte.");
    expect(lines.slice(first + 1, first + 3).every((l) => l.startsWith(" ".repeat(FINDING_INDENT)) && l[FINDING_INDENT] !== " ")).toBe(true);
    expect(
      lines
        .slice(first + 1, first + 4)
        .join(" ")
        .replace(/ +/g, " "),
    ).toBe(" (förväntat 15 691 257, faktiskt 15 691 256, diff -1, tolerans ±1,5; trolig orsak: öresavrundning)");
  });

  it("never breaks inside a cell reference or between ↔ and the other side", () => {
    const across = { ...error, other: { workbook: "Budget 2024.xlsx", sheet: "Budget brutto", cell: "C19" } };
    expect(textReport("b.xlsx", [across], [], "sv", { width: 40 }).split("\n").slice(2, 6)).toEqual([
      "Budget netto  [1 fel, 0 varningar, 0",
      "  info]",
      "  fel      'Budget netto'!B24,",
      "           'Budget brutto'!B27",
    ]);
    expect(textReport("b.xlsx", [across], [], "sv", { width: 55 }).split("\n").slice(3, 6)).toEqual([
      "  fel      'Budget netto'!B24, 'Budget brutto'!B27",
      // The other side quoted as Excel writes it: 11 + 40 characters, "  Två" would make 56.
      "           ↔ Budget 2024.xlsx › 'Budget brutto'!C19",
      "           Två värden.  (förväntat 2 227 000, faktiskt",
    ]);
  });

  it("is not narrower than 40 columns", () => {
    const lines = textReport("budget.xlsx", [info], [], "sv", { width: 10 }).split("\n");
    expect(lines.filter((l) => [...l].length > 40)).toEqual([]);
    expect(lines).toContain("  info     Balansräkning!C12  Summan");
  });
});

describe("names and amounts that could break a line", () => {
  it("a sheet name with a newline, a carriage return or an escape stays on its line; an amount that is not finite is left out", () => {
    const odd = finding({
      sheet: "Ny\r\nfel      X!A1\u001b[2J",
      cells: ["B2"],
      severity: "warning",
      expected: Number.POSITIVE_INFINITY,
      actual: 5,
      difference: Number.NaN,
      message: { sv: "Varning.", en: "Warning." },
    });
    const text = textReport("bok.xlsx", [odd], [odd.sheet], "sv");
    expect(text.split("\n")).toEqual([
      "Fil: bok.xlsx",
      "",
      "Ny fel      X!A1 [2J  [0 fel, 1 varning, 0 info]",
      "  varning  'Ny fel      X!A1 [2J'!B2  Varning.  (faktiskt 5)",
      "",
      "Sammanfattning: 0 fel, 1 varning, 0 info",
    ]);
  });
});
