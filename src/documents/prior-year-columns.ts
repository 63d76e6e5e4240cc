/**
 * prior-year-columns: the comparison column of this year's RR, BR, KF and notes is last
 * year's current-year column, line by line. A line only one of them has is one information.
 */
import type { TableKind } from "../understand/types";
import { compareTables } from "./compare-tables";
import type { DocumentCheck, DocumentFinding } from "./document-check";
import { actualColumn, priorYearPairs } from "./document-pairs";
import { pairTables } from "./statement-pairs";

const KINDS: ReadonlySet<TableKind> = new Set(["rr", "br", "kf", "note"]);

export const priorYearColumnsCheck: DocumentCheck = {
  id: "prior-year-columns",
  title: { sv: "Jämförelsekolumnen mot fjolårets årsredovisning", en: "The comparison column against last year's annual report" },
  basis: "cross-reference",
  run(docs) {
    const out: DocumentFinding[] = [];
    for (const { current, prior } of priorYearPairs(docs)) {
      const year = prior.year!;
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
            otherName: first === current ? { sv: "fjolårets årsredovisning", en: "last year's annual report" } : { sv: "nästa års årsredovisning", en: "the next year's annual report" },
          },
        );
        for (const finding of findings) out.push({ doc: first, finding });
      }
    }
    return out;
  },
};
