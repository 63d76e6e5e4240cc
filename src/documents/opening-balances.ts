/**
 * opening-balances: this year's opening balances are last year's closing balances —
 * likvida medel vid årets början (KF) = last year's likvida medel vid årets slut (KF, else
 * kassa och bank in BR), and the equity brought forward (övrigt eget kapital, ingående eget
 * kapital) = last year's eget kapital. When this year's own comparison column already
 * differs from last year's closing figure, prior-year-columns reports it; not again here.
 */
import type { TableKind } from "../understand/types";
import { conceptRow } from "../checks/support/table-lookup";
import { compareSides, orient, type Side } from "./cross-finding";
import type { RecognisedDocument } from "./document";
import { defineDocumentCheck } from "./document-check";
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

export const openingBalancesCheck = defineDocumentCheck({
  meta: {
    id: "opening-balances",
    title: { sv: "Ingående balanser mot fjolårets utgående", en: "Opening balances against last year's closing balances" },
    basis: "cross-reference",
    compares: {
      sv: "Årets likvida medel vid årets början och ingående eget kapital mot fjolårets utgående likvida medel och eget kapital.",
      en: "This year's cash at the beginning of the year and opening equity against last year's closing cash and equity.",
    },
    messages: {
      "not-last-closing": {
        sv: "{what} {year} är inte fjolårets utgående balans ({otherRow}, {otherSheet} i {otherDoc}).",
        en: "{what} {year} is not last year's closing balance ({otherRow}, {otherSheet} in {otherDoc}).",
      },
      "not-next-opening": {
        sv: "{row} {year} är inte den ingående balansen i nästa års årsredovisning {otherDoc} ({otherRow}, {otherSheet}).",
        en: "{row} {year} is not the opening balance in the next year's annual report {otherDoc} ({otherRow}, {otherSheet}).",
      },
    },
  },
  run(docs, ctx) {
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
        const other = { otherRow: there.row.label, otherSheet: there.table.sheet, otherDoc: there.doc.name };
        if (here === opening) ctx.report({ messageId: "not-last-closing", data: { what: balance.what, year, ...other }, here, there, verdict });
        else ctx.report({ messageId: "not-next-opening", data: { row: here.row.label, year: year - 1, ...other }, here, there, verdict });
      }
    }
  },
});
