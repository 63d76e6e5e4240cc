/** Which documents of a set relate to which: this year's report and last year's, a report and a budget. */
import type { UnderstoodColumn, UnderstoodTable } from "../understand/types";
import { isActualColumn } from "../checks/support/table-lookup";
import type { RecognisedDocument } from "./document";

interface Pair {
  /** The earlier of the two in the order given: the findings belong to it. */
  first: RecognisedDocument;
  second: RecognisedDocument;
}

function pairs(docs: readonly RecognisedDocument[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) out.push({ first: docs[i], second: docs[j] });
  return out;
}

/** Annual reports of consecutive years: { current: year N, prior: year N − 1 }. */
export function priorYearPairs(docs: readonly RecognisedDocument[]): { current: RecognisedDocument; prior: RecognisedDocument }[] {
  const out: { current: RecognisedDocument; prior: RecognisedDocument }[] = [];
  for (const { first, second } of pairs(docs)) {
    if (first.kind !== "annual-report" || second.kind !== "annual-report" || first.year === null || second.year === null) continue;
    if (second.year === first.year - 1) out.push({ current: first, prior: second });
    else if (first.year === second.year - 1) out.push({ current: second, prior: first });
  }
  return out;
}

/** An annual report and a budget document, in either order. */
export function reportBudgetPairs(docs: readonly RecognisedDocument[]): { report: RecognisedDocument; budget: RecognisedDocument }[] {
  const out: { report: RecognisedDocument; budget: RecognisedDocument }[] = [];
  for (const { first, second } of pairs(docs)) {
    if (first.kind === "annual-report" && second.kind === "budget") out.push({ report: first, budget: second });
    else if (first.kind === "budget" && second.kind === "annual-report") out.push({ report: second, budget: first });
  }
  return out;
}

/** The actual (outcome or balance) column of a year. */
export function actualColumn(table: UnderstoodTable, year: number): UnderstoodColumn | undefined {
  return table.columns.find((c) => c.year === year && isActualColumn(table, c));
}
