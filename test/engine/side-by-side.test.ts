/**
 * Tables side by side on one sheet (issue 9, class 6): each table right of one or more blank
 * columns has its own labels, title and unit, and is judged under them. Oracle: each grid is
 * arithmetically consistent by construction (sums worked out in the comments); a clean grid
 * gives no error, and one planted error gives exactly the finding on the right table's cell.
 */
import { validateWorkbook } from "../../src/engine/validate";
import type { Finding } from "../../src/findings/finding";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "../checks/grid-literal";
import { errors, findingAt } from "./find";

/** Places tables next to each other, `gap` blank columns apart; each table is padded to its widest row. */
function beside(gap: number, ...tables: Literal[][][]): Literal[][] {
  const height = Math.max(...tables.map((t) => t.length));
  const widths = tables.map((t) => Math.max(...t.map((r) => r.length)));
  const out: Literal[][] = [];
  for (let r = 0; r < height; r++) {
    const row: Literal[] = [];
    tables.forEach((t, i) => {
      const cells = t[r] ?? [];
      for (let c = 0; c < widths[i]; c++) row.push(cells[c] ?? null);
      if (i < tables.length - 1) for (let g = 0; g < gap; g++) row.push(null);
    });
    out.push(row);
  }
  return out;
}

const run = (name: string, rows: Literal[][]) => validateWorkbook(workbook(sheet(name, rows)));
const cellsOf = (fs: Finding[]) => fs.map((f) => `${f.check} ${f.cells[0]}`);

/** Budget 2025 and Prognos 2024: intäkter 4 800 000 + 150 000 = 4 950 000; kostnader 2 900 000 + 1 700 000 + 300 000 = 4 900 000; resultat 50 000. */
const budget: Literal[][] = [
  ["Budget 2025"],
  ["Belopp i kr"],
  ["Post", "Budget 2025", "Prognos 2024"],
  ["Medlemsavgifter", 4_800_000, 4_600_000],
  ["Övriga intäkter", 150_000, 120_000],
  ["Summa intäkter", 4_950_000, 4_720_000],
  ["Personalkostnader", -2_900_000, -2_800_000],
  ["Insatser", -1_700_000, -1_650_000],
  ["Övriga kostnader", -300_000, -250_000],
  ["Summa kostnader", -4_900_000, -4_700_000],
  ["Resultat", 50_000, 20_000],
];

/** Member split of 4 800 000: staten half (2 400 000), the region a quarter (1 200 000), the municipalities 700 000 + 300 000 + 200 000. */
const members = (grums: number): Literal[][] => [
  ["Fördelning mellan medlemmar"],
  ["Belopp i kr"],
  ["Medlem", "Budget 2025"],
  ["Staten (FK och AF)", 2_400_000],
  ["Region Värmland", 1_200_000],
  ["Karlstads kommun", 700_000],
  ["Kils kommun", 300_000],
  ["Grums kommun", grums],
  ["Summa", 4_800_000],
];

/** RR 2024/2023: nettokostnad 5 200 000 − 5 050 000 = 150 000 (4 900 000 − 4 870 000 = 30 000); + 2 000 (1 000) finansiella intäkter. */
const rr: Literal[][] = [
  ["Resultaträkning"],
  ["Belopp i kr"],
  [null, "2024", "2023"],
  ["Verksamhetens intäkter", 5_200_000, 4_900_000],
  ["Verksamhetens kostnader", -5_050_000, -4_870_000],
  ["Verksamhetens nettokostnad", 150_000, 30_000],
  ["Finansiella intäkter", 2_000, 1_000],
  ["Resultat efter finansiella poster", 152_000, 31_000],
  ["Årets resultat", 152_000, 31_000],
];

/**
 * BR at 2024-12-31 / 2023-12-31: 310 000 + 2 450 000 = 2 760 000 (280 000 + 2 180 000 = 2 460 000);
 * eget kapital 1 031 000 + 152 000 = 1 183 000 (1 000 000 + 31 000 = 1 031 000), + skulder 1 577 000 (1 429 000).
 */
const br = (receivables: number): Literal[][] => [
  ["Balansräkning"],
  ["Belopp i kr"],
  [null, "2024-12-31", "2023-12-31"],
  ["Tillgångar"],
  ["Kortfristiga fordringar", receivables, 280_000],
  ["Kassa och bank", 2_450_000, 2_180_000],
  ["Summa omsättningstillgångar", 2_760_000, 2_460_000],
  ["Summa tillgångar", 2_760_000, 2_460_000],
  ["Eget kapital och skulder"],
  ["Eget kapital"],
  ["Balanserat kapital", 1_031_000, 1_000_000],
  ["Årets resultat", 152_000, 31_000],
  ["Summa eget kapital", 1_183_000, 1_031_000],
  ["Kortfristiga skulder", 1_577_000, 1_429_000],
  ["Summa eget kapital och skulder", 2_760_000, 2_460_000],
];

/** Prognos 2025 per quarter block: 1 210 000 + 1 190 000 + 1 250 000 + 1 300 000 = 4 950 000 intäkter. */
const prognos = (total: number): Literal[][] => [
  ["Prognos 2025"],
  ["Belopp i kr"],
  ["Period", "Prognos 2025"],
  ["Intäkter kvartal 1", 1_210_000],
  ["Intäkter kvartal 2", 1_190_000],
  ["Intäkter kvartal 3", 1_250_000],
  ["Intäkter kvartal 4", 1_300_000],
  ["Summa intäkter", total],
];

describe("tables side by side", () => {
  it("every table alone is clean (the oracle's premise)", () => {
    for (const t of [budget, members(200_000), rr, br(310_000), prognos(4_950_000)]) expect(cellsOf(errors(run("Tabell", t)))).toEqual([]);
  });

  it.each([1, 2])("budget with its member split %i blank column(s) to the right: two tables, each with its own labels, title and unit", (gap) => {
    const u = understandWorkbook(workbook(sheet("Budget", beside(gap, budget, members(200_000)))));
    const left = 3 + gap;
    expect(u.tables.map((t) => [t.id, t.kind, t.title, t.unit, t.labelCol, t.columns.map((c) => c.col)])).toEqual([
      ["0:0", "budget", "Budget 2025", "kr", 0, [1, 2]],
      [`0:0:${left}`, "member-contributions", "Fördelning mellan medlemmar", "kr", left, [left + 1]],
    ]);
    expect(u.tables[1].rows.map((r) => r.label)).toEqual(["Staten (FK och AF)", "Region Värmland", "Karlstads kommun", "Kils kommun", "Grums kommun", "Summa"]);
    expect(cellsOf(errors(validateWorkbook(workbook(sheet("Budget", beside(gap, budget, members(200_000)))))))).toEqual([]);
  });

  it.each([1, 2])("budget | member split (%i blank columns): Grums 230 000 where the split needs 200 000 is found in the member table", (gap) => {
    const all = run("Budget", beside(gap, budget, members(230_000)));
    const found = errors(all);
    const col = String.fromCharCode(65 + 3 + gap + 1);
    // The municipalities add up to 1 230 000, not the quarter 1 200 000 of the Summa: an error in the member table.
    expect(findingAt(found, "member-split", "Budget", `${col}6`).difference).toBe(1_230_000 - 4_800_000 / 4);
    // The members add up to 4 830 000 under a Summa of 4 800 000: one column and no cause the figures show, so a warning (evidence before error).
    expect(findingAt(all, "sum", "Budget", `${col}9`)).toMatchObject({ severity: "warning", difference: 4_800_000 - 4_830_000 });
    expect(found.every((f) => f.cells.every((c) => c.startsWith(col)))).toBe(true);
  });

  it.each([1, 2])("RR | BR (%i blank columns): clean gives no error", (gap) => {
    const u = understandWorkbook(workbook(sheet("RR och BR", beside(gap, rr, br(310_000)))));
    expect(u.tables.map((t) => [t.kind, t.labelCol])).toEqual([
      ["rr", 0],
      ["br", 3 + gap],
    ]);
    expect(cellsOf(errors(run("RR och BR", beside(gap, rr, br(310_000)))))).toEqual([]);
  });

  it.each([1, 2])("RR | BR (%i blank columns): fordringar 301 000 (transposed) is the one error, on Summa omsättningstillgångar", (gap) => {
    const found = errors(run("RR och BR", beside(gap, rr, br(301_000))));
    const col = String.fromCharCode(65 + 3 + gap + 1);
    expect(cellsOf(found)).toEqual([`sum ${col}7`]);
    expect(found[0].difference).toBe(2_760_000 - (301_000 + 2_450_000));
  });

  it.each([1, 2])("budget | prognos (%i blank columns): clean gives no error; a Summa 4 950 000 typed as 4 905 000 is the one error", (gap) => {
    expect(cellsOf(errors(run("Budget", beside(gap, budget, prognos(4_950_000)))))).toEqual([]);
    const found = errors(run("Budget", beside(gap, budget, prognos(4_905_000))));
    const col = String.fromCharCode(65 + 3 + gap + 1);
    expect(cellsOf(found)).toEqual([`sum ${col}8`]);
    expect(found[0].difference).toBe(4_905_000 - 4_950_000);
  });

  it("a table with its labels after a spacer keeps its own title above it, not the left table's", () => {
    const u = understandWorkbook(workbook(sheet("Budget", beside(1, budget, prognos(4_950_000)))));
    expect(u.tables.map((t) => [t.title, t.top, t.bottom, t.left, t.right])).toEqual([
      ["Budget 2025", 0, 10, 0, 2],
      ["Prognos 2025", 0, 7, 4, 5],
    ]);
  });
});

describe("a blank spacer column between figure columns stays inside the table", () => {
  /** Differens = Budget − Utfall: 1 300 000 − 1 250 000 = 50 000; 820 000 − 900 000 = −80 000; 240 000 − 236 000 = 4 000; 2 360 000 − 2 386 000 = −26 000. */
  const spaced = (gap: number, kansliDiff: number): Literal[][] => {
    const pad = Array.from({ length: gap }, () => null);
    return [
      ["Budget och utfall 2025"],
      ["Post", "Budget 2025", "Utfall 2025", ...pad, "Differens"],
      ["Insatser", 1_300_000, 1_250_000, ...pad, 50_000],
      ["Kansli", 820_000, 900_000, ...pad, kansliDiff],
      ["Lokaler", 240_000, 236_000, ...pad, 4_000],
      ["Summa", 2_360_000, 2_386_000, ...pad, -26_000],
    ];
  };

  it.each([1, 2])("%i blank column(s) before Differens: one table, clean, and a wrong Differens on Kansli is the one error", (gap) => {
    const u = understandWorkbook(workbook(sheet("Budget och utfall", spaced(gap, -80_000))));
    expect(u.tables.map((t) => [t.labelCol, t.columns.map((c) => [c.col, c.basis])])).toEqual([
      [
        0,
        [
          [1, "budget"],
          [2, "utfall"],
          [3 + gap, "difference"],
        ],
      ],
    ]);
    expect(cellsOf(errors(run("Budget och utfall", spaced(gap, -80_000))))).toEqual([]);
    const col = String.fromCharCode(65 + 3 + gap);
    // −8 000 where 820 000 − 900 000 = −80 000: the Differens column no longer adds up either.
    const found = errors(run("Budget och utfall", spaced(gap, -8_000)));
    expect(cellsOf(found).sort()).toEqual([`difference-column ${col}4`, `sum ${col}6`]);
  });
});
