/**
 * forecast-outcome: a budget document's prognos for a year against the annual report's
 * outcome for that year, line by line — information (a forecast is not meant to be exact),
 * so the economist sees how far the forecast the budget rests on was from the outcome.
 */
import { planBasis } from "../checks/support/table-lookup";
import { COMPARE_MESSAGES, compareTables, type TableColumn } from "./compare-tables";
import { defineDocumentCheck } from "./document-check";
import { actualColumn, reportBudgetPairs } from "./document-pairs";
import { matchLines } from "./line-match";

/** Where outcomes are, the statements first: on a tie the statement is the reference. */
const OUTCOME_KINDS = ["rr", "br", "budget-utfall", "five-year"];

export const forecastOutcomeCheck = defineDocumentCheck({
  meta: {
    id: "forecast-outcome",
    title: { sv: "Prognos mot utfall", en: "Forecast against outcome" },
    basis: "cross-reference",
    compares: {
      sv: "Budgetdokumentets prognos för ett år mot årsredovisningens utfall för samma år, rad för rad — som information.",
      en: "The budget document's forecast for a year against the annual report's outcome for that year, line by line — as information.",
    },
    messages: COMPARE_MESSAGES,
  },
  run(docs, ctx) {
    for (const { report, budget } of reportBudgetPairs(docs)) {
      const year = report.year;
      if (year === null) continue;
      const first = docs.indexOf(report) < docs.indexOf(budget) ? report : budget;
      const otherName = first === report ? { sv: "prognosen", en: "the forecast" } : { sv: "utfallet", en: "the outcome" };
      for (const table of budget.understood.tables) {
        const column = table.columns.find((c) => c.year === year && planBasis(table, c) === "prognos");
        if (!column) continue;
        const forecast: TableColumn = { doc: budget, table, col: column.col };
        let best: { outcome: TableColumn; lines: number } | undefined;
        const outcomes = report.understood.tables
          .filter((t) => OUTCOME_KINDS.includes(t.kind))
          .sort((a, b) => OUTCOME_KINDS.indexOf(a.kind) - OUTCOME_KINDS.indexOf(b.kind));
        for (const t of outcomes) {
          const c = actualColumn(t, year);
          if (!c) continue;
          const lines = matchLines(t, table).matches.filter((m) => m.a.figures.has(c.col) && m.b.figures.has(column.col)).length;
          if (lines > 0 && (!best || lines > best.lines)) best = { outcome: { doc: report, table: t, col: c.col }, lines };
        }
        if (!best) continue;
        compareTables(ctx, docs, best.outcome, forecast, { reportMissing: false, infoOnly: true, otherName });
      }
    }
  },
});
