/**
 * formula: the spreadsheet mechanics behind the figures —
 * - an error value (#REF!, #VALUE!, …) in a report sheet;
 * - a SUM that leaves out a row of its own block (an item right next to its range, inside the block);
 * - a total typed as a constant where the other totals of its column are formulas.
 */
import { a1 } from "../model/grid";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck, type CheckContext, type Report } from "./check";
import { columnTitle, rowName } from "./support/table-lookup";

const TOTAL_ROLES = new Set(["subtotal", "total", "varav-parent"]);

type FormulaContext = CheckContext<keyof typeof formulaCheck.meta.messages>;

function omittedNeighbours(table: UnderstoodTable, index: number, coveredAnywhere: ReadonlySet<number>, ctx: FormulaContext): void {
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
      ctx.report(omitted(table, row, r));
    }
  }
  let firstIndex = -1;
  for (let i = index - 1; i >= 0 && table.rows[i].row >= firstCovered; i--) if (table.rows[i].row === firstCovered) firstIndex = i;
  const above = firstIndex > 0 ? table.rows[firstIndex - 1] : undefined;
  if (above && above.row === firstCovered - 1 && above.role === "item" && above.figures.size > 0 && !coveredAnywhere.has(above.row)) {
    ctx.report(omitted(table, row, above));
  }
}

function omitted(table: UnderstoodTable, total: UnderstoodRow, left: UnderstoodRow): Report<keyof typeof formulaCheck.meta.messages> {
  const col = [...total.figures.values()].find((f) => f.formula && /SUM\(/i.test(f.formula))!.col;
  return {
    messageId: "rowLeftOut",
    data: { total: rowName(table, total), column: columnTitle(table, col), row: rowName(table, left) },
    at: table.sheet,
    cells: [a1(total.row, col), a1(left.row, col)],
    severity: "warning",
  };
}

function typedAmongFormulas(table: UnderstoodTable, ctx: FormulaContext): void {
  const totalRows = table.rows.filter((r) => TOTAL_ROLES.has(r.role));
  for (const column of table.columns) {
    const totals = totalRows.filter((r) => r.figures.has(column.col));
    const formulas = totals.filter((r) => r.figures.get(column.col)!.source === "formula").length;
    if (formulas < 2 || formulas * 2 <= totals.length) continue;
    for (const r of totals) {
      if (r.figures.get(column.col)!.source === "formula") continue;
      ctx.report({
        messageId: "typedTotal",
        data: { row: rowName(table, r), column: columnTitle(table, column.col) },
        at: table.sheet,
        cells: [a1(r.row, column.col)],
        severity: "warning",
      });
    }
  }
}

export const formulaCheck = defineCheck({
  meta: {
    id: "formula",
    title: { sv: "Formler", en: "Formulas" },
    basis: "formula",
    compares: {
      sv: "Kalkylbladets mekanik: felvärden (#REF!, #VALUE! …), en SUMMA som lämnar en rad i sitt eget block utanför, en summa inskriven som tal där kolumnens andra summor är formler.",
      en: "The spreadsheet's mechanics: error values (#REF!, #VALUE! …), a SUM leaving out a row of its own block, a total typed as a number where the column's other totals are formulas.",
    },
    kinds: "any",
    concepts: [],
    messages: {
      errorValue: { sv: "Cellen visar felvärdet {error}.", en: "The cell shows the error {error}." },
      errorValueOfFormula: { sv: "Cellen visar felvärdet {error} (formel ={formula}).", en: "The cell shows the error {error} (formula ={formula})." },
      rowLeftOut: {
        sv: "Formeln i {total} ({column}) tar inte med {row}, som står i samma block.",
        en: "The formula of {total} ({column}) leaves out {row}, which sits in the same block.",
      },
      typedTotal: {
        sv: "{row} ({column}) är ett inskrivet tal där kolumnens övriga summor är formler.",
        en: "{row} ({column}) is a typed number where the column's other totals are formulas.",
      },
    },
  },
  run(u, ctx) {
    for (const sheet of u.sheets) {
      for (const e of sheet.errors) {
        ctx.report({
          messageId: e.formula ? "errorValueOfFormula" : "errorValue",
          data: { error: e.error, formula: e.formula ?? "" },
          at: sheet.name,
          cells: [a1(e.row, e.col)],
          severity: "error",
        });
      }
      for (const table of sheet.tables) {
        const coveredAnywhere = new Set<number>();
        for (const r of table.rows) if (r.covers) for (const c of r.covers) coveredAnywhere.add(c);
        table.rows.forEach((_, i) => omittedNeighbours(table, i, coveredAnywhere, ctx));
        typedAmongFormulas(table, ctx);
      }
    }
  },
});
