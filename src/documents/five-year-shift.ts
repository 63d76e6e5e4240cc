/**
 * five-year-shift: this year's 5-årsöversikt is last year's shifted one year — every year
 * both show has the same figures, line by line. A line only one of them has is one
 * information (reported with the first shared year only).
 */
import type { TableKind } from "../understand/types";
import { isActualColumn } from "../checks/support/table-lookup";
import { COMPARE_MESSAGES, compareTables } from "./compare-tables";
import { defineDocumentCheck } from "./document-check";
import { belongTogether, priorYearAgreement } from "./belong-together";
import { actualColumn, priorYearPairs } from "./document-pairs";
import { pairTables } from "./statement-pairs";

const KINDS: ReadonlySet<TableKind> = new Set(["five-year"]);

export const fiveYearShiftCheck = defineDocumentCheck({
  meta: {
    id: "five-year-shift",
    title: { sv: "5-årsöversikten mot fjolårets", en: "The five-year overview against last year's" },
    basis: "cross-reference",
    compares: {
      sv: "Varje år som både årets och fjolårets 5-årsöversikt visar, rad för rad: samma belopp.",
      en: "Every year both this year's and last year's five-year overview show, line by line: the same figures.",
    },
    messages: COMPARE_MESSAGES,
  },
  run(docs, ctx) {
    for (const { current, prior } of priorYearPairs(docs)) {
      if (!belongTogether(priorYearAgreement(current, prior))) continue; // prior-year-columns says so
      const first = docs.indexOf(current) < docs.indexOf(prior) ? current : prior;
      const otherName =
        first === current
          ? { sv: "fjolårets årsredovisning", en: "last year's annual report" }
          : { sv: "nästa års årsredovisning", en: "the next year's annual report" };
      for (const [t, p] of pairTables(current, prior, KINDS)) {
        const years = t.columns.filter((c) => c.year !== null && isActualColumn(t, c) && actualColumn(p, c.year)).map((c) => c.year!);
        years.forEach((year, i) => {
          compareTables(
            ctx,
            docs,
            { doc: current, table: t, col: actualColumn(t, year)!.col },
            { doc: prior, table: p, col: actualColumn(p, year)!.col },
            { reportMissing: i === 0, otherName },
          );
        });
      }
    }
  },
});
