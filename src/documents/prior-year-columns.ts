/**
 * prior-year-columns: the comparison column of this year's RR, BR, KF and notes is last
 * year's current-year column, line by line. A line only one of them has is one information.
 * Two reports most of whose lines differ are not of the same förbund: one warning, no lines.
 */
import type { Finding } from "../findings/finding";
import type { TableKind } from "../understand/types";
import { belongTogether, priorYearAgreement, type Agreement } from "./belong-together";
import { compareTables } from "./compare-tables";
import type { RecognisedDocument } from "./document";
import type { DocumentCheck, DocumentFinding } from "./document-check";
import { actualColumn, priorYearPairs } from "./document-pairs";
import { pairTables } from "./statement-pairs";

function notTogether(current: RecognisedDocument, prior: RecognisedDocument, a: Agreement): Finding {
  const first = current.understood.sheets[0]?.name ?? "";
  return {
    check: "prior-year-columns",
    severity: "warning",
    sheet: first,
    cells: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    cause: null,
    basis: "cross-reference",
    message: {
      sv: `${prior.name} ser inte ut att vara fjolårets årsredovisning för samma förbund: bara ${a.agree} av ${a.compared} rader i jämförelsekolumnen ${prior.year} stämmer. Raderna jämförs inte.`,
      en: `${prior.name} does not look like last year's annual report of the same förbund: only ${a.agree} of ${a.compared} lines of the ${prior.year} comparison column agree. The lines are not compared.`,
    },
  };
}

const KINDS: ReadonlySet<TableKind> = new Set(["rr", "br", "kf", "note"]);

export const priorYearColumnsCheck: DocumentCheck = {
  id: "prior-year-columns",
  title: { sv: "Jämförelsekolumnen mot fjolårets årsredovisning", en: "The comparison column against last year's annual report" },
  basis: "cross-reference",
  run(docs) {
    const out: DocumentFinding[] = [];
    for (const { current, prior } of priorYearPairs(docs)) {
      const year = prior.year!;
      const agreement = priorYearAgreement(current, prior);
      if (!belongTogether(agreement)) {
        if (agreement.compared > 0)
          out.push({ doc: docs.indexOf(current) < docs.indexOf(prior) ? current : prior, finding: notTogether(current, prior, agreement) });
        continue;
      }
      for (const [t, p] of pairTables(current, prior, KINDS)) {
        const tc = actualColumn(t, year);
        const pc = actualColumn(p, year);
        if (!tc || !pc) continue;
        const first = docs.indexOf(current) < docs.indexOf(prior) ? current : prior;
        const findings = compareTables(
          "prior-year-columns",
          docs,
          { doc: current, table: t, col: tc.col },
          { doc: prior, table: p, col: pc.col },
          {
            reportMissing: true,
            otherName:
              first === current
                ? { sv: "fjolårets årsredovisning", en: "last year's annual report" }
                : { sv: "nästa års årsredovisning", en: "the next year's annual report" },
          },
        );
        for (const finding of findings) out.push({ doc: first, finding });
      }
    }
    return out;
  },
};
