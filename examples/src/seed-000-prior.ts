/**
 * Last year's annual report (2022) of the same förbund, as this year's report (seed 000)
 * prints it: 000's statements, notes and 5-årsöversikt with the 2023 column taken out —
 * the 2022 columns are what the 2022 report said, and the overview keeps the four years
 * 000 shows before 2023 (000 does not print 2018). The budget/utfall table and the
 * driftsredovisning are about 2023 only and are left out. Formulas are moved with their
 * column. A consistent pair with 000: every relation across the two holds.
 *
 * The variant with planted differences changes a few cells of that report (PLANTED):
 * each is the ground truth a test checks the findings against.
 */
import { Cell, Sheet, Workbook, columnLetters } from "../../src/model/grid";
import { seed000 } from "./seed-000";

/** 0-based column of each kept sheet's 2023 column in seed 000. */
const COLUMN_2023: Record<string, number> = {
  "5-årsöversikt": 1,
  Resultaträkning: 2,
  Balansräkning: 2,
  Kassaflödesanalys: 1,
  Noter: 1,
  "Not 5": 1,
  "Not 6": 1,
  "Not 7": 1,
};

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The formula with every reference to a column right of `removed` moved one column left. */
function shiftFormula(formula: string, removed: number): string {
  return formula.replace(/(?<![A-Za-z_])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (all, d1: string, letters: string, d2: string, row: string) => {
    const col = columnIndex(letters);
    if (col === removed) throw new Error(`a formula refers to the removed column: ${formula}`);
    return col > removed ? `${d1}${columnLetters(col - 1)}${d2}${row}` : all;
  });
}

function withoutColumn(sheet: Sheet, removed: number): Sheet {
  const rows = sheet.rows.map((cells) =>
    cells.filter((_, c) => c !== removed).map((cell): Cell | undefined => (cell?.formula ? { ...cell, formula: shiftFormula(cell.formula, removed) } : cell)),
  );
  const merged = (sheet.merged ?? []).map((m) => ({ ...m, left: m.left > removed ? m.left - 1 : m.left, right: m.right >= removed ? m.right - 1 : m.right }));
  return { ...sheet, rows, ...(sheet.merged ? { merged } : {}) };
}

export function seed000Prior(): Workbook {
  const sheets = seed000()
    .sheets.filter((s) => s.name in COLUMN_2023)
    .map((s) => withoutColumn(s, COLUMN_2023[s.name]));
  return { name: "000-arsredovisning-2022.xlsx", sheets };
}

/** One planted difference: on `sheet`, the row labelled `label`, the 2022 figure becomes `value` and/or the label becomes `rename`. */
export interface Plant {
  sheet: string;
  label: string;
  /** 0-based column of the 2022 figure in the prior-year workbook. */
  col: number;
  value?: number;
  rename?: string;
  /** What the change stands for. */
  why: string;
}

export const PLANTED: Plant[] = [
  { sheet: "Balansräkning", label: "Kassa och bank", col: 2, value: 7_668_746, why: "two digits transposed (7 667 846)" },
  { sheet: "Resultaträkning", label: "Finansiella intäkter", col: 2, value: -53_040, why: "sign flipped (53 040)" },
  { sheet: "Not 6", label: "Utgiftsförskott", col: 1, rename: "Förutbetalda kostnader", why: "a line renamed, same figure" },
  {
    sheet: "Not 7",
    label: "Semesterlöneskuld",
    col: 1,
    rename: "Semesterlöneskulder",
    value: 219_722,
    why: "a line renamed and its digits transposed (217 922): matched by a loose label only",
  },
  { sheet: "5-årsöversikt", label: "Årets resultat", col: 2, value: 264_497, why: "the 2021 result as intäkter − kostnader give it; 000 prints 264 479" },
];

export function seed000PriorPlanted(): Workbook {
  const wb = seed000Prior();
  for (const p of PLANTED) {
    const sheet = wb.sheets.find((s) => s.name === p.sheet)!;
    const row = sheet.rows.find((cells) => cells[0]?.value === p.label);
    if (!row) throw new Error(`no row "${p.label}" on ${p.sheet}`);
    if (p.rename !== undefined) row[0] = { ...row[0]!, value: p.rename };
    if (p.value !== undefined) row[p.col] = { ...row[p.col], value: p.value };
  }
  return { ...wb, name: "000-arsredovisning-2022-avvikelser.xlsx" };
}
