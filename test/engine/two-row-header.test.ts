/**
 * Two-row headers (issue 9, class 4): an upper cell spanning several columns — blank to its
 * right, or merged — qualifies every column under it, and a difference column relates the
 * columns of the measure it names. Oracle: the grid's own arithmetic, worked out below.
 */
import { validateWorkbook } from "../../src/engine/validate";
import type { Sheet } from "../../src/model/grid";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "../checks/grid-literal";
import { errors } from "./find";

/**
 * Utfall 2020 (Intäkt + Kostnad = Netto) against Budget 2020 Netto; Avvikelse = Utfall − Budget netto:
 * 250 000 − 300 000 = −50 000; 20 000 − 0 = 20 000; −610 000 − (−650 000) = 40 000; −340 000 − (−350 000) = 10 000.
 */
function report(lower: string, struktur: number): Literal[][] {
  return [
    ["Budget och utfall 2020"],
    [null, "Utfall 2020", null, null, "Budget 2020", "Avvikelse"],
    ["Verksamhet", "Intäkt", "Kostnad", "Netto", "Netto", lower],
    ["Individinsatser", 1_200_000, -950_000, 250_000, 300_000, -50_000],
    ["Strukturinsatser", 400_000, -380_000, 20_000, 0, struktur],
    ["Kansli", 0, -610_000, -610_000, -650_000, 40_000],
    ["Summa", 1_600_000, -1_940_000, -340_000, -350_000, 10_000],
  ];
}

const cellsOf = (s: Sheet) => errors(validateWorkbook(workbook(s))).map((f) => `${f.check} ${f.cells[0]}`);

describe("two-row headers", () => {
  it("each column's header is the whole path, with year, basis and measure from it", () => {
    const t = understandWorkbook(workbook(sheet("Budget och utfall", report("Utfall−Budget netto", 20_000)))).tables[0];
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.map((c) => [c.header, c.basis, c.year, c.measure])).toEqual([
      ["Utfall 2020 Intäkt", "utfall", 2020, "intäkt"],
      ["Utfall 2020 Kostnad", "utfall", 2020, "kostnad"],
      ["Utfall 2020 Netto", "utfall", 2020, "netto"],
      ["Budget 2020 Netto", "budget", 2020, "netto"],
      ["Avvikelse Utfall−Budget netto", "difference", null, undefined],
    ]);
  });

  it.each(["Utfall−Budget netto", "Netto"])("lower header %p: clean gives no error (the Avvikelse relates the Netto columns)", (lower) => {
    expect(cellsOf(sheet("Budget och utfall", report(lower, 20_000)))).toEqual([]);
  });

  it.each(["Utfall−Budget netto", "Netto"])("lower header %p: Strukturinsatser 2 000 where 20 000 − 0 = 20 000 is the one difference error", (lower) => {
    // The Avvikelse column then no longer adds up to its Summa (10 000) either.
    expect(cellsOf(sheet("Budget och utfall", report(lower, 2_000))).sort()).toEqual(["difference-column F5", "sum F7"]);
  });

  it("a merged upper cell qualifies the columns of its range only", () => {
    // Blank right of "Utfall 2020" up to the end, but merged over B:C only: D is a column of its own.
    const s = sheet("Budget och utfall", [
      [null, "Utfall 2020", null, null],
      ["Verksamhet", "Intäkt", "Kostnad", "Prognos 2021"],
      ["Kansli", 100, -80, 30],
    ]);
    s.merged = [{ top: 0, left: 1, bottom: 0, right: 2 }];
    expect(understandWorkbook(workbook(s)).tables[0].columns.map((c) => [c.header, c.basis, c.year])).toEqual([
      ["Utfall 2020 Intäkt", "utfall", 2020],
      ["Utfall 2020 Kostnad", "utfall", 2020],
      ["Prognos 2021", "prognos", 2021],
    ]);
    const spanned = sheet("Budget och utfall", [
      [null, "Utfall", null, null, "Budget"],
      [null, n2(2021), n2(2020), null, n2(2021)],
      ["Kansli", 100, 90, null, 110],
    ]);
    spanned.merged = [{ top: 0, left: 1, bottom: 0, right: 2 }];
    expect(understandWorkbook(workbook(spanned)).tables[0].columns.map((c) => [c.header, c.basis, c.year])).toEqual([
      ["Utfall 2021", "utfall", 2021],
      ["Utfall 2020", "utfall", 2020],
      ["Budget 2021", "budget", 2021],
    ]);
  });
});

function n2(year: number) {
  return { value: year, numberFormat: "0" };
}
