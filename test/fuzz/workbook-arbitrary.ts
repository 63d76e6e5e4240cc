/**
 * fast-check arbitraries for whole workbooks as a hostile source could hand them to the engine:
 * chaos cells (numbers of every magnitude, numbers stored as Swedish text, blanks, error values,
 * dates, booleans, formulas with and without a cached value, SUMs pointing anywhere, 10 000-character
 * labels) mixed into report-like tables (year headers, Swedish line labels, blocks with "Summa"
 * rows that add up or are off), merged regions, hidden rows and sheets with odd names.
 * NaN and ±Infinity never occur: no source (Office.js, ExcelJS) puts them in a grid; −0 may.
 */
import fc from "fast-check";
import type { Cell, MergedRange, Sheet, Workbook } from "../../src/model/grid";
import { columnLetters } from "../../src/model/grid";

const NBSP = "\u00a0";
const THIN = "\u2009";
const NARROW_NBSP = "\u202f";
const MINUS = "\u2212";

export const SHEET_NAMES = [
  "Resultaträkning",
  "Balansräkning",
  "Kassaflödesanalys",
  "Not 5",
  "Budget och utfall",
  "Blad 1",
  "O'Brien",
  "Års redovisning 2023",
  "Ωmega ∑",
  "😀 Emoji",
  "a'b'c",
  " space ",
  "Medlemstilldelning",
  "Noter",
  "5-årsöversikt",
  "C14",
  "Not!2",
  "Summa",
];

const LABELS = [
  "Summa",
  "Summa intäkter",
  "Summa kostnader",
  "Totalt",
  "Totalt kansli",
  "Lumena, varav",
  "Kansli, varav",
  "* ESF",
  "* Lönekostnader",
  "Årets resultat",
  "Resultat",
  "Soliditet",
  "Belopp i tkr",
  "Belopp i kr",
  "Differens",
  "Avvikelse",
  "Budget 2024",
  "Utfall 2023",
  "Budget",
  "Utfall",
  "Not",
  "Eget kapital",
  "Summa eget kapital",
  "Summa tillgångar",
  "Summa eget kapital och skulder",
  "Ingående balans",
  "Utgående balans",
  "Medlemsavgifter",
  "Staten (FK + AF)",
  "Region",
  "Kommunerna",
  "Förbundsreserv",
  "Administration",
  "Kansli",
  "Styrelse",
  "Insatser",
  "Kassaflöde från den löpande verksamheten",
  "Likvida medel vid årets slut",
  "Personalkostnader",
  "Övriga externa kostnader",
  "Antal anställda",
  "Resultaträkning",
  "Balansräkning",
  "2023-12-31",
  "2022-12-31",
  "tkr",
  "kr",
  "%",
];

/** Swedish-printed integer: groups of three separated by `sep`, minus as `neg`. */
function swedish(n: number, sep: string, neg: string): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return n < 0 ? neg + digits : digits;
}

const textNumber: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.constantFrom(" ", NBSP, THIN, NARROW_NBSP, ""), fc.constantFrom("-", MINUS, "\u2013", "paren"))
  .map(([n, sep, neg]) => (neg === "paren" && n < 0 ? `(${swedish(-n, sep, "")})` : swedish(n, sep, neg === "paren" ? "-" : neg)));

const finiteNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e15, -1e15, 1e-9, -1e-9, 0, -0, 0.5, 0.005, 999_999_999_999_999),
);

const label: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LABELS) },
  // Never the words the engine fuzz looks for in messages as signs of a broken value.
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }).filter((t) => !/NaN|undefined|Infinity|\[object /.test(t)) },
  { weight: 1, arbitrary: fc.integer({ min: 2015, max: 2030 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("Lång etikett ", "Summa ", "x").map((s) => s.repeat(Math.ceil(10_000 / s.length)).slice(0, 10_000)) },
);

const numberFormat = fc.constantFrom(undefined, "General", "#,##0", "#,##0.0", "0.0%", "0%", "yyyy-mm-dd", '#,##0 "tkr"', "#,##0;-#,##0", "@");

/** A range reference that may point anywhere: inside the grid, far outside it (even past XFD), other sheets (existing or not). */
const rangeRef: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...SHEET_NAMES, "Finns inte"), { freq: 4 }),
    fc.integer({ min: 0, max: 16_383 }),
    fc.integer({ min: 1, max: 1_048_576 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 60 }),
    fc.boolean(),
  )
  .map(([sheet, col, row, width, height, small]) => {
    const c = small ? col % 6 : col;
    const r = small ? 1 + (row % 30) : row;
    const prefix = sheet === null ? "" : `'${sheet.replace(/'/g, "''")}'!`;
    return `${prefix}${columnLetters(c)}${r}:${columnLetters(c + width)}${r + height}`;
  });

const formula: fc.Arbitrary<string> = fc.oneof(
  rangeRef.map((r) => `SUM(${r})`),
  fc.tuple(rangeRef, rangeRef).map(([a, b]) => `SUM(${a},${b})`),
  fc.tuple(rangeRef, rangeRef).map(([a, b]) => `${a.split(":")[0]}+${b.split(":")[0]}-${a.split(":")[1]}`),
  fc.constantFrom("1/0", "B2*1000", "ROUND(B3/1000,0)", "SUM(B:B)", "SUM(2:2)", "SUM(#REF!)", "IF(B2>0,B3,B4)", "C3-B3", "B10/B20", "SUM(", ""),
);

const chaosCell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>({ value: null }, { value: "" }, { value: " " }, { value: "-" }, { value: "–" }) },
  { weight: 4, arbitrary: fc.tuple(finiteNumber, numberFormat, fc.boolean()).map(([value, nf, bold]) => ({ value, numberFormat: nf, bold })) },
  { weight: 3, arbitrary: textNumber.map((value) => ({ value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("5 572,6", "12,5 %", "1,5 mnkr", "12 tkr", "17 157 195 kr", "0,0", "1.393.712", "1,393,712", "12 34")
      .map((value) => ({ value })),
  },
  { weight: 4, arbitrary: fc.tuple(label, fc.boolean()).map(([value, bold]) => ({ value, bold })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!").map((error) => ({ value: null, error })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom("yyyy-mm-dd", "d/m/yyyy", "mmm yyyy"))
      .map(([value, nf]) => ({ value, numberFormat: nf })),
  },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(formula, fc.option(finiteNumber, { freq: 3 }), fc.option(fc.constantFrom("#REF!", "#DIV/0!", "#VALUE!"), { freq: 5 }))
      .map(([f, cached, error]): Cell => (error !== null ? { value: null, formula: f, error } : { value: cached, formula: f, numberFormat: "#,##0" })),
  },
);

/** A printed figure: kronor, tkr with one decimal, or amounts near the limit of exact doubles. */
const reportFigure: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 10) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n * 1_000_000_000) },
);

/**
 * A report-like table: a title, a header of years (or Budget/Utfall with Differens and Avvikelse %),
 * blocks of lines closed by a total that adds up or is off, lines with "…, varav" and "* " children.
 */
const reportRows: fc.Arbitrary<(Cell | undefined)[][]> = fc
  .tuple(
    fc.constantFrom("Belopp i kr", "Belopp i tkr", "Resultaträkning", "Budget 2024", ""),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 2019, max: 2025 }),
    fc.constantFrom("year", "budget-utfall", "date"),
    fc.array(
      fc.record({
        lines: fc.array(fc.tuple(label, fc.array(reportFigure, { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 7 }),
        total: fc.constantFrom("Summa", "Totalt", "Summa intäkter", "Årets resultat", "", "Summa eget kapital"),
        off: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -2_000, max: 2_000 })),
        asFormula: fc.boolean(),
        cached: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.constantFrom("#,##0", "#,##0.0", "General", undefined),
    fc.record({ varav: fc.boolean(), percent: fc.boolean(), childOff: fc.integer({ min: -1, max: 1 }) }),
  )
  .map(([title, cols, year, header, blocks, nf, extras]) => {
    const rows: (Cell | undefined)[][] = [];
    if (title) rows.push([{ value: title, bold: true }]);
    const head: (Cell | undefined)[] = [{ value: "Post" }];
    for (let c = 0; c < cols; c++) {
      if (header === "year") head.push({ value: String(year - c) });
      else if (header === "date") head.push({ value: 44_926 - 365 * c, numberFormat: "yyyy-mm-dd" });
      else head.push({ value: c % 2 === 0 ? `Budget ${year}` : `Utfall ${year}` });
    }
    if (cols > 1) head.push({ value: "Differens" });
    if (cols > 1 && extras.percent) head.push({ value: "Avvikelse %" });
    rows.push(head);
    for (const b of blocks) {
      const first = rows.length;
      const children: (Cell | undefined)[][] = [];
      for (const [i, [name, figures]] of b.lines.entries()) {
        const parent = extras.varav && i === 0;
        const row: (Cell | undefined)[] = [{ value: parent ? `${name}, varav` : name }];
        for (let c = 0; c < cols; c++) row.push({ value: figures[c], numberFormat: nf });
        if (cols > 1) row.push({ value: figures[0] - figures[1], numberFormat: nf });
        if (cols > 1 && extras.percent) row.push({ value: figures[0] === 0 ? null : (figures[0] - figures[1]) / figures[0], numberFormat: "0.0%" });
        rows.push(row);
        if (parent) {
          // Two "* " lines that make up the parent (or miss it by a krona), not part of the block's sum.
          for (const half of [0, 1]) {
            const child: (Cell | undefined)[] = [{ value: half === 0 ? "* ESF" : "* Övrigt" }];
            for (let c = 0; c < cols; c++) {
              const a = Math.trunc(figures[c] / 2);
              child.push({ value: half === 0 ? a : figures[c] - a + extras.childOff, numberFormat: nf });
            }
            children.push(child);
            rows.push(child);
          }
        }
      }
      const total: (Cell | undefined)[] = [{ value: b.total, bold: true }];
      for (let c = 0; c <= cols - (cols > 1 ? 0 : 1); c++) {
        let sum = 0;
        for (const [, figures] of b.lines) sum += c < cols ? figures[c] : figures[0] - figures[1];
        const value = sum + (c === 0 ? b.off : 0);
        const letter = columnLetters(c + 1);
        total.push(
          b.asFormula && children.length === 0
            ? { value: b.cached ? value : null, formula: `SUM(${letter}${first + 1}:${letter}${rows.length})`, numberFormat: nf }
            : { value, numberFormat: nf },
        );
      }
      rows.push(total);
    }
    return rows;
  });

/** Replaces some cells of a grid with chaos cells and appends chaos rows. */
const mutatedRows: fc.Arbitrary<(Cell | undefined)[][]> = fc
  .tuple(
    fc.oneof(reportRows, fc.constant([] as (Cell | undefined)[][])),
    fc.array(fc.tuple(fc.nat(), fc.nat(), chaosCell), { maxLength: 12 }),
    fc.array(fc.array(chaosCell, { maxLength: 8 }), { maxLength: 10 }),
  )
  .map(([rows, edits, extra]) => {
    const grid = rows.map((r) => r.slice()).concat(extra);
    if (grid.length > 0) {
      for (const [r, c, cell] of edits) {
        const row = grid[r % grid.length];
        row[c % Math.max(1, row.length + 1)] = cell;
      }
    }
    return grid;
  });

/** Sources may hand over ragged rows with holes and missing rows; keep some of both. */
const sparseRows: fc.Arbitrary<(Cell | undefined)[][]> = fc
  .tuple(mutatedRows, fc.array(fc.tuple(fc.nat(), fc.nat(20)), { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 2 }))
  .map(([rows, holes, missing]) => {
    const grid = rows.slice();
    for (const [r, gap] of holes) {
      if (grid.length === 0) break;
      const row = grid[r % grid.length].slice();
      row[row.length + gap] = { value: "Summa", bold: true };
      grid[r % grid.length] = row;
    }
    for (const r of missing) if (grid.length > 0) grid[r % grid.length] = undefined as unknown as (Cell | undefined)[];
    return grid;
  });

function bounds(rows: (Cell | undefined)[][]): { rows: number; cols: number } {
  return { rows: rows.length, cols: rows.reduce((m, r) => Math.max(m, r ? r.length : 0), 0) };
}

const sheetBody: fc.Arbitrary<Omit<Sheet, "name">> = sparseRows.chain((rows) => {
  const { rows: h, cols: w } = bounds(rows);
  const merge: fc.Arbitrary<MergedRange> =
    h === 0 || w === 0
      ? fc.constant({ top: 0, left: 0, bottom: 0, right: 0 })
      : fc
          .tuple(fc.nat(h - 1), fc.nat(w - 1), fc.nat(3), fc.nat(3))
          .map(([t, l, dh, dw]) => ({ top: t, left: l, bottom: Math.min(h - 1, t + dh), right: Math.min(w - 1, l + dw) }));
  return fc.record({
    rows: fc.constant(rows),
    merged: fc.option(fc.array(merge, { maxLength: 3 }), { nil: undefined }),
    hiddenRows: fc.option(fc.uniqueArray(fc.nat(Math.max(0, h - 1)), { maxLength: 3 }), { nil: undefined }),
  });
});

export const workbookArbitrary: fc.Arbitrary<Workbook> = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 4 }), fc.array(sheetBody, { minLength: 4, maxLength: 4 }))
  .map(([names, bodies]) => ({ name: "fuzz.xlsx", sheets: names.map((name, i) => ({ name, ...bodies[i] })) }));

/** Number of rows and columns a sheet's grid spans. */
export function gridBounds(sheet: Sheet): { rows: number; cols: number } {
  return bounds(sheet.rows);
}
