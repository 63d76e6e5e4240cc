/**
 * How messages name a row (issue 13, "Messages that read right"): a labelled row by its label,
 * an unlabelled one by where it stands in the grid — the heading its total closes, the labelled
 * row before it — and by its row number only when nothing in the table names it. The expected
 * names are read off the grids below by hand.
 */
import { describeTerms } from "../../src/checks/support/coverage-relation";
import { rowName, rowTitle, rowTitleEn } from "../../src/checks/support/table-lookup";
import { validateWorkbook } from "../../src/engine/validate";
import type { UnderstoodRow, UnderstoodTable } from "../../src/understand/types";
import { sheet, workbook, type Literal } from "./grid-literal";

const bold = (value: number): Literal => ({ value, numberFormat: "#,##0", bold: true });

describe("an unlabelled row in a message is named by its context", () => {
  it("a total row by the section heading it closes", () => {
    // Row 7 is unlabelled and bold under the heading Insatser: 100 + 50 = 150, printed 160.
    const findings = validateWorkbook(
      workbook(
        sheet("Budget", [
          ["Budget 2024"],
          [],
          ["Post", "Budget 2024", "Utfall 2023", "Utfall 2022"],
          ["Insatser"],
          ["Lumena", 100, 90, 80],
          ["Conecto", 50, 40, 30],
          [null, bold(160), bold(130), bold(110)],
          ["Kansli", 70, 60, 50],
          ["Summa", bold(230), bold(190), bold(160)],
        ]),
      ),
    );
    const sum = findings.filter((f) => f.check === "sum" && f.cells[0] === "B7");
    expect(sum).toHaveLength(1);
    expect(sum[0].message.sv).toMatch(/^Summaraden under Insatser \(Budget 2024\) är inte summan av raderna den omfattar \(2 st\)\. /);
    expect(sum[0].message.en).toMatch(/^The total row under Insatser \(Budget 2024\) is not the sum of the rows it covers \(2\)\. /);
    for (const f of findings) expect(f.message.sv + f.message.en).not.toMatch(/\brad(en)? 7\b|\brow 7\b/);
  });

  it("an item by the labelled row before it, with an ordinal when two stand there", () => {
    // Rows 6 and 7 follow Kansli unlabelled; row 7's Differens is 40 where 6 − 2 = 4.
    const findings = validateWorkbook(
      workbook(
        sheet("Budget", [
          ["Budget och utfall 2024"],
          [],
          ["Post", "Budget 2024", "Utfall 2024", "Differens"],
          ["Lön", 9, 4, 5],
          ["Kansli", 70, 60, 10],
          [null, 5, 3, 2],
          [null, 6, 2, 40],
          ["Styrelse", 20, 10, 10],
          ["Lokaler", 30, 25, 5],
        ]),
      ),
    );
    const flagged = findings.filter((f) => f.check === "difference-column");
    expect(flagged.map((f) => f.cells[0])).toEqual(["D7"]);
    expect(flagged[0].message.sv).toMatch(
      /^Differens på andra raden efter Kansli följer varken kolumnens konvention \(Budget 2024 − Utfall 2024\) eller den omvända\./,
    );
    expect(flagged[0].message.en).toMatch(
      /^Differens on the second row after Kansli fits neither the column's convention \(Budget 2024 − Utfall 2024\) nor the opposite\./,
    );
  });
});

describe("rowTitle", () => {
  const row = (r: number, label: string, role: UnderstoodRow["role"] = "item", covers?: number[]): UnderstoodRow => ({
    row: r,
    label,
    key: label.toLowerCase(),
    role,
    notes: [],
    figures: new Map(),
    bold: false,
    hidden: false,
    ...(covers ? { covers } : {}),
  });
  const table = (rows: UnderstoodRow[]): UnderstoodTable => ({
    sheet: "Blad1",
    sheetIndex: 0,
    id: "0:0",
    kind: "other",
    noteNumber: null,
    title: null,
    titleRow: null,
    unit: "kr",
    unitSource: "default",
    unitRow: null,
    headerRows: [0],
    labelCol: 0,
    noteCol: null,
    columns: [],
    rows,
    top: 0,
    bottom: 10,
    left: 0,
    right: 2,
  });

  it("keeps a label in quotes, after the noun the sentence gives it", () => {
    const t = table([row(1, "Kansli"), row(2, "Summa", "subtotal", [1])]);
    expect(rowName(t, t.rows[1], { noun: { sv: "Summan", en: "The total" } })).toEqual({ sv: 'Summan "Summa"', en: 'The total "Summa"' });
    expect(rowTitleEn(t, t.rows[0])).toBe('"Kansli"');
  });

  it("names a first unlabelled row by the labelled row after it", () => {
    const t = table([row(1, ""), row(2, "Kansli")]);
    expect(rowTitle(t, t.rows[0], { noun: { sv: "raden", en: "the line" } })).toBe("raden före Kansli");
    expect(rowTitleEn(t, t.rows[0], { start: true })).toBe("The row before Kansli");
  });

  it("names a total without a heading above it by the labelled row before it", () => {
    const t = table([row(1, "Kansli"), row(2, "Styrelse"), row(3, "", "subtotal", [1, 2])]);
    expect(rowTitle(t, t.rows[2])).toBe("summaraden efter Styrelse");
    expect(rowTitleEn(t, t.rows[2])).toBe("the total row after Styrelse");
  });

  it("falls back on the row number only when no row of the table has a label", () => {
    const t = table([row(4, ""), row(5, "", "subtotal", [4])]);
    expect(rowTitle(t, t.rows[1])).toBe("rad 6");
    expect(rowTitleEn(t, t.rows[1])).toBe("row 6");
  });

  it("names an unlabelled term of a relation by its place, in each language", () => {
    const t = table([row(1, "Verksamhetens intäkter"), row(2, ""), row(3, "Resultat", "result", [1, 2])]);
    t.rows[2].coverSigns = [1, -1];
    expect(describeTerms(t, t.rows[2])).toEqual({
      sv: "Verksamhetens intäkter − raden efter Verksamhetens intäkter",
      en: "Verksamhetens intäkter − the row after Verksamhetens intäkter",
    });
  });
});
