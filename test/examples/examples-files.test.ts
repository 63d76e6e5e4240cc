/**
 * The committed examples/*.xlsx are what `npm run examples` writes from the seed grids:
 * read back through the .xlsx reader, every sheet, value, formula, number format, bold
 * flag, merged range and hidden row equals the grid. (Rebuild with `npm run examples`
 * after changing a seed.)
 */
import fs from "fs";
import path from "path";
import { Cell, Workbook } from "../../src/model/grid";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { exampleBytes } from "../../examples/src/example-bytes";
import { EXAMPLES } from "../../examples/src/seeds";

const dir = path.resolve(__dirname, "../../examples");

/** Cells as comparable records; a grid row of only undefined cells equals a missing row. */
function cells(wb: Workbook): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const sheet of wb.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) out[`${sheet.name}!${r},${c}`] = cell;
      }),
    );
  }
  return out;
}

describe.each(EXAMPLES)("examples/$file", (example) => {
  const { file, build } = example;

  it("is byte for byte what npm run examples writes", async () => {
    expect(fs.readFileSync(path.join(dir, file)).equals(await exampleBytes(example))).toBe(true);
  });

  it("holds exactly the seed grid (values, formulas, formats, bold)", async () => {
    const grid = build();
    const read = (await readXlsx(path.join(dir, file))).workbook;
    expect(read.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(cells(read)).toEqual(cells(grid));
    const layout = (wb: Workbook) => wb.sheets.map((s) => ({ merged: s.merged ?? [], hiddenRows: s.hiddenRows ?? [] }));
    expect(layout(read)).toEqual(layout(grid));
  });
});
