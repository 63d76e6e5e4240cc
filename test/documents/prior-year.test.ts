/**
 * This year's report (seed 000) against last year's (rebuilt from 000's 2022 columns and
 * 5-årsöversikt, examples/src/seed-000-prior.ts): the consistent pair is silent; each
 * planted difference is found once, at the planted cell and the matching cell of 000,
 * with its cause where the numbers show it. Opening balances against a 000 whose opening
 * figures were changed here.
 */
import { seed000 } from "../../examples/src/seed-000";
import { PLANTED, seed000Prior, seed000PriorPlanted } from "../../examples/src/seed-000-prior";
import { validateDocuments, type DocumentReport } from "../../src/documents/validate-documents";
import type { Finding } from "../../src/findings/finding";
import { a1, parseA1, type Workbook } from "../../src/model/grid";
import { gridCell } from "./grid-cell";

const CROSS = new Set(["prior-year-columns", "opening-balances", "five-year-shift", "adopted-budget", "member-contributions-across", "forecast-outcome"]);
const cross = (r: DocumentReport): Finding[] => r.findings.filter((f) => CROSS.has(f.check));

function run(current: Workbook, prior: Workbook): DocumentReport[] {
  return validateDocuments([{ workbook: current }, { workbook: prior, role: "prior-year-report" }]);
}

describe("000 with last year's report rebuilt from its own comparison figures", () => {
  const [current, prior] = run(seed000(), seed000Prior());

  it("is recognised as the annual report 2022 (and would be without the flag)", () => {
    expect(prior).toMatchObject({ kind: "annual-report", year: 2022 });
    expect(validateDocuments([{ workbook: seed000() }, { workbook: seed000Prior() }])[1]).toMatchObject({ kind: "annual-report", year: 2022 });
  });

  it("is silent: every line of RR, BR, KF, notes and the overview agrees, opening balances are last year's closing", () => {
    expect(cross(current)).toEqual([]);
    expect(cross(prior)).toEqual([]);
  });
});

/** What the numbers of each plant show (the test's reading of PLANTED). */
const EXPECTED: Record<string, { check: string; severity: string; cause: string | null; basis: string }> = {
  "Kassa och bank": { check: "prior-year-columns", severity: "error", cause: "transposed-digits", basis: "cross-reference" },
  "Finansiella intäkter": { check: "prior-year-columns", severity: "error", cause: "sign-flipped", basis: "cross-reference" },
  Utgiftsförskott: { check: "prior-year-columns", severity: "info", cause: "renamed", basis: "cross-reference" },
  // Matched by a loose label only ("Semesterlöneskuld" / "Semesterlöneskulder"): a warning, never an error.
  Semesterlöneskuld: { check: "prior-year-columns", severity: "warning", cause: "transposed-digits", basis: "label" },
  "Årets resultat": { check: "five-year-shift", severity: "error", cause: "transposed-digits", basis: "cross-reference" },
};

describe("000 with last year's report carrying planted differences", () => {
  const wb000 = seed000();
  const planted = seed000PriorPlanted();
  const [current] = run(wb000, planted);
  const found = cross(current);

  it("finds as many differences as were planted, no more", () => {
    expect(found).toHaveLength(PLANTED.length);
  });

  for (const p of PLANTED) {
    it(`${p.sheet} "${p.label}": ${p.why}`, () => {
      const plantedRow = planted.sheets.find((s) => s.name === p.sheet)!.rows.findIndex((cells) => cells[0]?.value === (p.rename ?? p.label));
      const there = a1(plantedRow, p.col);
      const hits = found.filter((f) => f.other?.sheet === p.sheet && f.other.cell === there);
      expect(hits).toHaveLength(1);
      const f = hits[0];
      // 000 keeps the 2023 column left of 2022: the same figure sits one column to the right.
      const sheet000 = wb000.sheets.find((s) => s.name === p.sheet)!;
      const row000 = sheet000.rows.findIndex((cells) => cells[0]?.value === p.label);
      const original = sheet000.rows[row000][p.col + 1]!.value as number;
      expect(f.sheet).toBe(p.sheet);
      expect(f.cells[0]).toBe(a1(row000, p.col + 1));
      expect(f.other!.workbook).toBe(planted.name);
      expect(f).toMatchObject(EXPECTED[p.label]);
      if (p.value !== undefined) expect(f).toMatchObject({ actual: original, expected: p.value, difference: original - p.value });
    });
  }
});

describe("opening balances: this year's opening figures against last year's closing", () => {
  /** Seed 000 with one 2023 figure changed (the cell found by its label and printed value). */
  function with000(sheet: string, label: string, from: number, to: number): Workbook {
    const wb = seed000();
    const at = parseA1(gridCell(wb, sheet, label, from))!;
    const cells = wb.sheets.find((s) => s.name === sheet)!.rows[at.row];
    cells[at.col] = { ...cells[at.col], value: to };
    return wb;
  }

  it("likvida medel vid årets början 2023 not last year's likvida medel vid årets slut: one error, both cells", () => {
    const prior = seed000Prior();
    const changed = with000("Kassaflödesanalys", "Likvida medel vid årets början", 7_667_846, 7_667_864);
    const [current] = run(changed, prior);
    const f = cross(current);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      check: "opening-balances",
      severity: "error",
      sheet: "Kassaflödesanalys",
      actual: 7_667_864,
      expected: 7_667_846,
      difference: 18,
      cause: "transposed-digits",
    });
    expect(f[0].cells[0]).toBe(gridCell(changed, "Kassaflödesanalys", "Likvida medel vid årets början", 7_667_864));
    expect(f[0].other).toEqual({
      workbook: prior.name,
      sheet: "Kassaflödesanalys",
      cell: gridCell(prior, "Kassaflödesanalys", "Likvida medel vid årets slut", 7_667_846),
    });
  });

  it("övrigt eget kapital 2023 not last year's eget kapital: one error against last year's equity subtotal", () => {
    const prior = seed000Prior();
    const changed = with000("Balansräkning", "Övrigt eget kapital", 4_002_230, 4_002_203);
    const [current] = run(changed, prior);
    const f = cross(current);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ check: "opening-balances", severity: "error", actual: 4_002_203, expected: 4_002_230, difference: -27 });
    expect(f[0].other).toEqual({
      workbook: prior.name,
      sheet: "Balansräkning",
      cell: gridCell(prior, "Balansräkning", "Summa Eget kapital, avsättningar och skulder", 4_002_230),
    });
  });

  it("a closing balance that already differs in this year's comparison column is reported once (by prior-year-columns)", () => {
    const prior = seed000Prior();
    const row = prior.sheets.find((s) => s.name === "Kassaflödesanalys")!.rows.find((cells) => cells[0]?.value === "Likvida medel vid årets slut")!;
    row[1] = { ...row[1], value: 7_667_864 };
    const [current] = run(seed000(), prior);
    expect(cross(current).map((f) => f.check)).toEqual(["prior-year-columns"]);
  });
});
