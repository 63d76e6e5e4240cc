/**
 * A sheet with a column of running totals, for the benchmark and the tests: a title, a unit
 * line, a header, then one row per cost. Two shapes:
 * - "beside": the amount in B, its running total `SUM(B$4:Bi)` in C, and a "Summa" row whose B is
 *   the SUM of the amounts (a real total);
 * - "own-column": the running totals alone in B, each `SUM(B$4:Bi)` — the formula spans its own
 *   column, so every row looks like a total of all the rows before it (issue 12).
 * No running total is a total of items: the only relation to check is the "Summa" row.
 * Deterministic for a given number of rows.
 */
import type { Cell, Workbook } from "../../src/model/grid";

export type RunningTotalsShape = "beside" | "own-column";

const KR = "#,##0";
/** 0-based index of the first cost row (Excel row 4). */
export const FIRST_COST_ROW = 3;

export function runningTotalAmount(i: number): number {
  return 1_000 + ((i * 7_919) % 90_000);
}

export function runningTotalsWorkbook(costs: number, shape: RunningTotalsShape): Workbook {
  const header: Cell[] = [{ value: "Post", bold: true }];
  if (shape === "beside") header.push({ value: "Belopp", bold: true });
  header.push({ value: "Ackumulerat", bold: true });
  const rows: (Cell | undefined)[][] = [[{ value: "Ackumulerade kostnader", bold: true }], [{ value: "Belopp i kr" }], header];
  let running = 0;
  for (let i = 0; i < costs; i++) {
    const excelRow = FIRST_COST_ROW + i + 1;
    const amount = runningTotalAmount(i);
    running += amount;
    const cumulative: Cell = { value: running, numberFormat: KR, formula: `SUM(B$${FIRST_COST_ROW + 1}:B${excelRow})` };
    rows.push(
      shape === "beside" ? [{ value: `Kostnad ${i + 1}` }, { value: amount, numberFormat: KR }, cumulative] : [{ value: `Kostnad ${i + 1}` }, cumulative],
    );
  }
  if (shape === "beside") {
    const last = FIRST_COST_ROW + costs;
    rows.push([
      { value: "Summa", bold: true },
      { value: running, numberFormat: KR, bold: true, formula: `SUM(B${FIRST_COST_ROW + 1}:B${last})` },
    ]);
  }
  return { name: `running-totals-${shape}-${costs}`, sheets: [{ name: "Ackumulerat", rows }] };
}
