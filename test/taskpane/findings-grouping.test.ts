/** Findings grouped the way the pane lists them: sheets in workbook order, then error, warning, info. */
import type { Finding, Severity } from "../../src/findings/finding";
import { groupFindings } from "../../src/taskpane/findings-model";
import { applyReview, reviewCounts } from "../../src/findings/review-apply";
import { parseCellRef, placesBySheet } from "../../src/excel/cell-ref";

const f = (sheet: string, severity: Severity, cells: string[] = ["A1"]): Finding => ({
  check: "sum",
  severity,
  sheet,
  cells,
  expected: null,
  actual: null,
  difference: null,
  tolerance: null,
  cause: null,
  message: { sv: "", en: "" },
});

describe("groupFindings", () => {
  it("orders sheets as in the workbook (unknown last) and severities error → warning → info", () => {
    const list = [f("BR", "info"), f("RR", "warning"), f("Okänt", "error"), f("RR", "error"), f("BR", "error"), f("RR", "info")];
    const groups = groupFindings(list, ["RR", "BR"]);
    expect(groups.map((g) => [g.sheet, g.count])).toEqual([
      ["RR", 3],
      ["BR", 2],
      ["Okänt", 1],
    ]);
    expect(groups[0].bySeverity.map((s) => s.severity)).toEqual(["error", "warning", "info"]);
    expect(groups[1].bySeverity.map((s) => s.severity)).toEqual(["error", "info"]);
    expect(reviewCounts(applyReview(list, new Map())).total).toEqual({ error: 3, warning: 1, info: 2 });
  });
});

describe("finding places", () => {
  it("reads refs on the finding's sheet and quoted refs to other sheets", () => {
    expect(parseCellRef("C14", "RR")).toEqual({ sheet: "RR", address: "C14" });
    expect(parseCellRef("'Balansräkning'!$C$14", "RR")).toEqual({ sheet: "Balansräkning", address: "C14" });
    expect(parseCellRef("'Not 5'!C17", "RR")).toEqual({ sheet: "Not 5", address: "C17" });
    expect(parseCellRef("'Ö''s blad'!A1", "RR")).toEqual({ sheet: "Ö's blad", address: "A1" });
  });
  it("groups a cross-sheet finding's cells by sheet, its own sheet first", () => {
    expect(placesBySheet(f("5-årsöversikt", "error", ["B8", "'Balansräkning'!C17", "'Balansräkning'!C12", "B8"]))).toEqual([
      { sheet: "5-årsöversikt", address: "B8" },
      { sheet: "Balansräkning", address: "C17,C12" },
    ]);
    expect(placesBySheet(f("RR", "info", ["'BR'!C3"]))).toEqual([{ sheet: "BR", address: "C3" }]);
  });
});
