/**
 * sum: a total, subtotal, "…, varav" parent or closing balance (notes) must equal the
 * rows it covers — from its SUM formula when it has one, else from the table's structure.
 * A failure is an error only where that structure is established (the formula, or the label
 * confirmed by the row's other columns); where it is not, the row gets one warning that says
 * what could not be decided.
 */
import type { Basis } from "../findings/finding";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck, type Report } from "./check";
import { coverageBasis, coverageTerms, judgeCoverage, rowIndex, type CoverageVerdict } from "./support/coverage-relation";
import { columnTitle, rowName } from "./support/table-lookup";

/** Closing balances judged by cash-flow and equity-rollforward instead. */
const OTHER_CHECKS = new Set(["cash-closing", "retained-closing"]);

function isSumRow(table: UnderstoodTable, row: UnderstoodRow): boolean {
  if (!row.covers || row.covers.length === 0) return false;
  if (row.role === "subtotal" || row.role === "total" || row.role === "varav-parent") return true;
  return row.role === "closing" && table.kind !== "kf" && !OTHER_CHECKS.has(row.concept ?? "");
}

export const sumCheck = defineCheck({
  meta: {
    id: "sum",
    title: { sv: "Summor", en: "Totals" },
    basis: "label+arithmetic",
    compares: {
      sv: "En summa, delsumma, ”varav”-rad eller utgående balans i en not mot raderna den omfattar (enligt formeln, annars tabellens struktur).",
      en: "A total, subtotal, “of which” line or a note's closing balance against the rows it covers (from its formula, else the table's structure).",
    },
    kinds: "any",
    concepts: [],
    messages: {
      total: {
        sv: "{row} ({column}) är inte summan av raderna den omfattar ({count} st).",
        en: "{row} ({column}) is not the sum of the rows it covers ({count}).",
      },
      uncertain: {
        sv: "Kunde inte avgöra vilka rader {row} summerar: den stämmer inte med raderna ovanför i någon kolumn, så det kan vara en post och inte en summa. Kontrollera raden ({column}).",
        en: "Could not determine which rows {row} adds up: it does not equal the rows above it in any column, so it may be an item rather than a total. Check the line ({column}).",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      for (const row of table.rows) {
        if (row.unconfirmedCovers) {
          const covers = { ...row, covers: row.unconfirmedCovers, coverSigns: undefined };
          const first = judgeCoverage(table, covers).find((v) => v.verdict.severity === "error");
          if (first) ctx.report(uncertain(table, covers, first));
          continue;
        }
        if (!isSumRow(table, row)) continue;
        const verdicts = judgeCoverage(table, row);
        if (verdicts.length === 0) continue;
        const basis = coverageBasis(table, row);
        if (basis === "label" && verdicts.some((v) => v.verdict.severity === "error")) {
          ctx.report(
            uncertain(
              table,
              row,
              verdicts.find((v) => v.verdict.severity === "error")!,
            ),
          );
          continue;
        }
        for (const v of verdicts) ctx.report(totalReport(table, row, v, basis));
      }
    }
  },
});

type SumReport = Report<keyof typeof sumCheck.meta.messages>;

function totalReport(table: UnderstoodTable, row: UnderstoodRow, { col, verdict }: CoverageVerdict, basis: Basis): SumReport {
  const terms = coverageTerms(table, row, col) ?? [];
  const byRow = rowIndex(table);
  const textTerm = row.covers!.some((r) => byRow.get(r)?.figures.get(col)?.source === "text");
  if (textTerm && verdict.severity === "error" && row.figures.get(col)?.source === "formula") verdict.cause = "text-number";
  return {
    messageId: "total",
    data: { row: rowName(table, row, { noun: { sv: "Summan", en: "The total" } }), column: columnTitle(table, col), count: terms.length },
    at: table,
    cells: [{ sheet: table.sheet, row: row.row, col }],
    verdict,
    step: row.figures.get(col)?.step ?? 1,
    basis,
  };
}

/** A line named like a total that adds up under no reading of the rows above it: one warning. */
function uncertain(table: UnderstoodTable, row: UnderstoodRow, { col, verdict }: CoverageVerdict): SumReport {
  return {
    messageId: "uncertain",
    data: { row: rowName(table, row), column: columnTitle(table, col) },
    at: table,
    cells: [{ sheet: table.sheet, row: row.row, col }],
    verdict: { ...verdict, severity: "warning", cause: null },
    step: row.figures.get(col)?.step ?? 1,
    basis: "label",
  };
}
