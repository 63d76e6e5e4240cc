/** The re-layouts themselves, on small literal grids, against hand-computed addresses and formulas. */
import { seed000 } from "../../examples/src/seed-000";
import type { Finding } from "../../src/findings/finding";
import type { Sheet, Workbook } from "../../src/model/grid";
import { chain, type AddressMap } from "../support/metamorphic/address-map";
import { sheetPrefix } from "../support/metamorphic/cell-refs";
import { EXAMPLE_WORKBOOKS, seed000Linked } from "../support/metamorphic/examples";
import { findingSignature } from "../support/metamorphic/finding-signature";
import { formulasToValues } from "../support/metamorphic/formulas-to-values";
import { insertColumnsLeft } from "../support/metamorphic/insert-columns";
import { insertRowsAbove, widenBlankRuns } from "../support/metamorphic/insert-rows";
import { restyledFormat } from "../support/metamorphic/number-formats";
import { abbreviated, neutralWhereTitled, renameSheets } from "../support/metamorphic/rename-sheets";
import { rewriteFormula } from "../support/metamorphic/rewrite-formula";
import { sideBySide } from "../support/metamorphic/side-by-side";
import { insertSpacerColumn } from "../support/metamorphic/spacer-column";
import { stackSheets } from "../support/metamorphic/stack-sheets";
import { sumFormulaValue } from "../support/metamorphic/sum-formula-value";
import { uppercaseLabels } from "../support/metamorphic/uppercase-labels";

const shiftRows =
  (by: number): AddressMap =>
  (sheet, row, col) => ({ sheet, row: row + by, col });

describe("rewriteFormula", () => {
  it("moves ranges, single cells and $-anchored cells, keeping the anchors", () => {
    expect(rewriteFormula("SUM(B3:B7)", "S", "S", shiftRows(2))).toBe("SUM(B5:B9)");
    expect(rewriteFormula("$C$17-C5+c6", "S", "S", (sheet, row, col) => ({ sheet, row, col: col + 1 }))).toBe("$D$17-D5+D6");
    expect(rewriteFormula("SUM($B$3:B7,B9)", "S", "S", shiftRows(1))).toBe("SUM($B$4:B8,B10)");
  });

  it("follows quoted and bare sheet-qualified references, and writes the quote a name needs", () => {
    const renamed: AddressMap = (sheet, row, col) => ({ sheet: sheet === "Not 5" ? "N5" : sheet === "Blad1" ? "Not 7" : sheet, row: row + 1, col });
    expect(rewriteFormula("'Not 5'!C17+Blad1!A1-SUM('Not 5'!C3:C9)", "RR", "RR", renamed)).toBe("'N5'!C18+'Not 7'!A2-SUM('N5'!C4:C10)");
    expect(rewriteFormula("'O''Brien'!B2", "RR", "RR", (_, row, col) => ({ sheet: "KF", row, col }))).toBe("KF!B2");
  });

  it("drops the sheet name when the cell now lies on the formula's own sheet, and adds it when it left", () => {
    const stacked: AddressMap = (sheet, row, col) => ({ sheet: "Rapport", row: sheet === "Not 5" ? row + 30 : row, col });
    expect(rewriteFormula("'Not 5'!C17-C2", "RR", "Rapport", stacked)).toBe("C47-C2");
    const apart: AddressMap = (sheet, row, col) => ({ sheet: row > 9 ? "Del 2" : sheet, row, col });
    expect(rewriteFormula("B2+B12", "S", "S", apart)).toBe("B2+'Del 2'!B12");
  });

  it("leaves string literals, function names and numbers alone", () => {
    expect(rewriteFormula('IF(A1>0,"B2 ""C3""",LOG10(A2)*1E5)', "S", "S", shiftRows(1))).toBe('IF(A2>0,"B2 ""C3""",LOG10(A3)*1E5)');
  });

  it("refuses whole-column and whole-row references instead of guessing", () => {
    expect(() => rewriteFormula("SUM(B:B)", "S", "S", shiftRows(1))).toThrow(/whole-column/);
    expect(() => rewriteFormula("SUM(3:5)", "S", "S", shiftRows(1))).toThrow(/whole-column/);
  });

  it("quotes a sheet name only when it has to", () => {
    expect(sheetPrefix("KF")).toBe("KF!");
    expect(sheetPrefix("Blad1")).toBe("Blad1!");
    expect(sheetPrefix("N5")).toBe("'N5'!"); // reads as a cell
    expect(sheetPrefix("Not 5")).toBe("'Not 5'!");
    expect(sheetPrefix("5 år")).toBe("'5 år'!");
    expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
  });
});

describe("sumFormulaValue", () => {
  it("gives every formula of the examples its printed figure (the example builder checks the same)", () => {
    let formulas = 0;
    for (const [, build] of EXAMPLE_WORKBOOKS) {
      const wb = build();
      for (const s of wb.sheets)
        for (const cells of s.rows)
          for (const c of cells ?? [])
            if (c?.formula !== undefined) {
              formulas++;
              expect(sumFormulaValue(wb, s.name, c.formula)).toBe(c.value);
            }
    }
    expect(formulas).toBeGreaterThan(50);
  });

  it("reads every cross-sheet link of the linked example 000 as the figure its cell prints", () => {
    const wb = seed000Linked();
    const links = wb.sheets.flatMap((s) => s.rows.flatMap((cells) => cells.filter((c) => c?.formula?.includes("!")).map((c) => [s.name, c!] as const)));
    expect(links.map(([, c]) => c.formula)).toHaveLength(6);
    for (const [sheet, c] of links) expect(sumFormulaValue(wb, sheet, c.formula!)).toBe(c.value);
  });

  it("reads qualified references and refuses other formulas", () => {
    const wb: Workbook = {
      sheets: [
        { name: "Not 5", rows: [[{ value: 2 }], [{ value: 3 }]] },
        { name: "RR", rows: [[{ value: 10 }]] },
      ],
    };
    expect(sumFormulaValue(wb, "RR", "A1-SUM('Not 5'!A1:A2)")).toBe(5);
    expect(sumFormulaValue(wb, "RR", "A1*2")).toBeNull();
  });
});

/** Title, blank, header, item, blank, item — a merged title over A1:C1, the fourth row hidden. */
function smallSheet(name: string): Sheet {
  return {
    name,
    rows: [
      [{ value: "Titel", bold: true }],
      [],
      [{ value: "Post" }, { value: "Not" }, { value: 2023 }, { value: 2022 }],
      [{ value: "Intäkter" }, { value: "2" }, { value: 5, numberFormat: "#,##0" }, { value: 4, numberFormat: "#,##0" }],
      [],
      [{ value: "Summa", bold: true }, undefined, { value: 5, formula: "SUM(C4:C4)" }, { value: 7, formula: `'Övrigt'!B2+D4` }],
    ],
    merged: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    hiddenRows: [3],
  };
}

function otherSheet(): Sheet {
  // No title of its own: the first row is a label with a figure.
  return {
    name: "Övrigt",
    rows: [
      [{ value: "Post" }, { value: 1 }],
      [{ value: "Extra" }, { value: 3 }],
    ],
  };
}

const workbook = (): Workbook => ({ name: "small", sheets: [smallSheet("RR"), otherSheet()] });

describe("the transformations on a small workbook", () => {
  it("rows above everything: cells, merges, hidden rows and formulas move down together", () => {
    const { workbook: wb, map } = insertRowsAbove(2)(workbook());
    expect(map("RR", 5, 2)).toEqual({ sheet: "RR", row: 7, col: 2 });
    const rr = wb.sheets[0];
    expect(rr.rows[7][2]).toEqual({ value: 5, formula: "SUM(C6:C6)" });
    expect(rr.rows[7][3]!.formula).toBe("'Övrigt'!B4+D6");
    expect(rr.merged).toEqual([{ top: 2, left: 0, bottom: 2, right: 2 }]);
    expect(rr.hiddenRows).toEqual([5]);
  });

  it("wider blank runs: after a figure row (between tables) or after a text row (below a title); rows below move", () => {
    const between = widenBlankRuns(2, "between-tables")(workbook());
    expect([0, 1, 2, 3, 4, 5].map((r) => between.map("RR", r, 0).row)).toEqual([0, 1, 2, 3, 4, 7]);
    expect(between.workbook.sheets[0].rows.map((cells) => cells.length === 0)).toEqual([false, true, false, false, true, true, true, false]);
    expect(between.workbook.sheets[0].rows[7][2]!.formula).toBe("SUM(C4:C4)");
    const below = widenBlankRuns(1, "below-titles")(workbook());
    expect([0, 1, 2, 3, 4, 5].map((r) => below.map("RR", r, 0).row)).toEqual([0, 1, 3, 4, 5, 6]);
    expect(below.workbook.sheets[0].rows[6][2]!.formula).toBe("SUM(C5:C5)");
    expect(below.workbook.sheets[0].hiddenRows).toEqual([4]);
    expect(below.workbook.sheets[1].rows).toEqual(otherSheet().rows); // no blank run on it
  });

  it("a blank row inside a merged range is not a separator", () => {
    const sheet: Sheet = { name: "S", rows: [[{ value: "a" }], [], [{ value: "b" }]], merged: [{ top: 0, left: 0, bottom: 2, right: 0 }] };
    const { map } = widenBlankRuns(3, "below-titles")({ sheets: [sheet] });
    expect(map("S", 2, 0).row).toBe(2);
  });

  it("columns left of everything", () => {
    const { workbook: wb, map } = insertColumnsLeft(1)(workbook());
    expect(map("Övrigt", 1, 1)).toEqual({ sheet: "Övrigt", row: 1, col: 2 });
    expect(wb.sheets[0].rows[5][4]!.formula).toBe("'Övrigt'!C2+E4");
    expect(wb.sheets[0].merged).toEqual([{ top: 0, left: 1, bottom: 0, right: 3 }]);
  });

  it("a spacer before the first value column (after the Not column), or between the first two value columns", () => {
    const before = insertSpacerColumn("before-values")(workbook());
    expect([0, 1, 2, 3].map((c) => before.map("RR", 3, c).col)).toEqual([0, 1, 3, 4]);
    expect(before.workbook.sheets[0].rows[5][3]!.formula).toBe("SUM(D4:D4)");
    const afterLabels = insertSpacerColumn("after-labels")(workbook());
    expect([0, 1, 2, 3].map((c) => afterLabels.map("RR", 3, c).col)).toEqual([0, 2, 3, 4]);
    expect(afterLabels.map("Övrigt", 1, 1).col).toBe(2);
    // Övrigt: B is its only value column, so "between" leaves it alone.
    const between = insertSpacerColumn("between-values")(workbook());
    expect([0, 1, 2, 3].map((c) => between.map("RR", 3, c).col)).toEqual([0, 1, 2, 4]);
    expect(between.map("Övrigt", 1, 1).col).toBe(1);
    expect(between.workbook.sheets[0].rows[5][4]!.formula).toBe("'Övrigt'!B2+E4");
    expect(between.workbook.sheets[0].merged).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it("renamed sheets: qualified references follow; neutral names only where the cells carry a title", () => {
    const { workbook: wb, map } = renameSheets(neutralWhereTitled)(workbook());
    expect(wb.sheets.map((s) => s.name)).toEqual(["Blad1", "Övrigt"]);
    expect(map("RR", 5, 3)).toEqual({ sheet: "Blad1", row: 5, col: 3 });
    expect(wb.sheets[0].rows[5][3]!.formula).toBe("'Övrigt'!B2+D4");
    expect([...abbreviated(seed000()).values()]).toEqual(["5 år", "Drift", "BU", "RR", "BR", "KF", "Noter", "N5", "N6", "N7"]);
  });

  it("stacked: blocks in sheet order, two blank rows between, a title line for the sheet without one", () => {
    const { workbook: wb, map } = stackSheets(workbook());
    // RR takes rows 0–5; blank 6–7; the title "Övrigt" at 8; Övrigt's rows at 9–10.
    expect(map("Övrigt", 1, 1)).toEqual({ sheet: "Rapport", row: 10, col: 1 });
    const rows = wb.sheets[0].rows;
    expect(rows[8]).toEqual([{ value: "Övrigt", bold: true }]);
    expect(rows[10][1]).toEqual({ value: 3 });
    expect(rows[5][3]!.formula).toBe("B11+D4"); // Övrigt!B2 is its row 1 → row 10
    expect(wb.sheets[0].hiddenRows).toEqual([3]);
  });

  it("side by side: the right sheet starts gap columns right of the left one's widest row", () => {
    const wb: Workbook = { sheets: [otherSheet(), { ...smallSheet("RR"), hiddenRows: undefined }] };
    const { workbook: out, map } = sideBySide(() => [["Övrigt", "RR"]], 2)(wb);
    // Övrigt uses A–B, so RR's column A lands in E.
    expect(map("RR", 5, 3)).toEqual({ sheet: "Övrigt", row: 5, col: 7 });
    expect(out.sheets.map((s) => s.name)).toEqual(["Övrigt"]);
    expect(out.sheets[0].rows[5][7]!.formula).toBe("B2+H4");
    expect(out.sheets[0].merged).toEqual([{ top: 0, left: 4, bottom: 0, right: 6 }]);
    expect(() => sideBySide(() => [["RR", "Övrigt"]], 1)(workbook())).toThrow(/hidden rows/);
  });

  it("labels upper-cased in the label columns only, note references and value-column text untouched", () => {
    const { workbook: wb } = uppercaseLabels(workbook());
    const rr = wb.sheets[0].rows;
    expect([rr[0][0]!.value, rr[3][0]!.value, rr[3][1]!.value]).toEqual(["TITEL", "INTÄKTER", "2"]);
    const sheet: Sheet = {
      name: "N",
      rows: [
        [{ value: "Årets avskrivningar" }, { value: 1 }],
        [{ value: "Tider" }, { value: "6 år" }],
        [{ value: "x" }, { value: 2 }],
      ],
    };
    expect(uppercaseLabels({ sheets: [sheet] }).workbook.sheets[0].rows.map((r) => r.map((c) => c!.value))).toEqual([
      ["ÅRETS AVSKRIVNINGAR", 1],
      ["TIDER", "6 år"],
      ["X", 2],
    ]);
  });

  it("formulas to values keeps value, format and bold", () => {
    const { workbook: wb } = formulasToValues(workbook());
    expect(wb.sheets[0].rows[5][3]).toEqual({ value: 7 });
    expect(wb.sheets[0].rows[3][2]).toEqual({ value: 5, numberFormat: "#,##0" });
  });

  it("number formats keep their decimals", () => {
    expect(restyledFormat("#,##0", "space-thousands")).toBe("# ##0");
    expect(restyledFormat('#,##0 "kr"', "explicit-negative")).toBe('#,##0 "kr";-#,##0 "kr"');
    expect(restyledFormat("#,##0.0", "red-negative")).toBe("#,##0.0;[Red]-#,##0.0");
    expect(restyledFormat("#,##0.0", "no-thousands")).toBe("0.0");
    expect(restyledFormat("0%", "no-thousands")).toBeNull();
    expect(restyledFormat("yyyy-mm-dd", "space-thousands")).toBeNull();
  });

  it("chained maps follow a cell through every step", () => {
    const { workbook: wb, map } = chain(insertRowsAbove(1), insertColumnsLeft(2), stackSheets)(workbook());
    // RR: 7 rows after the shift; blank 7–8; title 9; Övrigt from row 10, shifted one down and two right.
    expect(map("Övrigt", 0, 1)).toEqual({ sheet: "Rapport", row: 11, col: 3 });
    expect(wb.sheets[0].rows[11][3]).toEqual({ value: 1 });
  });

  it("an address map round trip: every cell of the original is found at its mapped address", () => {
    const original = workbook();
    const { workbook: wb, map } = chain(widenBlankRuns(2, "below-titles"), insertSpacerColumn("before-values"), stackSheets)(original);
    for (const s of original.sheets)
      s.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!cell) return;
          const to = map(s.name, r, c);
          expect(wb.sheets.find((x) => x.name === to.sheet)!.rows[to.row][to.col]!.value).toBe(cell.value);
        }),
      );
  });
});

describe("findingSignature", () => {
  const finding = (sheet: string, cells: string[]): Finding => ({
    check: "ratio",
    severity: "error",
    sheet,
    cells,
    expected: 0.31,
    actual: 0.32,
    difference: 0.01,
    tolerance: 0.005,
    cause: null,
    message: { sv: "x", en: "x" },
  });

  it("maps own-sheet and qualified cells, as a set", () => {
    const map: AddressMap = (sheet, row, col) => ({ sheet: sheet === "Balansräkning" ? "BR" : sheet, row: row + 1, col });
    expect(findingSignature(finding("5 år", ["B8", "'Balansräkning'!C17", "B8", "Balansräkning!C12"]), map)).toEqual({
      check: "ratio",
      severity: "error",
      sheet: "5 år",
      cells: ["5 år!B9", "BR!C13", "BR!C18"],
      expected: 0.31,
      actual: 0.32,
      difference: 0.01,
      tolerance: 0.005,
      cause: null,
    });
  });

  it("a finding without cells maps by its sheet", () => {
    expect(findingSignature(finding("Not 5", []), (_, row, col) => ({ sheet: "Rapport", row, col })).sheet).toBe("Rapport");
  });
});
