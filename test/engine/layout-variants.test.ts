/**
 * The engine reads the layout, not the seeds: the same report laid out differently
 * (shifted a column, General number formats, sheets in another order, everything on
 * one sheet, sheets side by side on one sheet, blank spacer columns, titles removed) gives
 * the same findings — same checks, severities and sizes.
 */
import { seed000 } from "../../examples/src/seed-000";
import { seed002 } from "../../examples/src/seed-002";
import { seed004 } from "../../examples/src/seed-004";
import { validateWorkbook } from "../../src/engine/validate";
import type { Finding } from "../../src/findings/finding";
import type { Cell, Workbook } from "../../src/model/grid";

type Variant = (wb: Workbook) => Workbook;

const mapCells = (wb: Workbook, fn: (c: Cell) => Cell): Workbook => ({
  ...wb,
  sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ?? []).map((c) => (c ? fn(c) : c))) })),
});

const VARIANTS: Record<string, Variant> = {
  "shifted one column right": (wb) => ({
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => [undefined, ...(r ?? [])]),
    })),
  }),
  "General number formats": (wb) =>
    mapCells(wb, (c) => (typeof c.value === "number" && !/[y%]/.test(c.numberFormat ?? "") ? { ...c, numberFormat: "General" } : c)),
  "sheets in reverse order": (wb) => ({ ...wb, sheets: [...wb.sheets].reverse() }),
  "everything on one sheet": (wb) => {
    const rows: (Cell | undefined)[][] = [];
    for (const s of wb.sheets) rows.push(...s.rows.map((r) => [...(r ?? [])]), [], []);
    return { name: wb.name, sheets: [{ name: "Rapport", rows }] };
  },
  "a blank spacer column between the labels and the figures": (wb) => ({
    ...wb,
    sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r && r.length > 1 ? [r[0], undefined, ...r.slice(1)] : r)) })),
  }),
  "a blank spacer column before the last column": (wb) => ({
    ...wb,
    sheets: wb.sheets.map((s) => {
      const last = Math.max(0, ...s.rows.map((r) => (r ?? []).length)) - 1;
      return { ...s, rows: s.rows.map((r) => (r && r.length > last && last > 1 ? [...r.slice(0, last), undefined, r[last]] : r)) };
    }),
  }),
  "sheets side by side on one sheet, a blank column apart": (wb) => beside(wb, 1),
  "sheets side by side on one sheet, two blank columns apart": (wb) => beside(wb, 2),
  "first title line removed": (wb) => ({ ...wb, sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r, i) => (i === 0 ? [] : r)) })) }),
};

/** Every sheet's cells on one sheet, each sheet right of the one before, `gap` blank columns apart. */
function beside(wb: Workbook, gap: number): Workbook {
  const rows: (Cell | undefined)[][] = [];
  let left = 0;
  for (const s of wb.sheets) {
    const width = Math.max(0, ...s.rows.map((r) => (r ?? []).length));
    s.rows.forEach((r, i) => {
      const row = (rows[i] ??= []);
      (r ?? []).forEach((c, j) => (row[left + j] = c));
    });
    left += width + gap;
  }
  return { name: wb.name, sheets: [{ name: "Rapport", rows: Array.from(rows, (r) => r ?? []) }] };
}

/** Formulas keep their references only where rows and columns stay put; drop them for the variants that move cells. */
const asValues = (wb: Workbook): Workbook => mapCells(wb, (c) => ({ value: c.value, numberFormat: c.numberFormat, bold: c.bold, error: c.error }));

const signature = (fs: Finding[]) => fs.map((f) => `${f.check} ${f.severity} ${Math.abs(f.difference ?? 0)}`).sort();

describe.each([
  ["000", seed000],
  ["002", seed002],
  ["004", seed004],
])("seed %s", (_, seed) => {
  const base = signature(validateWorkbook(seed()));
  it.each(Object.keys(VARIANTS))("%s: same findings", (name) => {
    const moved = name !== "General number formats" && name !== "sheets in reverse order" && name !== "first title line removed";
    const wb = VARIANTS[name](moved ? asValues(seed()) : seed());
    expect(signature(validateWorkbook(wb))).toEqual(base);
  });
});
