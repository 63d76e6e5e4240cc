/**
 * sum: a total, subtotal, "…, varav" parent or closing balance (notes) must equal the
 * rows it covers — from its SUM formula when it has one, else from the table's structure.
 */
import type { Finding } from "../findings/finding";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import type { Check } from "./check";
import { coverageTerms, judgeCoverage, rowIndex } from "./coverage-relation";
import { relationFinding } from "./relation";
import { columnTitle, rowTitle, rowTitleEn } from "./table-lookup";

/** Closing balances judged by cash-flow and equity-rollforward instead. */
const OTHER_CHECKS = new Set(["cash-closing", "retained-closing"]);

function isSumRow(table: UnderstoodTable, row: UnderstoodRow): boolean {
  if (!row.covers || row.covers.length === 0) return false;
  if (row.role === "subtotal" || row.role === "total" || row.role === "varav-parent") return true;
  return row.role === "closing" && table.kind !== "kf" && !OTHER_CHECKS.has(row.concept ?? "");
}

export const sumCheck: Check = {
  id: "sum",
  title: { sv: "Summor", en: "Totals" },
  run(u) {
    const out: Finding[] = [];
    for (const table of u.tables) {
      for (const row of table.rows) {
        if (!isSumRow(table, row)) continue;
        for (const { col, verdict } of judgeCoverage(table, row)) {
          const terms = coverageTerms(table, row, col) ?? [];
          const byRow = rowIndex(table);
          const textTerm = row.covers!.some((r) => byRow.get(r)?.figures.get(col)?.source === "text");
          if (textTerm && verdict.severity === "error" && row.figures.get(col)?.source === "formula") verdict.cause = "text-number";
          const colName = columnTitle(table, col);
          out.push(
            relationFinding(
              "sum",
              table.sheet,
              [{ sheet: table.sheet, row: row.row, col }],
              verdict,
              {
                sv: `Summan ${rowTitle(row)} (${colName}) är inte summan av raderna den omfattar (${terms.length} st).`,
                en: `The total ${rowTitleEn(row)} (${colName}) is not the sum of the rows it covers (${terms.length}).`,
              },
              row.figures.get(col)?.step ?? 1,
            ),
          );
        }
      }
    }
    return out;
  },
};
