/**
 * adopted-budget: the budget column of the annual report's budget/utfall table is the
 * adopted budget's figures for that year, line by line and in total. Of the budget
 * document's tables (a nettoredovisad and a bruttoredovisad one), the one whose lines
 * agree most often is the one the report quotes; a table fewer than half of whose lines agree
 * is not the budget quoted and is not compared.
 */
import { planBasis } from "../checks/support/table-lookup";
import { COMPARE_MESSAGES, compareTables, type TableColumn } from "./compare-tables";
import { compareSides } from "./cross-finding";
import type { RecognisedDocument } from "./document";
import { defineDocumentCheck } from "./document-check";
import { reportBudgetPairs } from "./document-pairs";
import { matchLines } from "./line-match";

function budgetColumns(doc: RecognisedDocument, year: number, kinds: ReadonlySet<string>): TableColumn[] {
  const out: TableColumn[] = [];
  for (const table of doc.understood.tables) {
    if (!kinds.has(table.kind)) continue;
    const column = table.columns.find((c) => c.year === year && planBasis(table, c) === "budget");
    if (column) out.push({ doc, table, col: column.col });
  }
  return out;
}

/** Matched lines with a figure on both sides, and how many agree. */
function agreements(a: TableColumn, b: TableColumn): { compared: number; agree: number } {
  const both = matchLines(a.table, b.table).matches.filter((m) => m.a.figures.has(a.col) && m.b.figures.has(b.col));
  return { compared: both.length, agree: both.filter((m) => !compareSides({ ...a, row: m.a }, { ...b, row: m.b })).length };
}

const REPORT_KINDS = new Set(["budget-utfall"]);
const BUDGET_KINDS = new Set(["budget"]);

export const adoptedBudgetCheck = defineDocumentCheck({
  meta: {
    id: "adopted-budget",
    title: { sv: "Årsredovisningens budget mot den antagna budgeten", en: "The annual report's budget against the adopted budget" },
    basis: "cross-reference",
    compares: {
      sv: "Budgetkolumnen i årsredovisningens budget/utfall-tabell mot den antagna budgetens tabell för samma år, rad för rad och i summa.",
      en: "The budget column of the annual report's budget/outcome table against the adopted budget's table for that year, line by line and in total.",
    },
    messages: COMPARE_MESSAGES,
  },
  run(docs, ctx) {
    for (const { report, budget } of reportBudgetPairs(docs)) {
      if (report.year === null) continue;
      const first = docs.indexOf(report) < docs.indexOf(budget) ? report : budget;
      const otherName = first === report ? { sv: "den antagna budgeten", en: "the adopted budget" } : { sv: "årsredovisningen", en: "the annual report" };
      const candidates = budgetColumns(budget, report.year, BUDGET_KINDS);
      for (const quoted of budgetColumns(report, report.year, REPORT_KINDS)) {
        // The quoted budget agrees with the adopted one on most lines; a table that does not is another budget (or förbund).
        let best: { column: TableColumn; agree: number } | undefined;
        for (const column of candidates) {
          const { compared, agree } = agreements(quoted, column);
          if (agree * 2 >= compared && agree > 0 && (!best || agree > best.agree)) best = { column, agree };
        }
        if (!best) continue;
        compareTables(ctx, docs, quoted, best.column, { reportMissing: false, otherName });
      }
    }
  },
});
