/**
 * sum: a total, subtotal, "…, varav" parent or closing balance (notes) must equal the
 * rows it covers — from its SUM formula when it has one, else from the table's structure.
 * A failure is an error only where that structure is established (the formula, or the label
 * confirmed by the row's other columns); where it is not, the row gets one warning that says
 * what could not be decided.
 */
import type { Basis, Finding } from "../findings/finding";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import type { Check } from "./check";
import { coverageBasis, coverageTerms, judgeCoverage, rowIndex, type CoverageVerdict } from "./coverage-relation";
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
  basis: "label+arithmetic",
  run(u) {
    const out: Finding[] = [];
    for (const table of u.tables) {
      for (const row of table.rows) {
        if (row.unconfirmedCovers) {
          const uncertain = uncertainTotal(table, { ...row, covers: row.unconfirmedCovers, coverSigns: undefined });
          if (uncertain) out.push(uncertain);
          continue;
        }
        if (!isSumRow(table, row)) continue;
        const verdicts = judgeCoverage(table, row);
        if (verdicts.length === 0) continue;
        const basis = coverageBasis(table, row);
        if (basis === "label" && verdicts.some((v) => v.verdict.severity === "error")) {
          out.push(uncertain(table, row, verdicts.find((v) => v.verdict.severity === "error")!));
          continue;
        }
        for (const v of verdicts) out.push(totalFinding(table, row, v, basis));
      }
    }
    return out;
  },
};

function totalFinding(table: UnderstoodTable, row: UnderstoodRow, { col, verdict }: CoverageVerdict, basis: Basis): Finding {
  const terms = coverageTerms(table, row, col) ?? [];
  const byRow = rowIndex(table);
  const textTerm = row.covers!.some((r) => byRow.get(r)?.figures.get(col)?.source === "text");
  if (textTerm && verdict.severity === "error" && row.figures.get(col)?.source === "formula") verdict.cause = "text-number";
  const colName = columnTitle(table, col);
  return relationFinding(
    "sum",
    table.sheet,
    [{ sheet: table.sheet, row: row.row, col }],
    verdict,
    {
      sv: `${rowTitle(table, row, { noun: "Summan", start: true })} (${colName}) är inte summan av raderna den omfattar (${terms.length} st).`,
      en: `${rowTitleEn(table, row, { noun: "The total", start: true })} (${colName}) is not the sum of the rows it covers (${terms.length}).`,
    },
    row.figures.get(col)?.step ?? 1,
    basis,
  );
}

/** A line named like a total that adds up under no reading of the rows above it: one warning. */
function uncertainTotal(table: UnderstoodTable, row: UnderstoodRow): Finding | null {
  const first = judgeCoverage(table, row).find((v) => v.verdict.severity === "error");
  return first ? uncertain(table, row, first) : null;
}

function uncertain(table: UnderstoodTable, row: UnderstoodRow, { col, verdict }: CoverageVerdict): Finding {
  return relationFinding(
    "sum",
    table.sheet,
    [{ sheet: table.sheet, row: row.row, col }],
    { ...verdict, severity: "warning", cause: null },
    {
      sv: `Kunde inte avgöra vilka rader ${rowTitle(table, row)} summerar: den stämmer inte med raderna ovanför i någon kolumn, så det kan vara en post och inte en summa. Kontrollera raden (${columnTitle(table, col)}).`,
      en: `Could not determine which rows ${rowTitleEn(table, row)} adds up: it does not equal the rows above it in any column, so it may be an item rather than a total. Check the line (${columnTitle(table, col)}).`,
    },
    row.figures.get(col)?.step ?? 1,
    "label",
  );
}
