/**
 * Issue 9, class 7: the same figure at different precision — whole tkr in a
 * driftsredovisning, tkr with one decimal in the RR, kronor in a 5-year overview — is
 * compared in a common unit and judged with the band of both figures (± half a step of
 * each). Beyond it is an error; the allowance for hidden decimals between whole figures
 * (1–2 units) does not apply to a whole tkr against a tkr shown with one decimal, which
 * hides nothing. Invented figures; expected values computed here from them.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { n, sheet, workbook } from "../checks/grid-literal";
import { errors } from "./find";

const tkr1 = (v: number) => n(v, "#,##0.0");

const RR = { revenue: 8_432.7, costs: -8_211.4 };

function rr() {
  return sheet("Resultaträkning", [
    ["Resultaträkning"],
    ["Belopp i tkr", "2023", "2022"],
    ["Verksamhetens intäkter", tkr1(RR.revenue), tkr1(7_950.3)],
    ["Verksamhetens kostnader", tkr1(RR.costs), tkr1(-7_990.8)],
    ["Verksamhetens nettokostnad", tkr1(Math.round(10 * (RR.revenue + RR.costs)) / 10), tkr1(-40.5)],
    ["Årets resultat", tkr1(Math.round(10 * (RR.revenue + RR.costs)) / 10), tkr1(-40.5)],
  ]);
}

/** Whole tkr, each figure rounded from the RR's. */
function drift(revenue: number) {
  return sheet("Driftsredovisning", [
    ["Driftsredovisning"],
    ["Belopp i tkr", "Utfall 2023", "Budget 2023"],
    ["Verksamhetens intäkter", revenue, 8_300],
    ["Verksamhetens kostnader", Math.round(RR.costs), -8_300],
  ]);
}

/** Kronor. */
function fiveYear(revenueKr: number) {
  return sheet("5-årsöversikt", [
    ["Verksamhetens ekonomi i jämförelse med tidigare år"],
    ["Belopp i kr", "2023", "2022"],
    ["Verksamhetens intäkter", revenueKr, 7_950_281],
  ]);
}

describe("figures at different precision", () => {
  it("clean: whole tkr and kronor that round to the RR's tkr with one decimal hold", () => {
    expect(errors(validateWorkbook(workbook(rr(), drift(Math.round(RR.revenue)), fiveYear(8_432_690))))).toEqual([]);
  });

  it("whole tkr 2 above the RR's 8 432,7 is an error (band ±0,55), not hidden öre", () => {
    const printed = Math.round(RR.revenue) + 2;
    const found = errors(validateWorkbook(workbook(rr(), drift(printed))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "cross-statement",
        sheet: "Driftsredovisning",
        cells: ["B3", "'Resultaträkning'!B3"],
        expected: RR.revenue,
        actual: printed,
        tolerance: 0.5 + 0.05,
        basis: "cross-reference",
      }),
    ]);
    expect(found[0].difference).toBeCloseTo(printed - RR.revenue, 9);
  });

  it("kronor against tkr: compared in kronor with the band of both (± 0,5 + 50 kr)", () => {
    const kr = 8_432_700 + 1_200;
    const found = errors(validateWorkbook(workbook(rr(), fiveYear(kr))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "cross-statement",
        sheet: "5-årsöversikt",
        cells: ["B3", "'Resultaträkning'!B3"],
        expected: RR.revenue * 1_000,
        actual: kr,
        basis: "cross-reference",
      }),
    ]);
    expect(found[0].tolerance).toBeCloseTo(0.5 + 50, 9);
  });

  it("two whole-tkr figures 2 apart are information (hidden decimals), 3 apart an error", () => {
    const whole = (revenue: number) => sheet("Översikt", [["Flerårsöversikt"], ["Belopp i tkr", "2023"], ["Verksamhetens intäkter", revenue]]);
    const base = Math.round(RR.revenue);
    const pair = (v: number) => validateWorkbook(workbook(drift(base), whole(v))).filter((f) => f.check === "cross-statement" && f.sheet === "Översikt");
    expect(pair(base + 2)).toEqual([expect.objectContaining({ severity: "info", difference: 2 })]);
    expect(pair(base + 3)).toEqual([expect.objectContaining({ severity: "error", difference: 3 })]);
  });
});
