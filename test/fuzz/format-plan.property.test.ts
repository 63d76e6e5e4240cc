/**
 * Property: on the same random hostile workbooks as the engine fuzz, the format plan (what
 * "Formatera rapport" would write) never throws, touches only existing sheets and cells inside
 * their grids, and converts only cells that hold text into finite numbers.
 */
import fc from "fast-check";
import { planFormat } from "../../src/format/plan";
import { parseA1 } from "../../src/model/grid";
import type { Workbook } from "../../src/model/grid";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { configArbitrary } from "./config-arbitrary";
import { gridBounds, workbookArbitrary } from "./workbook-arbitrary";

/** Column index of "B" (0-based). */
function columnIndex(letters: string): number {
  return parseA1(`${letters}1`)?.col ?? -1;
}

/** What is wrong with an address on `sheet`, or null when it lies inside the grid. */
function outside(wb: Workbook, sheetName: string, address: string): string | null {
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet) return `sheet "${sheetName}" does not exist`;
  const { rows, cols } = gridBounds(sheet);
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (columns) return [columns[1], columns[2]].every((c) => columnIndex(c) >= 0 && columnIndex(c) < cols) ? null : `${address} outside ${cols} columns`;
  for (const corner of address.split(":")) {
    const p = parseA1(corner);
    if (!p || p.row >= rows || p.col >= cols) return `${address} outside the ${rows}×${cols} grid`;
  }
  return null;
}

describe("planFormat on random hostile workbooks", () => {
  it("stays inside the workbook and converts only text", () => {
    fc.assert(
      fc.property(workbookArbitrary, configArbitrary, (wb, config) => {
        const plan = planFormat(understandWorkbook(wb, config));
        for (const item of plan) {
          for (const address of item.addresses) expect({ item: item.id, problem: outside(wb, item.sheet, address) }).toEqual({ item: item.id, problem: null });
          if (item.kind === "text-to-number") {
            expect(Number.isFinite(item.change.value)).toBe(true);
            const sheet = wb.sheets.find((s) => s.name === item.sheet)!;
            for (const address of item.addresses) {
              const p = parseA1(address)!;
              expect({ address, value: typeof sheet.rows[p.row]?.[p.col]?.value }).toEqual({ address, value: "string" });
            }
          }
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 300_000);
});
