/**
 * The findings list as the pane shows it, from literal findings and marks: approved ones
 * set apart and not counted as open, the summary "7 fel, varav 2 godkända", and each
 * finding's accessible name (severity in words, message and cells apart).
 */
import type { Finding, Severity } from "../../src/findings/finding";
import { applyReview } from "../../src/findings/review-apply";
import { fingerprintOf } from "../../src/findings/review-fingerprint";
import type { ReviewMark } from "../../src/findings/review-mark";
import { findingsListModel, SEVERITIES } from "../../src/taskpane/findings-model";
import { approvedSummary, findingName, findingPieces } from "../../src/taskpane/findings-view";
import { translator } from "../../src/taskpane/i18n";

const f = (sheet: string, severity: Severity, cells: string[], actual: number): Finding => ({
  check: "sum",
  severity,
  sheet,
  cells,
  expected: 100,
  actual,
  difference: actual - 100,
  tolerance: 0.5,
  cause: null,
  message: { sv: `Summan är ${actual}, inte 100.`, en: `The total is ${actual}, not 100.` },
});
const at = "2026-12-01T10:00:00.000Z";
const mark = (status: ReviewMark["status"]): ReviewMark => ({ status, comment: "", by: "", at });

describe("findingsListModel", () => {
  // 7 errors (2 approved, 1 a question), 1 warning, 2 info (1 approved) on two sheets.
  const errors = [1, 2, 3, 4, 5, 6, 7].map((i) => f(i <= 4 ? "RR" : "BR", "error", [`C${i}`], 100 + i));
  const warning = f("BR", "warning", ["D1"], 90);
  const infos = [f("RR", "info", ["E1"], 80), f("BR", "info", ["E2"], 70)];
  const findings = [...errors, warning, ...infos];
  const marks = new Map([
    [fingerprintOf(errors[0]), mark("approved")],
    [fingerprintOf(errors[5]), mark("approved")],
    [fingerprintOf(errors[2]), mark("question")],
    [fingerprintOf(infos[1]), mark("approved")],
  ]);
  const all = new Set<Severity>(SEVERITIES);

  it("folds approved findings and counts only the others as open; a question stays open", () => {
    const m = findingsListModel(applyReview(findings, marks), ["RR", "BR"], all);
    expect(m.total).toBe(10);
    expect(m.sheetCount).toBe(2);
    expect(m.chips).toEqual([
      { severity: "error", open: 5, shown: true },
      { severity: "warning", open: 1, shown: true },
      { severity: "info", open: 1, shown: true },
    ]);
    expect(m.approvedCount).toBe(3);
    expect(m.approved.map((g) => [g.sheet, g.bySeverity.flatMap((s) => s.findings.map((x) => x.cells[0]))])).toEqual([
      ["RR", ["C1"]],
      ["BR", ["C6", "E2"]],
    ]);
    const openCells = m.groups.flatMap((g) => g.bySeverity.flatMap((s) => s.findings.map((x) => x.cells[0])));
    expect(openCells).toEqual(["C2", "C3", "C4", "E1", "C5", "C7", "D1"]);
    expect(approvedSummary(m, translator("sv"), "sv")).toBe("7 fel, varav 2 godkända · 2 information, varav 1 godkänd");
    expect(approvedSummary(m, translator("en"), "en")).toBe("7 errors, 2 of them approved · 2 information, 1 of them approved");
  });

  it("a changed figure is a new finding: its mark no longer applies", () => {
    const changed = findings.map((x) => (x === errors[0] ? { ...x, actual: 200 } : x));
    const m = findingsListModel(applyReview(changed, marks), ["RR", "BR"], all);
    expect(m.approvedCount).toBe(2);
    expect(m.chips[0].open).toBe(6);
  });

  it("the filter hides open findings of a severity, not the folded ones, and says when all are hidden", () => {
    const m = findingsListModel(applyReview(findings, marks), ["RR", "BR"], new Set<Severity>());
    expect(m.groups).toEqual([]);
    expect(m.allHidden).toBe(true);
    expect(m.approvedCount).toBe(3);
    expect(m.chips.map((c) => c.shown)).toEqual([false, false, false]);
    const none = findingsListModel(applyReview([errors[0]], marks), ["RR"], new Set<Severity>());
    expect(none.allHidden).toBe(false);
  });
});

describe("findingName", () => {
  it("starts with the severity in words and keeps message, cells and other places apart; what is seen is part of it", () => {
    const cross: Finding = {
      ...f("5-årsöversikt", "error", ["B8", "'Balansräkning'!C17", "'Balansräkning'!C12"], 32),
      message: { sv: "Soliditet 32 % stämmer inte, omräknad 31,2 %", en: "Equity ratio 32 % does not match, recomputed 31.2 %" },
    };
    const sv = findingPieces(cross, translator("sv"), "sv");
    expect(findingName(sv)).toBe("Fel: Soliditet 32 % stämmer inte, omräknad 31,2 %. Celler: B8 · Balansräkning!C17, C12");
    expect(findingName(findingPieces(cross, translator("en"), "en"))).toBe(
      "Error: Equity ratio 32 % does not match, recomputed 31.2 %. Cells: B8 · Balansräkning!C17, C12",
    );
    // The visible pieces, in order, are the card's text as seen.
    expect(sv.filter((p) => !p.spoken).map((p) => p.text)).toEqual(["Soliditet 32 % stämmer inte, omräknad 31,2 %", "B8 · Balansräkning!C17, C12"]);
    const info = { ...f("RR", "info", ["E1"], 80), basis: "formula" as const };
    expect(findingName(findingPieces(info, translator("sv"), "sv"))).toMatch(/^Info: Summan är 80, inte 100\. Celler: E1\. Grund: .+$/);
  });

  it("writes the other sheets and the other workbook's sheet as Excel quotes them ('5-årsöversikt'!B7, Balansräkning!C3)", () => {
    const across: Finding = {
      ...f("Not 6", "error", ["B9", "'5-årsöversikt'!B7", "'Balansräkning'!C3"], 32),
      other: { workbook: "Budget 2024.xlsx", sheet: "Budget brutto", cell: "C19" },
    };
    const visible = findingPieces(across, translator("sv"), "sv").filter((p) => !p.spoken);
    expect(visible.find((p) => p.class === "where")?.text).toBe("B9 · '5-årsöversikt'!B7 · Balansräkning!C3");
    expect(visible.find((p) => p.class === "other")?.text).toBe("Jämfört med Budget 2024.xlsx › 'Budget brutto'!C19");
  });
});
