/**
 * member-contributions: each member's contribution for a year is the same in the annual
 * report (Not 2, driftbidrag per medlem) and in the budget document (medlemstilldelning),
 * member by member (staten, regionen, each kommun by name), when both name the same kommuner
 * (else they are not of the same förbund). Where the numbers show which
 * side is wrong — the kommuner's parts add up to the region's quarter on one side only —
 * the finding says so.
 */
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { amountValue } from "../findings/message-text";
import { compareSides, figureOf, orient, type Side } from "./cross-finding";
import type { RecognisedDocument } from "./document";
import { defineDocumentCheck } from "./document-check";
import { reportBudgetPairs } from "./document-pairs";

const NOT_A_NAME = new Set(["driftbidrag", "bidrag", "medlemsavgift", "medlemsavgifter", "från", "kommun", "kommuns", "kommunen", "tilldelning"]);

/** "state", "region" or "kommun:haninge" ("Driftbidrag från Nynäshamns kommun" → "kommun:nynäshamn"). */
function member(row: UnderstoodRow): string | null {
  if (row.concept === "member-state") return "state";
  if (row.concept === "member-region") return "region";
  if (row.concept !== "member-municipality") return null;
  const name = row.key
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !NOT_A_NAME.has(w))
    .map((w) => w.replace(/s$/, ""))
    .join(" ");
  return name ? `kommun:${name}` : null;
}

interface MemberFigures {
  table: UnderstoodTable;
  /** member → row */
  rows: Map<string, UnderstoodRow>;
}

function memberTables(doc: RecognisedDocument): MemberFigures[] {
  const out: MemberFigures[] = [];
  for (const table of doc.understood.tables) {
    const rows = new Map<string, UnderstoodRow>();
    const seen = new Set<string>();
    for (const row of table.rows) {
      const m = member(row);
      if (!m) continue;
      if (seen.has(m)) rows.delete(m);
      else rows.set(m, row);
      seen.add(m);
    }
    if (rows.size > 0) out.push({ table, rows });
  }
  return out;
}

/** The same kommuner by name on both sides: the documents are of the same förbund (the state and the region are in every one). */
function sameMembers(a: MemberFigures, b: MemberFigures): boolean {
  const kommuner = (m: MemberFigures) =>
    [...m.rows.keys()]
      .filter((k) => k.startsWith("kommun:"))
      .sort()
      .join("|");
  return kommuner(a) !== "" && kommuner(a) === kommuner(b);
}

function yearColumns(table: UnderstoodTable): Map<number, number> {
  const m = new Map<number, number>();
  for (const c of table.columns) if (c.year !== null && c.basis !== "difference" && !m.has(c.year)) m.set(c.year, c.col);
  return m;
}

/** Σ kommuner − region in a column (the kommuner together pay what the region pays), or null when a part is missing. */
function municipalGap(figures: MemberFigures, col: number): number | null {
  const region = figures.rows.get("region")?.figures.get(col);
  const parts = [...figures.rows].filter(([m]) => m.startsWith("kommun:")).map(([, r]) => r.figures.get(col));
  if (!region || parts.length === 0 || parts.some((p) => !p)) return null;
  return Math.round(parts.reduce((s, p) => s + p!.shown, 0) - region.shown);
}

export const memberContributionsCheck = defineDocumentCheck({
  meta: {
    id: "member-contributions-across",
    title: { sv: "Medlemsbidrag lika i årsredovisning och budget", en: "Member contributions equal in annual report and budget" },
    basis: "cross-reference",
    compares: {
      sv: "Varje medlems bidrag för ett år (staten, regionen, varje kommun vid namn) i årsredovisningen mot budgetdokumentet, när båda nämner samma kommuner.",
      en: "Each member's contribution for a year (the state, the region, each kommun by name) in the annual report against the budget document, when both name the same kommuner.",
    },
    messages: {
      "contribution-differs": {
        sv: 'Medlemsbidraget "{row}" {year} är inte samma som i {otherDoc} ("{otherRow}", {otherSheet}).',
        en: 'The member contribution "{row}" {year} is not the same as in {otherDoc} ("{otherRow}", {otherSheet}).',
      },
      "other-does-not-foot": {
        sv: "Här är kommunernas bidrag tillsammans lika med regionens; i {otherDoc} är de det inte ({gap}), så felet sitter troligen där",
        en: "Here the municipalities together pay what the region pays; in {otherDoc} they do not ({gap}), so the error is probably there",
      },
      "does-not-foot-here": {
        sv: "I {otherDoc} är kommunernas bidrag tillsammans lika med regionens; här är de det inte ({gap}), så felet sitter troligen här",
        en: "In {otherDoc} the municipalities together pay what the region pays; here they do not ({gap}), so the error is probably here",
      },
    },
  },
  run(docs, ctx) {
    for (const { report, budget } of reportBudgetPairs(docs)) {
      for (const a of memberTables(report)) {
        for (const b of memberTables(budget)) {
          if (!sameMembers(a, b)) continue;
          const colsB = yearColumns(b.table);
          for (const [year, colA] of yearColumns(a.table)) {
            const colB = colsB.get(year);
            if (colB === undefined) continue;
            for (const [m, rowA] of a.rows) {
              const rowB = b.rows.get(m);
              if (!rowB) continue;
              const x: Side = { doc: report, table: a.table, row: rowA, col: colA };
              const y: Side = { doc: budget, table: b.table, row: rowB, col: colB };
              if (!figureOf(x) || !figureOf(y)) continue;
              const [here, there] = orient(docs, x, y);
              const verdict = compareSides(here, there);
              if (!verdict) continue;
              const gapHere = municipalGap(here === x ? a : b, here.col);
              const gapThere = municipalGap(here === x ? b : a, there.col);
              const cause =
                gapHere === 0 && gapThere !== null && gapThere !== 0
                  ? ({ id: "other-does-not-foot", messageId: "other-does-not-foot", data: { otherDoc: there.doc.name, gap: amountValue(gapThere) } } as const)
                  : gapThere === 0 && gapHere !== null && gapHere !== 0
                    ? ({ id: "does-not-foot-here", messageId: "does-not-foot-here", data: { otherDoc: there.doc.name, gap: amountValue(gapHere) } } as const)
                    : undefined;
              ctx.report({
                messageId: "contribution-differs",
                data: { row: here.row.label, year, otherDoc: there.doc.name, otherRow: there.row.label, otherSheet: there.table.sheet },
                here,
                there,
                verdict,
                cause,
              });
            }
          }
        }
      }
    }
  },
});
