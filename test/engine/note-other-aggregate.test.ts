/**
 * Issue 9, class 5: a note referenced from a line but detailing a wider aggregate — its
 * total equals another figure of the statements (total income with the grants), not the
 * line that refers to it. A presentation matter: info naming that line, no error. A note
 * total that equals no statement figure stays an error. Invented figures.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { sheet, workbook } from "../checks/grid-literal";
import { errors } from "./find";

const FEES = { 2023: 6_480_000, 2022: 6_240_000 };
const GRANTS = { 2023: 412_736, 2022: 377_954 };
const COSTS = { 2023: -6_781_519, 2022: -6_655_082 };

function rr() {
  const income = (y: 2023 | 2022) => FEES[y] + GRANTS[y];
  return sheet("Resultaträkning", [
    ["Resultaträkning"],
    ["Belopp i kr", "Not", "2023", "2022"],
    ["Medlemsavgifter", "2", FEES[2023], FEES[2022]],
    ["Projektbidrag", null, GRANTS[2023], GRANTS[2022]],
    ["Summa verksamhetens intäkter", null, income(2023), income(2022)],
    ["Verksamhetens kostnader", null, COSTS[2023], COSTS[2022]],
    ["Verksamhetens nettokostnad", null, income(2023) + COSTS[2023], income(2022) + COSTS[2022]],
    ["Årets resultat", null, income(2023) + COSTS[2023], income(2022) + COSTS[2022]],
  ]);
}

/** Note 2 details all income: the members' fees (½, ¼, ¼) and the grants. */
function note2(grants2023: number) {
  const fees = (y: 2023 | 2022) => [FEES[y] / 2, FEES[y] / 4, FEES[y] / 4];
  const g = { 2023: grants2023, 2022: GRANTS[2022] };
  const total = (y: 2023 | 2022) => FEES[y] + g[y];
  return sheet("Noter", [
    ["Not 2 Verksamhetens intäkter"],
    ["", "2023", "2022"],
    ["Försäkringskassan", fees(2023)[0], fees(2022)[0]],
    ["Region", fees(2023)[1], fees(2022)[1]],
    ["Kommunerna", fees(2023)[2], fees(2022)[2]],
    ["Projektbidrag ESF", g[2023], g[2022]],
    ["Summa", total(2023), total(2022)],
  ]);
}

describe("a note detailing another aggregate than the line that refers to it", () => {
  it("is information naming the statement line the note's total equals, in each year, and no error", () => {
    const found = validateWorkbook(workbook(rr(), note2(GRANTS[2023])));
    expect(errors(found)).toEqual([]);
    const notes = found.filter((f) => f.check === "note-vs-statement");
    expect(notes).toEqual([
      expect.objectContaining({
        severity: "info",
        basis: "cross-reference",
        cells: ["C3", "'Noter'!B7", "C5"],
        expected: FEES[2023] + GRANTS[2023],
        actual: FEES[2023],
      }),
      expect.objectContaining({
        severity: "info",
        basis: "cross-reference",
        cells: ["D3", "'Noter'!C7", "D5"],
        expected: FEES[2022] + GRANTS[2022],
        actual: FEES[2022],
      }),
    ]);
    expect(notes[0].message.sv).toContain('Not 2 summerar till 6 892 736, som är "Summa verksamhetens intäkter"; noten redovisar ett annat aggregat än raden');
  });

  it("a note total that equals no figure of the statements is still an error against the line", () => {
    const grants = GRANTS[2023] + 90;
    const found = errors(validateWorkbook(workbook(rr(), note2(grants))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "note-vs-statement",
        cells: ["C3", "'Noter'!B7"],
        expected: FEES[2023] + grants,
        actual: FEES[2023],
        difference: FEES[2023] - (FEES[2023] + grants),
        basis: "cross-reference",
      }),
    ]);
  });

  describe("a note naming the line among its rows (a note on inventarier referenced from 'Avskrivningar')", () => {
    const DEPRECIATION = 63_418;
    const statements = (depreciation: number) =>
      sheet("RR", [
        ["Resultaträkning"],
        ["Belopp i kr", "Not", "2023"],
        ["Verksamhetens intäkter", null, 5_200_000],
        ["Verksamhetens kostnader", null, -5_010_377],
        ["Avskrivningar", "4", -depreciation],
        ["Verksamhetens nettokostnad", null, 5_200_000 - 5_010_377 - depreciation],
      ]);
    const note4 = sheet("Not 4", [
      ["Not 4 Inventarier"],
      ["", "2023"],
      ["Ingående anskaffningsvärde", 412_500],
      ["Årets inköp", 38_900],
      ["Utgående anskaffningsvärde", 451_400],
      ["Ingående ackumulerade avskrivningar", -217_260],
      ["Årets avskrivningar", -DEPRECIATION],
      ["Utgående ackumulerade avskrivningar", -217_260 - DEPRECIATION],
      ["Utgående redovisat värde", 451_400 - 217_260 - DEPRECIATION],
    ]);

    it("is backed by the row that names it with the same figure: no finding", () => {
      const found = validateWorkbook(workbook(statements(DEPRECIATION), note4));
      expect(found.filter((f) => f.check === "note-vs-statement")).toEqual([]);
      expect(errors(found)).toEqual([]);
    });

    it("a line its note's row does not match is an error against that row", () => {
      const printed = DEPRECIATION + 1_000;
      const found = errors(validateWorkbook(workbook(statements(printed), note4)));
      expect(found).toEqual([
        expect.objectContaining({
          check: "note-vs-statement",
          cells: ["C5", "'Not 4'!B7"],
          expected: -DEPRECIATION,
          actual: -printed,
          difference: -printed + DEPRECIATION,
          basis: "cross-reference",
        }),
      ]);
    });
  });
});
