/**
 * prior-year-columns: the comparison column of this year's RR, BR, KF and notes is last
 * year's current-year column, line by line. A line only one of them has is one information.
 * Two reports most of whose lines differ are not of the same förbund: one warning, no lines.
 */
import type { TableKind } from "../understand/types";
import { belongTogether, priorYearAgreement } from "./belong-together";
import { COMPARE_MESSAGES, compareTables } from "./compare-tables";
import { defineDocumentCheck } from "./document-check";
import { actualColumn, priorYearPairs } from "./document-pairs";
import { pairTables } from "./statement-pairs";

const KINDS: ReadonlySet<TableKind> = new Set(["rr", "br", "kf", "note"]);

export const priorYearColumnsCheck = defineDocumentCheck({
  meta: {
    id: "prior-year-columns",
    title: { sv: "Jämförelsekolumnen mot fjolårets årsredovisning", en: "The comparison column against last year's annual report" },
    basis: "cross-reference",
    compares: {
      sv: "Jämförelsekolumnen i årets RR, BR, KF och noter mot kolumnen för innevarande år i fjolårets årsredovisning, rad för rad.",
      en: "The comparison column of this year's RR, BR, KF and notes against the current-year column of last year's annual report, line by line.",
    },
    messages: {
      ...COMPARE_MESSAGES,
      "not-together": {
        sv: "{prior} ser inte ut att vara fjolårets årsredovisning för samma förbund: bara {agree} av {compared} rader i jämförelsekolumnen {year} stämmer. Raderna jämförs inte.",
        en: "{prior} does not look like last year's annual report of the same förbund: only {agree} of {compared} lines of the {year} comparison column agree. The lines are not compared.",
      },
    },
  },
  run(docs, ctx) {
    for (const { current, prior } of priorYearPairs(docs)) {
      const year = prior.year!;
      const first = docs.indexOf(current) < docs.indexOf(prior) ? current : prior;
      const agreement = priorYearAgreement(current, prior);
      if (!belongTogether(agreement)) {
        if (agreement.compared > 0)
          ctx.report({
            messageId: "not-together",
            data: { prior: prior.name, agree: agreement.agree, compared: agreement.compared, year },
            doc: first,
            sheet: current.understood.sheets[0]?.name ?? "",
            cells: [],
            severity: "warning",
          });
        continue;
      }
      const otherName =
        first === current
          ? { sv: "fjolårets årsredovisning", en: "last year's annual report" }
          : { sv: "nästa års årsredovisning", en: "the next year's annual report" };
      for (const [t, p] of pairTables(current, prior, KINDS)) {
        const tc = actualColumn(t, year);
        const pc = actualColumn(p, year);
        if (!tc || !pc) continue;
        compareTables(ctx, docs, { doc: current, table: t, col: tc.col }, { doc: prior, table: p, col: pc.col }, { reportMissing: true, otherName });
      }
    }
  },
});
