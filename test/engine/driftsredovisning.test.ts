/**
 * Another report: a driftsredovisning with Budget, Utfall, Avvikelse (Utfall − Budget, costs
 * negative) and "Avvikelse %" columns, section subtotals and a grand total, in tkr. The
 * percent column is neither summed nor read as a difference of amounts.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { n, sheet, workbook, type Literal } from "../checks/grid-literal";

const pct = (v: number) => n(v, "0.0%");

function drift(edit: (rows: Literal[][]) => void = () => undefined) {
  const rows: Literal[][] = [
    ["Driftsredovisning 2023"],
    ["Belopp i tkr"],
    ["Verksamhet", "Budget 2023", "Utfall 2023", "Avvikelse", "Avvikelse %"],
    ["Individinriktade insatser"],
    ["Resursråden", -1_393.7, -1_227.4, 166.3, pct(0.119)],
    ["Lumena", -7_653.6, -6_786.7, 866.9, pct(0.113)],
    ["Summa individinriktade insatser", -9_047.3, -8_014.1, 1_033.2, pct(0.114)],
    ["Administration"],
    ["Kansli", -6_959.7, -7_555.5, -595.8, pct(-0.086)],
    ["Styrelse", -170.0, -169.1, 0.9, pct(0.005)],
    ["Summa administration", -7_129.7, -7_724.6, -594.9, pct(-0.083)],
    ["Totalt", -16_177.0, -15_738.7, 438.3, pct(0.027)],
  ];
  edit(rows);
  return workbook(sheet("Drift", rows, "#,##0.0"));
}

describe("a driftsredovisning in tkr with a percent column", () => {
  it("says nothing when it holds (7 724,6 vs 7 555,5 + 169,1 within 0,1 tkr rounding)", () => {
    expect(validateWorkbook(drift())).toEqual([]);
  });

  it("reports an Avvikelse that follows the other convention, and nothing about the percent column", () => {
    const findings = validateWorkbook(drift((rows) => (rows[8][3] = 595.8)));
    expect(findings.map((f) => [f.check, f.cells[0], f.cause])).toEqual([
      ["difference-column", "D9", "sign-flipped"],
      ["sum", "D11", "sign-flipped"], // the subtotal is now off by twice the flipped line
    ]);
  });
});
