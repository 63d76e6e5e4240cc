/**
 * statement-rr: result lines add up — verksamhetens nettokostnad, resultat efter
 * finansiella poster, årets resultat — in the income statement and wherever a result line
 * sums the lines above it (5-årsöversikt, budget tables). A formula gives the signs; else
 * costs printed positive are subtracted, and the sign pattern that fits most columns wins.
 * In a budget/utfall table a column may use its own signs (a financial item can be a cost
 * in the budget and income in the outcome); the difference column is left to
 * difference-column.
 */
import { isCostKey } from "../understand/labels";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck } from "./check";
import { coverageBasis, coverageTerms, describeTerms, rowIndex } from "./support/coverage-relation";
import { judge, type Verdict } from "./support/relation";
import { columnTitle, rowName, unitFactor } from "./support/table-lookup";

const MAX_SIGN_SEARCH = 6;

/** Costs printed as positive figures are subtracted; everything else is added. */
function defaultSigns(table: UnderstoodTable, row: UnderstoodRow): number[] {
  const byRow = rowIndex(table);
  return row.covers!.map((r) => {
    const covered = byRow.get(r);
    if (!covered || !isCostKey(covered.key)) return 1;
    const values = [...covered.figures.values()].map((f) => f.shown);
    const positive = values.filter((v) => v > 0).length;
    return positive > values.length / 2 ? -1 : 1;
  });
}

function signVectors(n: number, first: number[]): number[][] {
  const out = [first];
  if (n > MAX_SIGN_SEARCH) return out;
  for (let mask = 0; mask < 1 << n; mask++) {
    const v = Array.from({ length: n }, (_, k) => (mask & (1 << k) ? -1 : 1));
    if (v.some((s, k) => s !== first[k])) out.push(v);
  }
  return out;
}

function verdictFor(table: UnderstoodTable, row: UnderstoodRow, col: number, signs: number[]): Verdict | null | undefined {
  const total = row.figures.get(col);
  const terms = coverageTerms(table, row, col, signs);
  if (!total || !terms) return undefined;
  return judge(total, terms, unitFactor(table));
}

export const statementRrCheck = defineCheck({
  meta: {
    id: "statement-rr",
    title: { sv: "Resultaträkningens samband", en: "Income statement arithmetic" },
    basis: "label+arithmetic",
    compares: {
      sv: "Resultatrader (verksamhetens nettokostnad, resultat efter finansiella poster, årets resultat) mot raderna de räknas fram ur, i resultaträkningen och var en resultatrad summerar raderna ovanför.",
      en: "Result lines (net cost of operations, result after financial items, the year's result) against the lines they are computed from, in the income statement and wherever a result line sums the lines above it.",
    },
    kinds: "any",
    concepts: [],
    messages: {
      result: { sv: "{row} ({column}) stämmer inte med {terms}.", en: "{row} ({column}) does not equal {terms}." },
      uncertain: {
        sv: "Kunde inte avgöra vilka rader {row} räknas fram ur: den stämmer inte med {terms} i någon kolumn ({column}).",
        en: "Could not determine which lines {row} is computed from: it does not equal {terms} in any column ({column}).",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      if (table.kind === "kf" || table.kind === "br") continue;
      const cols = table.columns.filter((c) => c.basis !== "difference").map((c) => c.col);
      for (const row of table.rows) {
        if (row.role !== "result" || !row.covers?.length) continue;
        const fromFormula = row.coverageSource === "formula";
        const first = fromFormula ? row.coverSigns!.map(Number) : defaultSigns(table, row);
        const vectors = fromFormula ? [first] : signVectors(row.covers.length, first);
        const perColumn = table.kind === "budget-utfall";
        // The sign pattern that fits most columns (ties: the default pattern).
        let best = first;
        let bestFit = -1;
        for (const v of vectors) {
          const fit = cols.filter((c) => verdictFor(table, row, c, v) === null).length;
          if (fit > bestFit) {
            best = v;
            bestFit = fit;
          }
        }
        const described = describeTerms(table, row, best);
        const terms = described.sv ? described : { sv: "raderna ovanför", en: "the lines above it" };
        const basis = coverageBasis(table, row, best);
        for (const col of cols) {
          const verdict = verdictFor(table, row, col, best);
          if (!verdict) continue;
          if (perColumn && vectors.some((v) => verdictFor(table, row, col, v) === null)) continue;
          // Unconfirmed by every other column: the lines it sums are not known — one warning for the row.
          const uncertain = basis === "label" && verdict.severity === "error";
          ctx.report({
            messageId: uncertain ? "uncertain" : "result",
            data: { row: rowName(table, row), column: columnTitle(table, col), terms },
            at: table,
            cells: [{ sheet: table.sheet, row: row.row, col }],
            verdict: uncertain ? { ...verdict, severity: "warning", cause: null } : verdict,
            step: row.figures.get(col)!.step,
            basis,
          });
          if (uncertain) break;
        }
      }
    }
  },
});
