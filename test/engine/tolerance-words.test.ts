/**
 * The tolerance in messages (issue 13, "Messages that read right"): explained once in words
 * where it first matters, later just "±x", and not at all where the difference is far beyond it.
 * Expected texts are written by hand from the grids: a figure shown to 0,1 tkr stands for
 * ±0,05 tkr, so a total and its five lines (six figures) allow ±0,30 tkr, shown ±0,3 (English: ±0.3).
 */
import { validateWorkbook } from "../../src/engine/validate";
import { explainTolerances, toleranceWords } from "../../src/findings/tolerance-words";
import type { Finding } from "../../src/findings/finding";
import { sheet, workbook, type Literal } from "../checks/grid-literal";

const TKR = "#,##0.0";

/** A block of five lines at 0,1 tkr under a heading, and its total for 2023 and 2022 (2022 foots). */
function block(heading: string, lines: number[], total2023: number): Literal[][] {
  const sum2022 = lines.reduce((s, v) => s + v * 10, 0) / 10;
  return [[heading], ...lines.map((v, i) => [`${heading} ${i + 1}`, v, v]), [`Summa ${heading.toLowerCase()}`, total2023, sum2022]];
}

describe("the tolerance of a tkr table with one decimal", () => {
  const findings = validateWorkbook(
    workbook(
      sheet(
        "Resultaträkning",
        [
          ["Resultaträkning"],
          ["Belopp i tkr"],
          ["", "2023", "2022"],
          // 1,1 + 2,2 + 3,3 + 4,4 + 5,5 = 16,5; printed 17,0: 0,5 off, within three bands of ±0,3.
          ...block("Intäkter", [1.1, 2.2, 3.3, 4.4, 5.5], 17.0),
          // 1,0 + 2,0 + 3,0 + 4,0 + 5,0 = 15,0; printed 15,6: 0,6 off.
          ...block("Kostnader", [1.0, 2.0, 3.0, 4.0, 5.0], 15.6),
          // 10 + 20 + 30 + 40 + 50 = 150,0; printed 215,0: 65 off, far beyond any rounding.
          ...block("Övrigt", [10, 20, 30, 40, 50], 215.0),
        ],
        TKR,
      ),
    ),
  );
  const sums = findings.filter((f) => f.check === "sum");

  it("finds the three totals that do not foot, in sheet order", () => {
    expect(sums.map((f) => f.cells[0])).toEqual(["B10", "B17", "B24"]);
  });

  it("explains the tolerance on the first total where it matters", () => {
    expect(sums[0].message.sv).toBe(
      'Summan "Summa intäkter" (2023) är inte summan av raderna den omfattar (5 st). (förväntat 16,5, faktiskt 17,0, diff 0,5, tolerans ±0,3) ' +
        "Toleransen: tkr med en decimal, varje tal kan vara avrundat ±0,05 tkr; sex tal ger ±0,3.",
    );
    expect(sums[0].message.en).toBe(
      'The total "Summa intäkter" (2023) is not the sum of the rows it covers (5). (expected 16.5, actual 17.0, difference 0.5, tolerance ±0.3) ' +
        "The tolerance: tkr to one decimal, each figure may be rounded by ±0.05 tkr; six figures give ±0.3.",
    );
  });

  it("says just ±0,3 on the next one", () => {
    expect(sums[1].message.sv).toBe(
      'Summan "Summa kostnader" (2023) är inte summan av raderna den omfattar (5 st). (förväntat 15,0, faktiskt 15,6, diff 0,6, tolerans ±0,3)',
    );
    expect(sums[1].message.en).toBe(
      'The total "Summa kostnader" (2023) is not the sum of the rows it covers (5). (expected 15.0, actual 15.6, difference 0.6, tolerance ±0.3)',
    );
  });

  it("leaves the tolerance out where the difference is far beyond it", () => {
    expect(sums[2].message.sv).toBe('Summan "Summa övrigt" (2023) är inte summan av raderna den omfattar (5 st). (förväntat 150,0, faktiskt 215,0, diff 65,0)');
    expect(sums[2].message.en).toBe(
      'The total "Summa övrigt" (2023) is not the sum of the rows it covers (5). (expected 150.0, actual 215.0, difference 65.0)',
    );
  });

  it("keeps the figures as data on every finding", () => {
    expect(sums.map((f) => [f.unit, f.tolerance])).toEqual([
      ["tkr", 0.3],
      ["tkr", 0.3],
      ["tkr", 0.3],
    ]);
  });
});

describe("the tolerance of a whole-kronor table", () => {
  const findings = validateWorkbook(
    workbook(
      sheet("Budget", [
        ["Budget"],
        ["Belopp i kr"],
        ["Post", "Budget 2023", "Budget 2024"],
        ["A", 100, 200],
        ["B", 300, 400],
        // 2023: 100 + 300 = 400 printed 401 (1 kr: öre rounding); 2024: 200 + 400 = 600 printed 627 (27 kr off).
        ["Summa", 401, 627],
      ]),
    ),
  );

  it("explains hidden öre on the 1-kr gap and says nothing of tolerance on the 27-kr one", () => {
    const [ore, off] = findings.filter((f) => f.check === "sum");
    expect(ore.severity).toBe("info");
    expect(ore.message.sv).toBe(
      'Summan "Summa" (Budget 2023) är inte summan av raderna den omfattar (2 st). Troligen avrundade ören. (förväntat 400, faktiskt 401, diff 1, tolerans ±1,5) ' +
        "Toleransen: hela kronor, varje tal kan dölja avrundade ören, ±0,5 kr; tre tal ger ±1,5.",
    );
    expect(ore.message.en).toBe(
      'The total "Summa" (Budget 2023) is not the sum of the rows it covers (2). Probably rounded öre. (expected 400, actual 401, difference 1, tolerance ±1.5) ' +
        "The tolerance: whole kronor, each figure may hide rounded öre, ±0.5 kr; three figures give ±1.5.",
    );
    expect(off.severity).toBe("error");
    expect(off.message.sv).toBe('Summan "Summa" (Budget 2024) är inte summan av raderna den omfattar (2 st). (förväntat 600, faktiskt 627, diff 27)');
  });
});

describe("explainTolerances", () => {
  const finding = (difference: number, tolerance: number, step: number, figures: number | null, unit?: Finding["unit"]): Finding => ({
    check: "sum",
    severity: "error",
    sheet: "S",
    cells: ["B5"],
    expected: 0,
    actual: difference,
    difference,
    tolerance,
    ...(unit ? { unit } : {}),
    cause: null,
    rounding: { step, figures },
    message: { sv: "Fel.", en: "Wrong." },
  });

  it("explains each precision once: mnkr to two decimals and whole tkr apart", () => {
    const out = explainTolerances([finding(0.02, 0.015, 0.01, 3, "mnkr"), finding(0.03, 0.015, 0.01, 3, "mnkr"), finding(2, 1, 1, 2, "tkr")]);
    expect(out.map((f) => f.message.sv)).toEqual([
      "Fel. Toleransen: mnkr med två decimaler, varje tal kan vara avrundat ±0,005 mnkr; tre tal ger ±0,02.",
      "Fel.",
      "Fel. Toleransen: hela tkr, varje tal kan vara avrundat ±0,5 tkr; två tal ger ±1.",
    ]);
  });

  it("leaves a finding alone when its tolerance is zero or far from the difference", () => {
    const out = explainTolerances([finding(5, 0, 1, 0, "kr"), finding(100, 1.5, 1, 3, "kr")]);
    expect(out.map((f) => f.message.sv)).toEqual(["Fel.", "Fel."]);
  });

  it("says 'together' when the figures are not all shown to one step", () => {
    expect(toleranceWords(0.8, 0.1, null, "tkr")).toEqual({
      sv: "Toleransen: tkr med en decimal, varje tal kan vara avrundat ±0,05 tkr; summor av avrundade tal och grövre avrundade tal mer; tillsammans ±0,8.",
      en: "The tolerance: tkr to one decimal, each figure may be rounded by ±0.05 tkr; totals of rounded figures and more coarsely rounded figures by more; together ±0.8.",
    });
  });
});
