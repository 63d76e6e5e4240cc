/** Layouts of real reports that must not be misread (each once produced a false finding or a missed one). */
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, n, sheet, workbook } from "../checks/grid-literal";

describe("layouts that must not be misread", () => {
  it("a line whose amounts look like years (2 000, 2 050 in General) is a body row, not a header", () => {
    const t = understandWorkbook(
      workbook(
        sheet("B", [
          ["Post", "Budget 2023", "Budget 2024"],
          ["Telefon", n(1_500, "General"), n(1_600, "General")],
          ["Porto", n(2_000, "General"), n(2_050, "General")],
          ["Summa", n(3_500, "General"), n(3_650, "General")],
        ]),
      ),
    ).tables;
    expect(t).toHaveLength(1);
    expect(t[0].rows.find((r) => r.label === "Summa")!.covers).toEqual([1, 2]);
  });

  it("a SUM range that spans a blank spacing row is still the total's coverage", () => {
    const findings = validateWorkbook(workbook(sheet("B", [["Post", "Budget 2023"], ["A", 100], [], ["B", 200], ["Summa", f("SUM(B2:B4)", 300)]])));
    expect(findings).toEqual([]);
  });

  it("a total without a heading takes the items above a blank spacing row when only then it adds up", () => {
    const rows = (total: number) => [["Post", "Budget 2023", "Budget 2024"], ["A", 100, 110], [], ["B", 200, 210], ["Summa", total, 320]];
    expect(validateWorkbook(workbook(sheet("B", rows(300))))).toEqual([]);
    // When it adds up without them, the blank closes the block as usual.
    expect(validateWorkbook(workbook(sheet("B", [["Post", "Budget 2023"], ["A", 100], [], ["B", 200], ["Summa", 200]])))).toEqual([]);
  });

  it("account and project number columns are not amounts", () => {
    const findings = validateWorkbook(
      workbook(
        sheet("B", [
          ["Post", "Konto", "Budget 2023"],
          ["Lokalhyra", "5010", 100_000],
          ["Telefon", 6212, 20_000],
          ["Summa", null, 120_000],
        ]),
      ),
    );
    expect(findings).toEqual([]);
  });

  it("a note with two blocks backs the statement line with either of its totals", () => {
    const findings = validateWorkbook(
      workbook(
        sheet("BR", [["Balansräkning"], ["Belopp i kr", "Not", "2023-12-31"], ["Kortfristiga skulder", "7", 10_792_352], ["Summa skulder", null, 10_792_352]]),
        sheet("Not 7", [
          ["Not 7 Skulder"],
          ["", "2023-12-31"],
          ["Leverantörsskulder", 3_713_163],
          ["Övriga kortfristiga skulder", 7_079_189],
          ["Summa kortfristiga skulder", 10_792_352],
          ["Långfristiga lån", 500_000],
          ["Summa långfristiga skulder", 500_000],
        ]),
      ),
    );
    expect(findings).toEqual([]);
  });
});

describe("hidden helper rows", () => {
  it("a hidden row inside a block is left out when the total only adds up without it", () => {
    const s = sheet("B", [
      ["Post", "Budget 2023"],
      ["A", 100],
      ["hjälprad", 12_345],
      ["B", 200],
      ["Summa", 300],
    ]);
    s.hiddenRows = [2];
    expect(validateWorkbook(workbook(s))).toEqual([]);
    // Visible, the same row is an item of the block and the total is off by it.
    const shown = sheet("B", [
      ["Post", "Budget 2023"],
      ["A", 100],
      ["hjälprad", 12_345],
      ["B", 200],
      ["Summa", 300],
    ]);
    expect(validateWorkbook(workbook(shown)).map((f) => [f.check, f.cause])).toEqual([["sum", "row-omitted"]]);
  });
});

describe("hidden helper rows under a heading", () => {
  it('"Summa X" under the heading "X" leaves out a hidden helper row when it only adds up without it', () => {
    const s = sheet("B", [["Post", "Budget 2023"], ["Kostnader"], ["A", 100], ["hjälprad", 12_345], ["B", 200], ["Summa kostnader", 300]]);
    s.hiddenRows = [3];
    expect(validateWorkbook(workbook(s))).toEqual([]);
  });
});
