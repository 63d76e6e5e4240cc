import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, n, sheet, workbook } from "../checks/grid-literal";

describe("finding tables", () => {
  it("reads title, unit line, header, label column, Not column and value columns (000's RR)", () => {
    const u = understandWorkbook(
      workbook(
        sheet("RR", [
          ["3. Resultaträkning"],
          [],
          ["Belopp i kr.", "Not", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"],
          ["Verksamhetens intäkter", "2", 26_019_221, 31_379_624],
          ["Verksamhetens kostnader", "3,4", -25_275_195, -30_111_481],
        ]),
      ),
    );
    expect(u.tables).toHaveLength(1);
    const t = u.tables[0];
    expect(t).toMatchObject({
      kind: "rr",
      title: "3. Resultaträkning",
      unit: "kr",
      unitSource: "header",
      headerRows: [2],
      labelCol: 0,
      noteCol: 1,
      top: 0,
      bottom: 4,
    });
    expect(t.columns.map((c) => [c.col, c.basis, c.year])).toEqual([
      [2, "period", 2023],
      [3, "period", 2022],
    ]);
    expect(t.rows.map((r) => r.notes)).toEqual([[2], [3, 4]]);
  });

  it("recognises header cells: years, Budget/Utfall/Prognos, Differens/Avvikelse/Skillnad, dates as text and as date cells", () => {
    const u = understandWorkbook(
      workbook(
        sheet("B", [
          [
            "Post",
            "Budget 2023",
            "Utfall 2023",
            "Prognos 2021",
            "Avvikelse",
            "Skillnad År 2024 - År 2023",
            "2023-12-31",
            n(45_291, "yyyy-mm-dd"),
            n(2_024, "0"),
          ],
          ["Kansli", 1, 2, 3, 4, 5, 6, 7, 8],
        ]),
      ),
    );
    expect(u.tables[0].columns.map((c) => [c.basis, c.year])).toEqual([
      ["budget", 2023],
      ["utfall", 2023],
      ["prognos", 2021],
      ["difference", null],
      ["difference", null],
      ["balance-date", 2023],
      ["balance-date", 2023],
      ["period", 2024],
    ]);
    expect(u.tables[0].columns[4].differenceYears).toEqual([2024, 2023]);
  });

  it("joins a header split over two rows (Budget / 2021)", () => {
    const u = understandWorkbook(
      workbook(
        sheet("S", [
          [null, "Budget", "Prognos", "Budget"],
          [null, n(2021, "0"), n(2021, "0"), n(2022, "0")],
          ["Insatser", 9_330_000, 7_800_000, 7_870_000],
        ]),
      ),
    );
    expect(u.tables[0].headerRows).toEqual([0, 1]);
    expect(u.tables[0].columns.map((c) => c.header)).toEqual(["Budget 2021", "Prognos 2021", "Budget 2022"]);
  });

  it("finds several tables on one sheet, separated by blank rows and their own titles (notes)", () => {
    const u = understandWorkbook(
      workbook(
        sheet("Noter", [
          ["Noter"],
          [],
          ["Not 2. Verksamhetens intäkter"],
          ["", "2023", "2022"],
          ["Driftbidrag från staten", 8_139_000, 8_158_000],
          ["Summa", f("SUM(B5:B5)", 8_139_000), f("SUM(C5:C5)", 8_158_000)],
          [],
          ["Not 4. Räkenskapsrevision"],
          ["", "2023", "2022"],
          ["Kostnad för räkenskapsrevision", 40_000, 40_000],
          ["Summa", 40_000, 40_000],
        ]),
      ),
    );
    expect(u.tables.map((t) => [t.kind, t.noteNumber, t.title, t.top, t.bottom])).toEqual([
      ["note", 2, "Not 2. Verksamhetens intäkter", 0, 5],
      ["note", 4, "Not 4. Räkenskapsrevision", 7, 10],
    ]);
  });

  it("reads units from the unit line, the header, number formats, and defaults to kr", () => {
    const unitOf = (rows: Parameters<typeof sheet>[1]) => {
      const t = understandWorkbook(workbook(sheet("X", rows))).tables[0];
      return [t.unit, t.unitSource];
    };
    expect(unitOf([["Belopp i tkr"], ["", "2023"], ["A", 1]])).toEqual(["tkr", "unit-line"]);
    expect(unitOf([["Resultat (mnkr)"], ["", "2023"], ["A", 1]])).toEqual(["mnkr", "unit-line"]);
    expect(
      unitOf([
        ["tkr", "2023"],
        ["A", 1],
      ]),
    ).toEqual(["tkr", "header"]);
    expect(
      unitOf([
        ["", "2023"],
        ["A", n(1, '#,##0 "kr"')],
      ]),
    ).toEqual(["kr", "number-format"]);
    expect(
      unitOf([
        ["", "2023"],
        ["A", n(0.25, "0%")],
        ["B", n(0.75, "0%")],
      ]),
    ).toEqual(["percent", "number-format"]);
    expect(
      unitOf([
        ["", "2023"],
        ["A", 1],
      ]),
    ).toEqual(["kr", "default"]);
  });

  it('does not trust a unit line the magnitudes contradict ("Belopp i kr." over tkr figures), and keeps what it said', () => {
    const t = understandWorkbook(
      workbook(sheet("RR", [["Belopp i kr."], ["", "2023"], ["Intäkter", 26_019.2], ["Kostnader", -25_275.2], ["Resultat", 744.0]], "#,##0.0")),
    ).tables[0];
    expect([t.unit, t.unitSource, t.statedUnit]).toEqual(["tkr", "magnitude", "kr"]);
  });

  it("figures shown in tkr by a dividing format (#,##0,) are stored in kronor", () => {
    const t = understandWorkbook(workbook(sheet("RR", [["Belopp i tkr"], ["", "2023"], ["Intäkter", 26_019_221], ["Kostnader", -25_275_195]], "#,##0,")))
      .tables[0];
    expect([t.unit, t.statedUnit]).toEqual(["kr", undefined]);
    expect(t.rows[0].figures.get(1)).toMatchObject({ step: 1_000, shown: 26_019_000 });
  });

  it("gives each figure its precision from its number format", () => {
    const t = understandWorkbook(
      workbook(
        sheet("X", [
          ["", "2023"],
          ["Kronor", n(1_234, "#,##0")],
          ["Tkr", n(5_572.64, "#,##0.0")],
          ["Tusental", n(5_572_640, "#,##0,")],
          ["Procent", n(0.312, "0%")],
          ["General", n(12.25, "General")],
        ]),
      ),
    ).tables[0];
    expect(t.rows.map((r) => [...r.figures.values()].map((x) => [x.step, x.shown])[0])).toEqual([
      [1, 1_234],
      [0.1, 5_572.6],
      [1_000, 5_573_000],
      [0.01, 0.31],
      [0.01, 12.25],
    ]);
  });

  it("a table without a header row is still a table (a cost split under its title)", () => {
    const u = understandWorkbook(
      workbook(
        sheet("Drift", [
          ["Driftsredovisning 2023"],
          [],
          ["Individ insatser", n(17_157_195, '#,##0 "kr"')],
          ["Strukturella insatser", n(460_594, '#,##0 "kr"')],
          ["Administration", n(7_657_406, '#,##0 "kr"')],
        ]),
      ),
    );
    expect(u.tables.map((t) => [t.kind, t.headerRows, t.rows.length])).toEqual([["driftsredovisning", [], 3]]);
  });

  it("uses the sheet role the user set over recognition", () => {
    const u = understandWorkbook(
      workbook(
        sheet("Blad1", [
          ["", "2023"],
          ["A", 1],
        ]),
      ),
      { sheetRoles: { Blad1: "br" } },
    );
    expect([u.sheets[0].kind, u.tables[0].kind]).toEqual(["br", "br"]);
  });
});
