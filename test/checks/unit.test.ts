import { runCheck } from "../../src/checks/support/run-check";
import { checkTester } from "../support/check-tester";
import { unitCheck } from "../../src/checks/unit";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook, type Literal } from "./grid-literal";

function run(rows: Literal[][], fmt?: string) {
  return runCheck(unitCheck, understandWorkbook(workbook(sheet("RR", rows, fmt))), {});
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

describe("unit: a stated unit the rest of the workbook contradicts", () => {
  // Invented: the RR says kr over figures in tkr with one decimal; the 5-year overview (in tkr) prints the same lines.
  const rr = (unitLine: string): Literal[][] => [
    ["Resultaträkning"],
    [unitLine, "2024", "2023"],
    ["Verksamhetens intäkter", n(12_345.6, "#,##0.0"), n(11_876.4, "#,##0.0")],
    ["Verksamhetens kostnader", n(-12_100.2, "#,##0.0"), n(-11_950.9, "#,##0.0")],
  ];
  const overview: Literal[][] = [
    ["Flerårsöversikt"],
    ["Belopp i tkr", "2024", "2023", "2022"],
    ["Verksamhetens intäkter", n(12_345.6, "#,##0.0"), n(11_876.4, "#,##0.0"), n(11_002.0, "#,##0.0")],
    ["Verksamhetens kostnader", n(-12_100.2, "#,##0.0"), n(-11_950.9, "#,##0.0"), n(-10_880.5, "#,##0.0")],
  ];
  const check = (unitLine: string) => runCheck(unitCheck, understandWorkbook(workbook(sheet("RR", rr(unitLine)), sheet("Översikt", overview))), {});

  it('"Belopp i kr" over lines the overview prints in tkr is an error, the overview the cross-reference', () => {
    expect(check("Belopp i kr")).toEqual([expect.objectContaining({ severity: "error", basis: "cross-reference", cells: ["A2"] })]);
  });

  it("the right unit line raises nothing", () => {
    expect(check("Belopp i tkr")).toEqual([]);
  });
});

checkTester(unitCheck, {
  valid: [
    {
      name: "kr over kronor figures",
      sheets: [sheet("RR", [["Belopp i kr"], ["", "2023"], ["Intäkter", 26_019_221], ["Kostnader", -25_275_195], ["Resultat", 744_026]])],
    },
  ],
  invalid: [
    {
      name: "kr over figures with one decimal",
      sheets: [sheet("RR", [["Belopp i kr."], ["", "2023"], ["Intäkter", 26_019.2], ["Kostnader", -25_275.2], ["Resultat", 744.0]], "#,##0.0")],
      findings: [
        {
          messageId: "probablyOther",
          severity: "warning",
          cells: ["A1"],
          basis: "cell",
          message: {
            sv: "Tabellen anger enheten kr, men beloppen har en decimal, som i tkr: troligen tkr.",
            en: "The table states the unit kr, but the amounts carry one decimal, as in tkr: probably tkr.",
          },
        },
      ],
    },
    {
      name: "kr and tkr in the number formats",
      sheets: [
        sheet("RR", [
          ["Kostnadsfördelning"],
          ["", "Belopp 2023"],
          ["Individ insatser", n(17_157_195, '#,##0 "kr"')],
          ["Strukturella insatser", n(460.6, '#,##0.0 "tkr"')],
          ["Administration", n(7_657_406, '#,##0 "kr"')],
        ]),
      ],
      findings: [
        {
          messageId: "mixed",
          cells: ["B3", "B4"],
          message: { sv: "Tabellen blandar enheter i talformaten (kr, tkr).", en: "The table mixes units in its number formats (kr, tkr)." },
        },
      ],
    },
  ],
});
