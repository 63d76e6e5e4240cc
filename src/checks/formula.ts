/**
 * formula: the spreadsheet mechanics behind the figures —
 * - an error value (#REF!, #VALUE!, …) in a report sheet;
 * - a SUM that leaves out a row of its own block (an item right next to its range, inside the block);
 * - a total typed as a constant where the other totals of its column are formulas.
 */
import type { Finding } from "../findings/finding";
import { a1 } from "../model/grid";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import type { Check } from "./check";
import { columnTitle, rowTitle, rowTitleEn } from "./table-lookup";

const TOTAL_ROLES = new Set(["subtotal", "total", "varav-parent"]);

function finding(sheet: string, cells: string[], severity: Finding["severity"], sv: string, en: string): Finding {
  return { check: "formula", severity, sheet, cells, expected: null, actual: null, difference: null, tolerance: null, cause: null, message: { sv, en } };
}

function omittedNeighbours(table: UnderstoodTable, index: number, coveredAnywhere: ReadonlySet<number>, out: Finding[]): void {
  const row = table.rows[index];
  if (row.coverageSource !== "formula" || !row.covers?.length || (row.role !== "subtotal" && row.role !== "total")) return;
  if (![...row.figures.values()].some((f) => f.formula && /SUM\(/i.test(f.formula))) return;
  const covered = new Set(row.covers);
  // Rows between the range and the total, and the row right above the range, inside the block.
  // covers is in sheet order (see understand/structure.ts).
  const lastCovered = row.covers[row.covers.length - 1];
  const firstCovered = row.covers[0];
  for (let i = index - 1; i >= 0; i--) {
    const r = table.rows[i];
    if (r.row <= lastCovered) break;
    if (r.role === "item" && r.figures.size > 0 && !covered.has(r.row) && !r.covers) {
      out.push(omitted(table, row, r));
    }
  }
  let firstIndex = -1;
  for (let i = index - 1; i >= 0 && table.rows[i].row >= firstCovered; i--) if (table.rows[i].row === firstCovered) firstIndex = i;
  const above = firstIndex > 0 ? table.rows[firstIndex - 1] : undefined;
  if (above && above.row === firstCovered - 1 && above.role === "item" && above.figures.size > 0 && !coveredAnywhere.has(above.row)) {
    out.push(omitted(table, row, above));
  }
}

function omitted(table: UnderstoodTable, total: UnderstoodRow, left: UnderstoodRow): Finding {
  const col = [...total.figures.values()].find((f) => f.formula && /SUM\(/i.test(f.formula))!.col;
  return finding(
    table.sheet,
    [a1(total.row, col), a1(left.row, col)],
    "warning",
    `Formeln i ${rowTitle(table, total)} (${columnTitle(table, col)}) tar inte med ${rowTitle(table, left)}, som står i samma block.`,
    `The formula of ${rowTitleEn(table, total)} (${columnTitle(table, col)}) leaves out ${rowTitleEn(table, left)}, which sits in the same block.`,
  );
}

function typedAmongFormulas(table: UnderstoodTable, out: Finding[]): void {
  const totalRows = table.rows.filter((r) => TOTAL_ROLES.has(r.role));
  for (const column of table.columns) {
    const totals = totalRows.filter((r) => r.figures.has(column.col));
    const formulas = totals.filter((r) => r.figures.get(column.col)!.source === "formula").length;
    if (formulas < 2 || formulas * 2 <= totals.length) continue;
    for (const r of totals) {
      if (r.figures.get(column.col)!.source === "formula") continue;
      out.push(
        finding(
          table.sheet,
          [a1(r.row, column.col)],
          "warning",
          `${rowTitle(table, r, { start: true })} (${columnTitle(table, column.col)}) är ett inskrivet tal där kolumnens övriga summor är formler.`,
          `${rowTitleEn(table, r, { start: true })} (${columnTitle(table, column.col)}) is a typed number where the column's other totals are formulas.`,
        ),
      );
    }
  }
}

export const formulaCheck: Check = {
  id: "formula",
  title: { sv: "Formler", en: "Formulas" },
  basis: "formula",
  run(u) {
    const out: Finding[] = [];
    for (const sheet of u.sheets) {
      for (const e of sheet.errors) {
        out.push(
          finding(
            sheet.name,
            [a1(e.row, e.col)],
            "error",
            `Cellen visar felvärdet ${e.error}${e.formula ? ` (formel =${e.formula})` : ""}.`,
            `The cell shows the error ${e.error}${e.formula ? ` (formula =${e.formula})` : ""}.`,
          ),
        );
      }
      for (const table of sheet.tables) {
        const coveredAnywhere = new Set<number>();
        for (const r of table.rows) if (r.covers) for (const c of r.covers) coveredAnywhere.add(c);
        table.rows.forEach((_, i) => omittedNeighbours(table, i, coveredAnywhere, out));
        typedAmongFormulas(table, out);
      }
    }
    return out;
  },
};
