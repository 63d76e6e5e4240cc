/**
 * Segmenting a sheet into tables in two dimensions: blank rows and blank columns bound a
 * table; a blank column splits only where the part right of it has labels of its own.
 */
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook, type Literal } from "../checks/grid-literal";

const tablesOf = (rows: Literal[][]) =>
  understandWorkbook(workbook(sheet("Blad", rows))).tables.map((t) => ({
    id: t.id,
    title: t.title,
    top: t.top,
    bottom: t.bottom,
    labelCol: t.labelCol,
    cols: t.columns.map((c) => c.col),
    labels: t.rows.map((r) => r.label),
  }));

describe("segmenting a sheet", () => {
  it("titles in a band of their own above two tables go to the table under them", () => {
    const t = tablesOf([
      ["Not 3. Personal", null, null, null, "Not 4. Lokaler"],
      [],
      [null, "2024", "2023", null, null, "2024", "2023"],
      ["Löner", 900, 850, null, "Hyra", 120, 118],
      ["Arvoden", 60, 55, null, "El", 14, 12],
    ]);
    expect(t.map((x) => [x.id, x.title, x.labelCol, x.cols, x.labels])).toEqual([
      ["0:0", "Not 3. Personal", 0, [1, 2], ["Löner", "Arvoden"]],
      ["0:0:4", "Not 4. Lokaler", 4, [5, 6], ["Hyra", "El"]],
    ]);
  });

  it("a right-hand table starting lower and ending later, its labels a blank column away from its figures", () => {
    const t = tablesOf([
      ["Budget 2025", null, null, null],
      [null, "Budget 2025", null, null],
      ["Kansli", 500, null, "Medlemmar"],
      ["Insatser", 700, null, "Staten", null, 600],
      ["Summa", 1_200, null, "Regionen", null, 300],
      [null, null, null, "Kommunerna", null, 300],
    ]);
    expect(t.map((x) => [x.id, x.top, x.bottom, x.labelCol, x.cols, x.labels])).toEqual([
      ["0:0", 0, 4, 0, [1], ["Kansli", "Insatser", "Summa"]],
      ["0:2:3", 2, 5, 3, [5], ["Staten", "Regionen", "Kommunerna"]],
    ]);
  });

  it("a wide table under two side-by-side ones (a blank row apart) is one table again", () => {
    const t = tablesOf([
      [null, "2024", null, null, "2024"],
      ["Intäkter", 10, null, "Tillgångar", 30],
      ["Kostnader", -8, null, "Skulder", 30],
      [],
      ["Femårsöversikt"],
      [null, "2024", "2023", "2022", "2021"],
      ["Intäkter", 10, 9, 8, 7],
      ["Kostnader", -8, -8, -7, -7],
    ]);
    expect(t.map((x) => [x.id, x.labelCol, x.cols, x.labels])).toEqual([
      ["0:0", 0, [1], ["Intäkter", "Kostnader"]],
      ["0:0:3", 3, [4], ["Tillgångar", "Skulder"]],
      ["0:4", 0, [1, 2, 3, 4], ["Intäkter", "Kostnader"]],
    ]);
  });

  it("text without figures right of a table (a comment column) stays in the table", () => {
    const t = tablesOf([
      ["Post", "Budget 2025", null, "Kommentar"],
      ["Kansli", 500, null, "Ny hyra från april"],
      ["Insatser", 700, null, "Två nya insatser"],
    ]);
    expect(t.map((x) => [x.labelCol, x.labels])).toEqual([[0, ["Kansli", "Insatser"]]]);
  });
});

describe("a lone text and figure beside a table", () => {
  it("does not cut the table at its blank row (the BR's totals keep the lines they add)", () => {
    const rows: Literal[][] = [
      ["Balansräkning"],
      [null, "2024-12-31"],
      ["Kassa och bank", 900],
      ["Summa tillgångar", 900],
      [],
      ["Eget kapital", 400, null, "Varav bundet", 100],
      ["Kortfristiga skulder", 500],
      ["Summa eget kapital och skulder", 900],
    ];
    const t = tablesOf(rows);
    expect(t.map((x) => [x.top, x.bottom, x.labels])).toEqual([
      [0, 7, ["Kassa och bank", "Summa tillgångar", "Eget kapital", "Kortfristiga skulder", "Summa eget kapital och skulder"]],
    ]);
  });
});

describe("side-by-side tables laid out unevenly", () => {
  it("a line reaching into the gap below one blank row joins the tables rather than cutting them", () => {
    const rows: Literal[][] = [
      [null, "2024", null, null, "2024-12-31"],
      ["Intäkter", 10, null, "Kassa", 30],
      ["Kostnader", -8, null, "Summa tillgångar", 30],
      [],
      ["Resultat", 2, "(se not)", "Eget kapital", 12],
      [null, null, null, "Skulder", 18],
      [null, null, null, "Summa eget kapital och skulder", 30],
    ];
    const t = tablesOf(rows);
    expect(t.map((x) => [x.top, x.bottom])).toEqual([[0, 6]]);
  });

  it("a wide table two blank rows below side-by-side ones starts a new area", () => {
    const t = tablesOf([
      [null, "2024", null, null, "2024"],
      ["Intäkter", 10, null, "Tillgångar", 30],
      ["Kostnader", -8, null, "Skulder", 30],
      [],
      [],
      [null, "2024", "2023", "2022", "2021"],
      ["Intäkter", 10, 9, 8, 7],
      ["Kostnader", -8, -8, -7, -7],
    ]);
    expect(t.map((x) => [x.id, x.cols])).toEqual([
      ["0:0", [1]],
      ["0:0:3", [4]],
      ["0:5", [1, 2, 3, 4]],
    ]);
  });
});

describe("title and unit line of a right-hand table", () => {
  it("are those within its own columns", () => {
    const u = understandWorkbook(
      workbook(
        sheet("Blad", [
          ["Driftsredovisning", null, null, "Medlemsavgifter"],
          ["Belopp i kr", null, null, "Belopp i tkr"],
          ["Kansli", n(2_450_000, "#,##0"), null, "Staten", n(2_400.0, "#,##0.0")],
          ["Insatser", n(5_120_000, "#,##0"), null, "Regionen", n(1_200.0, "#,##0.0")],
        ]),
      ),
    );
    expect(u.tables.map((t) => [t.title, t.unit, t.unitRow, t.labelCol])).toEqual([
      ["Driftsredovisning", "kr", 1, 0],
      ["Medlemsavgifter", "tkr", 1, 3],
    ]);
  });
});
