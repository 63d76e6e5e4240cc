/** Reading the example workbooks through the simulator: every cell arrives as the grid has it, in 3 round trips. */
import { EXAMPLES } from "../../examples/src/seeds";
import { readWorkbook } from "../../src/excel/read-workbook";
import type { Workbook } from "../../src/model/grid";
import { SimRequestContext } from "../support/excel-simulator/api";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { createHost } from "../support/excel-simulator/host";

/** The grid as the adapter reports it: every non-empty cell with its number format ("General" when none). */
function normalised(wb: Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of wb.sheets) {
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c || (c.value === null && c.formula === undefined && c.error === undefined)) return;
        const { bold: _bold, ...rest } = c;
        out[`${s.name}!${r},${col}`] = { ...rest, numberFormat: c.numberFormat ?? "General" };
      }),
    );
  }
  return out;
}

describe.each(EXAMPLES.map((e) => [e.file, e]))("reading %s", (_, example) => {
  it("gives back every cell in 3 syncs", async () => {
    const grid = example.build();
    const host = createHost(documentFromGrid(grid, example.file));
    const r = await readWorkbook(new SimRequestContext(host) as unknown as Excel.RequestContext);
    expect(r.syncs).toBe(3);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
    expect(normalised(r.workbook)).toEqual(normalised(grid));
    const read = host.syncs.slice(2).reduce((n, s) => n + s.responseBytes, 0);
    expect(read).toBeLessThan(4 * 1024 * 1024);
  });
});
