/**
 * opening-balances: this year's opening balances are last year's closing balances —
 * likvida medel vid årets början (KF) = last year's likvida medel vid årets slut (KF, else
 * kassa och bank in BR), and the equity brought forward (övrigt eget kapital, ingående eget
 * kapital) = last year's eget kapital. When this year's own comparison column already
 * differs from last year's closing figure, prior-year-columns reports it; not again here.
 */
import type { TableKind } from "../understand/types";
import { conceptRow } from "../checks/support/table-lookup";
import { compareSides, crossFinding, orient, type Side } from "./cross-finding";
import type { RecognisedDocument } from "./document";
import type { DocumentCheck, DocumentFinding } from "./document-check";
import { belongTogether, priorYearAgreement } from "./belong-together";
import { actualColumn, priorYearPairs } from "./document-pairs";

interface Balance {
  /** Where the opening balance is: [table kinds, concept], in order of preference. */
  opening: [TableKind[] | null, string][];
  closing: [TableKind[] | null, string][];
  what: { sv: string; en: string };
}

const BALANCES: Balance[] = [
  {
    opening: [[["kf"], "cash-opening"]],
    closing: [
      [["kf"], "cash-closing"],
      [["br"], "cash"],
    ],
    what: { sv: "Likvida medel vid årets början", en: "Cash at the beginning of the year" },
  },
  {
    opening: [
      [["br"], "other-equity"],
      [null, "retained-opening"],
    ],
    closing: [
      [["br"], "equity"],
      [null, "retained-closing"],
    ],
    what: { sv: "Ingående eget kapital", en: "Opening equity" },
  },
];

function find(doc: RecognisedDocument, where: [TableKind[] | null, string][], year: number): Side | undefined {
  for (const [kinds, concept] of where) {
    for (const table of doc.understood.tables) {
      if (kinds && !kinds.includes(table.kind)) continue;
      const row = conceptRow(table, concept);
      const column = actualColumn(table, year);
      if (row && column && row.figures.has(column.col)) return { doc, table, row, col: column.col };
    }
  }
  return undefined;
}

export const openingBalancesCheck: DocumentCheck = {
  id: "opening-balances",
  title: { sv: "Ingående balanser mot fjolårets utgående", en: "Opening balances against last year's closing balances" },
  basis: "cross-reference",
  run(docs) {
    const out: DocumentFinding[] = [];
    for (const { current, prior } of priorYearPairs(docs)) {
      const year = current.year!;
      if (!belongTogether(priorYearAgreement(current, prior))) continue; // prior-year-columns says so
      for (const balance of BALANCES) {
        const opening = find(current, balance.opening, year);
        const closing = find(prior, balance.closing, year - 1);
        if (!opening || !closing) continue;
        // This year's own figure for the same closing line, in its comparison column.
        const ownComparison = find(
          current,
          balance.closing.filter(([kinds]) => kinds?.includes(closing.table.kind)),
          year - 1,
        );
        if (ownComparison && compareSides(ownComparison, closing)) continue;
        const [here, there] = orient(docs, opening, closing);
        const verdict = compareSides(here, there);
        if (!verdict) continue;
        const openingHere = here === opening;
        const lead = openingHere
          ? {
              sv: `${balance.what.sv} ${year} är inte fjolårets utgående balans (${there.row.label}, ${there.table.sheet} i ${there.doc.name}).`,
              en: `${balance.what.en} ${year} is not last year's closing balance (${there.row.label}, ${there.table.sheet} in ${there.doc.name}).`,
            }
          : {
              sv: `${here.row.label} ${year - 1} är inte den ingående balansen i nästa års årsredovisning ${there.doc.name} (${there.row.label}, ${there.table.sheet}).`,
              en: `${here.row.label} ${year - 1} is not the opening balance in the next year's annual report ${there.doc.name} (${there.row.label}, ${there.table.sheet}).`,
            };
        out.push({ doc: here.doc, finding: crossFinding("opening-balances", here, there, verdict, lead) });
      }
    }
    return out;
  },
};
