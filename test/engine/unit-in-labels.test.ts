/**
 * Issue 9, class 3: the unit stated only in the row labels ("Verksamhetens intäkter (tkr)")
 * or the title of a 5-year overview, with no unit line, compared with a statement in tkr
 * with one decimal. A row in "(%)" or "(antal)" is no amount; a row whose label states
 * another unit than its table's is read in its own unit. With no unit anywhere, the
 * magnitudes of the same lines in a table of known unit decide. Invented figures; expected
 * values computed here from them.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook } from "../checks/grid-literal";
import { errors } from "./find";

const tkr1 = (v: number) => n(v, "#,##0.0");

const REVENUE = 9_614.3;
const COSTS = -9_388.9;
const RESULT = Math.round(10 * (REVENUE + COSTS)) / 10;

function rr() {
  return sheet("RR", [
    ["Resultaträkning"],
    ["Belopp i tkr", "2023", "2022"],
    ["Verksamhetens intäkter", tkr1(REVENUE), tkr1(9_020.5)],
    ["Verksamhetens kostnader", tkr1(COSTS), tkr1(-9_101.7)],
    ["Verksamhetens nettokostnad", tkr1(RESULT), tkr1(-81.2)],
    ["Årets resultat", tkr1(RESULT), tkr1(-81.2)],
  ]);
}

/** Whole tkr; the unit only in the labels. */
function overviewLabelled(revenue: number, perParticipantKr: number) {
  return sheet("5-år", [
    ["Verksamhetens ekonomi i jämförelse med tidigare år"],
    ["", "2023", "2022"],
    ["Verksamhetens intäkter (tkr)", revenue, 9_021],
    ["Verksamhetens kostnader (tkr)", Math.round(COSTS), -9_102],
    ["Årets resultat (tkr)", Math.round(RESULT), -81],
    ["Antal deltagare (antal)", 412, 388],
    ["Kostnad per deltagare (kr)", perParticipantKr, 23_458],
    ["Andel kansli (%)", 18, 19],
  ]);
}

/** Whole tkr; the unit only in the title. */
function overviewTitled(revenue: number) {
  return sheet("Flerår", [
    ["Flerårsöversikt (tkr)"],
    ["", "2023", "2022"],
    ["Verksamhetens intäkter", revenue, 9_021],
    ["Verksamhetens kostnader", Math.round(COSTS), -9_102],
    ["Årets resultat", Math.round(RESULT), -81],
  ]);
}

describe("the unit only in the labels or the title", () => {
  it("reads the labels' tkr as the table's unit, a (kr) row in kronor and (antal) / (%) rows as no amounts", () => {
    const u = understandWorkbook(workbook(overviewLabelled(Math.round(REVENUE), 22_789)));
    const t = u.tables[0];
    expect(t).toMatchObject({ unit: "tkr", unitSource: "label" });
    const row = (label: string) => t.rows.find((r) => r.label === label)!;
    expect(row("Verksamhetens intäkter (tkr)").concept).toBe("revenue");
    expect(row("Antal deltagare (antal)").role).toBe("count");
    expect(row("Andel kansli (%)").role).toBe("ratio");
    // 22 789 kr in a tkr table: 22,789 tkr, shown to 0,001 tkr (1 kr).
    expect(row("Kostnad per deltagare (kr)").figures.get(1)).toMatchObject({ shown: 22.789, step: 0.001 });
  });

  it("labels stating tkr on most rows outweigh a 'Belopp i kr' header (a neighbour's, or wrong)", () => {
    const s = sheet("5-år", [
      ["Belopp i kr", "2023", "2022"],
      ["Verksamhetens intäkter (tkr)", Math.round(REVENUE), 9_021],
      ["Verksamhetens kostnader (tkr)", Math.round(COSTS), -9_102],
      ["Årets resultat", Math.round(RESULT), -81],
    ]);
    const t = understandWorkbook(workbook(s)).tables[0];
    expect(t).toMatchObject({ unit: "tkr", unitSource: "label" });
    expect(t.rows[0].figures.get(1)!.shown).toBe(Math.round(REVENUE));
  });

  it("clean: whole tkr in the labelled and the titled overview agree with the RR's tkr with one decimal", () => {
    expect(errors(validateWorkbook(workbook(rr(), overviewLabelled(Math.round(REVENUE), 22_789), overviewTitled(Math.round(REVENUE)))))).toEqual([]);
  });

  // The changed revenue breaks the overview's own result line too: both are reported, in tkr.
  it("a labelled tkr figure 3 tkr off the RR is an error in tkr, not a thousandfold difference", () => {
    const printed = Math.round(REVENUE) + 3;
    const found = errors(validateWorkbook(workbook(rr(), overviewLabelled(printed, 22_789))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "cross-statement",
        sheet: "5-år",
        cells: ["B3", "'RR'!B3"],
        expected: REVENUE,
        actual: printed,
        tolerance: 0.55,
        basis: "cross-reference",
      }),
      expect.objectContaining({ check: "statement-rr", sheet: "5-år", cells: ["B5"], expected: printed + Math.round(COSTS), actual: Math.round(RESULT) }),
    ]);
    expect(found[0].difference).toBeCloseTo(printed - REVENUE, 9);
  });

  it("the same with the unit in the title", () => {
    const printed = Math.round(REVENUE) - 3;
    const found = errors(validateWorkbook(workbook(rr(), overviewTitled(printed))));
    expect(found).toEqual([
      expect.objectContaining({ check: "cross-statement", sheet: "Flerår", cells: ["B3", "'RR'!B3"], expected: REVENUE, actual: printed }),
      expect.objectContaining({ check: "statement-rr", sheet: "Flerår", cells: ["B5"], expected: printed + Math.round(COSTS), actual: Math.round(RESULT) }),
    ]);
  });

  describe("no unit stated anywhere: the same lines in a table of known unit", () => {
    const bare = (revenue: number) =>
      sheet("Översikt", [
        ["Flerårsöversikt"],
        ["", "2023", "2022"],
        ["Verksamhetens intäkter", revenue, 9_021],
        ["Verksamhetens kostnader", Math.round(COSTS), -9_102],
        ["Årets resultat", Math.round(RESULT), -81],
      ]);

    it("whole figures equal to the RR's tkr are read as tkr (from the magnitudes), and hold", () => {
      const wb = workbook(rr(), bare(Math.round(REVENUE)));
      expect(understandWorkbook(wb).tables[1]).toMatchObject({ unit: "tkr", unitSource: "magnitude" });
      expect(errors(validateWorkbook(wb))).toEqual([]);
    });

    it("one of them 3 off is then an error in tkr", () => {
      const printed = Math.round(REVENUE) + 3;
      const found = errors(validateWorkbook(workbook(rr(), bare(printed))));
      expect(found).toEqual([
        expect.objectContaining({ check: "cross-statement", sheet: "Översikt", cells: ["B3", "'RR'!B3"], expected: REVENUE, actual: printed }),
        expect.objectContaining({ check: "statement-rr", sheet: "Översikt", cells: ["B5"], expected: printed + Math.round(COSTS), actual: Math.round(RESULT) }),
      ]);
    });

    it("figures that equal a kronor table's stay kronor", () => {
      const krRr = sheet("RR", [
        ["Resultaträkning"],
        ["Belopp i kr", "2023", "2022"],
        ["Verksamhetens intäkter", Math.round(REVENUE), 9_021],
        ["Verksamhetens kostnader", Math.round(COSTS), -9_102],
        ["Årets resultat", Math.round(REVENUE) + Math.round(COSTS), -81],
      ]);
      expect(understandWorkbook(workbook(krRr, bare(Math.round(REVENUE)))).tables[1]).toMatchObject({ unit: "kr", unitSource: "default" });
    });
  });
});
