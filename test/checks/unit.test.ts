import { unitCheck } from "../../src/checks/unit";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][], fmt?: string) {
  return unitCheck.run(understandWorkbook(workbook(sheet("RR", rows, fmt))), {});
}

describe("unit", () => {
  it("is silent when the stated unit fits the figures", () => {
    expect(run([["Belopp i kr"], ["", "2023"], ["Intäkter", 26_019_221], ["Kostnader", -25_275_195], ["Resultat", 744_026]])).toEqual([]);
    expect(run([["Belopp i tkr"], ["", "2023"], ["Intäkter", 26_019.2], ["Kostnader", -25_275.2], ["Resultat", 744.0]], "#,##0.0")).toEqual([]);
  });

  it('reports a "kr" header over tkr figures (one decimal)', () => {
    const found = run([["Belopp i kr."], ["", "2023"], ["Intäkter", 26_019.2], ["Kostnader", -25_275.2], ["Resultat", 744.0]], "#,##0.0");
    expect(found).toEqual([expect.objectContaining({ check: "unit", severity: "warning", cells: ["A1"] })]);
    expect(found[0].message.sv).toContain("tkr");
  });

  it('reports a "tkr" header over kronor figures (millions)', () => {
    expect(run([["Belopp i tkr"], ["", "2023"], ["Intäkter", 26_019_221], ["Kostnader", -25_275_195], ["Resultat", 744_026]])).toHaveLength(1);
  });

  it("reports number formats naming two units in one table", () => {
    const found = run([
      ["Kostnadsfördelning"],
      ["", "Belopp 2023"],
      ["Individ insatser", n(17_157_195, '#,##0 "kr"')],
      ["Strukturella insatser", n(460.6, '#,##0.0 "tkr"')],
      ["Administration", n(7_657_406, '#,##0 "kr"')],
    ]);
    expect(found).toEqual([expect.objectContaining({ cells: ["B3", "B4"] })]);
  });
});
