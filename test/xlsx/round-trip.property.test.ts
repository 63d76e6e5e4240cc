/**
 * Property: any grid written to .xlsx with ExcelJS and read back by the reader is the same
 * grid — numbers of any magnitude, text (also number-like, with spaces and odd Unicode),
 * booleans, error values, formulas with cached numbers, texts or errors, date serials,
 * number formats, bold, merged ranges and hidden rows.
 */
import fs from "fs";
import os from "os";
import path from "path";
import fc from "fast-check";
import type { Cell, MergedRange, Sheet } from "../../src/model/grid";
import { gridToExcelJS } from "../../src/xlsx/grid-to-exceljs";
import { readXlsx } from "../../src/xlsx/read-xlsx";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-roundtrip-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FORMATS = ["#,##0", "0%", "0.0%", "# ##0,0", '#,##0 "kr"', "0.00", "@"];
const ERRORS = ["#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "#NUM!", "#NULL!"];

const number = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  fc.constantFrom(1e-9, 123456789012345, -0.5, 0),
);
const text = fc.oneof(
  fc
    .string({ minLength: 1, maxLength: 40 })
    // eslint-disable-next-line no-control-regex -- the C0 controls XML 1.0 cannot hold are filtered out on purpose
    .filter((s) => s.trim() === s && s.length > 0 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/.test(s)),
  fc.constantFrom("1 393 712", "1\u00a0393\u00a0712", "\u2212264 479", "(1 234)", "Summa intäkter", "* Medlemsavgift Sigtuna", "Belopp i kr."),
);
const formatted = <T extends Cell>(cell: fc.Arbitrary<T>) =>
  fc.tuple(cell, fc.option(fc.constantFrom(...FORMATS), { nil: undefined }), fc.boolean()).map(([c, numberFormat, bold]) => {
    const out: Cell = { ...c };
    if (numberFormat) out.numberFormat = numberFormat;
    if (bold) out.bold = true;
    return out;
  });

const cell: fc.Arbitrary<Cell> = fc.oneof(
  formatted(number.map((value) => ({ value }))),
  formatted(text.map((value) => ({ value }))),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom(...ERRORS).map((error) => ({ value: null, error })),
  formatted(fc.tuple(number, fc.constantFrom("SUM(A1:A3)", "B2-B3", "Spec!B7*2")).map(([value, formula]) => ({ value, formula }))),
  fc.constantFrom(...ERRORS).map((error) => ({ value: null, formula: "1/0", error })),
  fc.integer({ min: 1, max: 80_000 }).map((value) => ({ value, numberFormat: "yyyy-mm-dd" })),
);

/** A sheet of up to 12 × 6 cells; merges are 1×2 ranges on distinct rows whose other cell is empty. */
const sheet: fc.Arbitrary<Sheet> = fc
  .tuple(
    fc.array(fc.array(fc.option(cell, { nil: undefined, freq: 3 }), { maxLength: 6 }), { minLength: 1, maxLength: 12 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
  )
  .map(([rows, mergeRows, hidden]) => {
    const merged: MergedRange[] = [];
    for (const r of mergeRows.filter((r) => r < rows.length)) {
      rows[r][0] = { value: `Rubrik ${r}`, bold: true };
      rows[r][1] = undefined;
      merged.push({ top: r, left: 0, bottom: r, right: 1 });
    }
    const s: Sheet = { name: "Blad", rows };
    if (merged.length > 0) s.merged = merged.sort((a, b) => a.top - b.top);
    const hiddenRows = hidden.filter((r) => r < rows.length).sort((a, b) => a - b);
    if (hiddenRows.length > 0) s.hiddenRows = hiddenRows;
    return s;
  });

/** The grid as the reader gives it back: empty rows and trailing empty cells are not kept. */
function normal(s: Sheet) {
  const cells: Record<string, Cell> = {};
  s.rows.forEach((row, r) => row.forEach((c, k) => c && (cells[`${r},${k}`] = c)));
  return { cells, merged: s.merged ?? [], hiddenRows: s.hiddenRows ?? [] };
}

it("reading what ExcelJS wrote gives the grid back", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(sheet, async (s) => {
      const file = path.join(dir, `rt-${n++}.xlsx`);
      await gridToExcelJS({ sheets: [s] }).xlsx.writeFile(file);
      const back = (await readXlsx(file)).workbook.sheets[0];
      expect(normal(back)).toEqual(normal(s));
    }),
    { numRuns: 40 },
  );
}, 120_000);
