/**
 * Statement concepts: what a line *is*, so that checks can find "summa tillgångar" or
 * "årets resultat" in any table whatever its exact wording. Assigned from labels, the
 * table kind and, for the equity subtotal, from the heading it sums under (a BR can
 * mislabel its equity subtotal; the heading still tells).
 */
import type { TableKind } from "../model/kinds";
import { isTotalKey } from "./labels";
import type { UnderstoodRow } from "./types";

export type Concept =
  | "revenue"
  | "operating-costs"
  | "depreciation"
  | "net-cost"
  | "financial-income"
  | "financial-costs"
  | "result-after-financial"
  | "result"
  | "total-assets"
  | "equity"
  | "other-equity"
  | "total-equity-liabilities"
  | "receivables"
  | "cash"
  | "current-liabilities"
  | "cash-opening"
  | "cash-closing"
  | "cash-flow-year"
  | "operating-cash-flow"
  | "receivables-change"
  | "liabilities-change"
  | "depreciation-adjustment"
  | "solidity"
  | "retained-opening"
  | "retained-closing"
  | "reserve"
  | "member-state"
  | "member-region"
  | "member-municipalities"
  | "member-municipality"
  | "member-total"
  | "administration";

const BY_KEY: [RegExp, Concept, TableKind[] | null][] = [
  [/^(summa )?verksamhetens intäkter$/, "revenue", null],
  [/^(summa )?verksamhetens kostnader$/, "operating-costs", null],
  [/^avskrivningar$/, "depreciation", ["rr"]],
  [/^verksamhetens nettokostnad$|^verksamhetens resultat$|^verksamhetsresultat$/, "net-cost", null],
  [/^finansiella intäkter$/, "financial-income", ["rr"]],
  [/^finansiella kostnader$/, "financial-costs", ["rr"]],
  [/^resultat efter finansiella poster$/, "result-after-financial", null],
  [/^årets resultat$|^resultat$/, "result", null],
  [/^summa tillgångar$|^balansomslutning$/, "total-assets", ["br", "five-year"]],
  [/^(summa )?eget kapital$/, "equity", null],
  [/^övrigt eget kapital$|^balanserat (resultat|kapital)$/, "other-equity", ["br"]],
  [/^summa (eget kapital,? avsättningar och skulder|eget kapital och skulder|skulder och eget kapital)$/, "total-equity-liabilities", ["br"]],
  [/^(summa )?(kortfristiga )?fordringar$/, "receivables", ["br"]],
  [/^kassa och bank$|^likvida medel$|^kassa, bank$/, "cash", ["br"]],
  [/^(summa )?kortfristiga skulder$/, "current-liabilities", ["br"]],
  [/^likvida medel vid årets början$/, "cash-opening", ["kf"]],
  [/^likvida medel vid årets slut$/, "cash-closing", ["kf"]],
  [/^årets kassaflöde$/, "cash-flow-year", ["kf"]],
  [/^kassaflöde (för|från) (den )?löpande verksamhet(en)?$/, "operating-cash-flow", ["kf"]],
  [/(ökning|minskning|förändring).*fordringar/, "receivables-change", ["kf"]],
  [/(ökning|minskning|förändring).*skulder/, "liabilities-change", ["kf"]],
  [/^justering för ej likviditetspåverkande poster$|^avskrivningar$/, "depreciation-adjustment", ["kf"]],
  [/^soliditet/, "solidity", null],
  [/^balanserat resultat (vid )?årets början$|^eget kapital (vid )?årets början$|^ingående eget kapital$/, "retained-opening", null],
  [/^balanserat resultat (vid )?årets slut$|^eget kapital (vid )?årets slut$|^utgående eget kapital$/, "retained-closing", null],
  [/förbundsreserv/, "reserve", null],
  [/kommunerna|^medlemsavgift(er)? kommuner|^(summa|totalt|s:a|delsumma) kommuner$/, "member-municipalities", null],
  [/staten|försäkringskassan|^fk\b|arbetsförmedlingen/, "member-state", null],
  [/\bregion\b|landsting|\bsll\b/, "member-region", null],
  [/kommun\b|kommuns\b|kommunen\b/, "member-municipality", null],
  [/^administrat|^kansli/, "administration", null],
];

const LIABILITY = /skulder|avsättningar/;

/** "S:a", "Totalt", "Total", "Delsumma" open a total as "Summa" does ("S:a tillgångar" is total assets). */
const TOTAL_WORD = /^(s:a|totalt|total|delsumma)\s+/;

/** The grand total of a member table: "Summa", "Totalt", "Totalt medlemsavgifter", "S:a medlemsintäkter". */
const MEMBER_TOTAL = /^(summa|totalt?|s:a)( (medlemsavgifter|medlemsintäkter|medlemsbidrag|tilldelning|avgifter))?$/;

/** Matches where any BY_KEY pattern does: most keys name no concept, and one test rules them all out. */
const ANY_KEY = new RegExp(BY_KEY.map(([re]) => `(?:${re.source})`).join("|"));

export function assignConcepts(rows: UnderstoodRow[], kind: TableKind): void {
  const seen = new Set<Concept>();
  const indexOfRow = new Map(rows.map((r, i) => [r.row, i]));
  for (const r of rows) {
    if (r.role === "section-heading" || r.role === "text") continue;
    let concept: Concept | undefined;
    if (kind === "br" && (r.role === "subtotal" || r.role === "total") && r.covers?.length) {
      const first = indexOfRow.get(r.covers[0]);
      const above = first !== undefined && first > 0 ? rows[first - 1] : undefined;
      // Not the balance total, which also starts under the heading when no equity sum is printed: it covers liabilities.
      const liabilities = r.covers.some((c) => LIABILITY.test(rows[indexOfRow.get(c) ?? -1]?.key ?? ""));
      if (above && above.role === "section-heading" && /^eget kapital$/.test(above.key) && !liabilities) concept = "equity";
    }
    // An unlabelled or bare "Summa" total over the lines of a heading is that heading's sum ("Verksamhetens intäkter" → revenue).
    const key = headedTotalKey(rows, indexOfRow, r) ?? r.key.replace(TOTAL_WORD, "summa ");
    if (!concept && ANY_KEY.test(key)) {
      for (const [re, c, kinds] of BY_KEY) {
        if ((kinds === null || kinds.includes(kind)) && re.test(key)) {
          concept = c;
          break;
        }
      }
    }
    if (!concept && kind === "member-contributions" && MEMBER_TOTAL.test(r.key)) concept = "member-total";
    // A concept names one line per table: a repeated result line is a copy, not a second result.
    if (concept && concept !== "member-municipality" && seen.has(concept)) continue;
    if (concept) {
      r.concept = concept;
      seen.add(concept);
    }
  }
  if (kind === "member-contributions") markMunicipalities(rows);
}

/** The key of the heading right above what a total covers, when the total itself says no more than "Summa" (or nothing). */
function headedTotalKey(rows: UnderstoodRow[], indexOfRow: Map<number, number>, r: UnderstoodRow): string | null {
  if ((r.role !== "subtotal" && r.role !== "total") || !r.covers?.length || !/^(|summa|totalt?|s:a|delsumma)$/.test(r.key)) return null;
  const first = indexOfRow.get(r.covers[0]);
  const above = first !== undefined && first > 0 ? rows[first - 1] : undefined;
  return above && above.role === "section-heading" ? above.key : null;
}

/** In a member table, the lines between the region and the total that name no other member are municipalities. */
function markMunicipalities(rows: UnderstoodRow[]): void {
  const total = rows.findIndex((r) => r.concept === "member-total");
  const end = total < 0 ? rows.length : total;
  for (let i = 0; i < end; i++) {
    const r = rows[i];
    if (!r.concept && r.role === "item" && r.label && !isTotalKey(r.key) && r.figures.size > 0) r.concept = "member-municipality";
  }
}
