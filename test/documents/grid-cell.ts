/** Finding a cell in a test workbook's grid by its row label and its value (independently of the engine). */
import { a1, type Workbook } from "../../src/model/grid";

/** A1 of the leftmost cell holding `value` on the row labelled `label` (null: any row) of `sheet`; fails unless exactly one row has it. */
export function gridCell(wb: Workbook, sheet: string, label: string | null, value: number): string {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const hits: string[] = [];
  s.rows.forEach((cells, r) => {
    const first = cells.find((c) => typeof c?.value === "string");
    if (label !== null && first?.value !== label) return;
    const col = cells.findIndex((c) => c?.value === value);
    if (col >= 0) hits.push(a1(r, col));
  });
  if (hits.length !== 1) throw new Error(`${sheet}: ${hits.length} cells with ${value} on "${label}": ${hits.join(", ")}`);
  return hits[0];
}
