/**
 * Whether two annual reports of consecutive years are this year's and last year's of the
 * same förbund: most lines of this year's comparison column (RR, BR, KF, notes) must agree
 * with last year's. Two reports of different förbund would otherwise differ on every line —
 * one warning says so instead of an error per line.
 */
import type { TableKind } from "../understand/types";
import { compareSides } from "./cross-finding";
import type { RecognisedDocument } from "./document";
import { actualColumn } from "./document-pairs";
import { matchLines } from "./line-match";
import { pairTables } from "./statement-pairs";

const KINDS: ReadonlySet<TableKind> = new Set(["rr", "br", "kf", "note"]);

export interface Agreement {
  /** Matched lines with a figure on both sides, and how many of them agree. */
  compared: number;
  agree: number;
}

export function priorYearAgreement(current: RecognisedDocument, prior: RecognisedDocument): Agreement {
  let compared = 0;
  let agree = 0;
  for (const [t, p] of pairTables(current, prior, KINDS)) {
    const tc = actualColumn(t, prior.year!);
    const pc = actualColumn(p, prior.year!);
    if (!tc || !pc) continue;
    for (const m of matchLines(t, p).matches) {
      if (!m.a.figures.has(tc.col) || !m.b.figures.has(pc.col)) continue;
      compared++;
      if (!compareSides({ doc: current, table: t, row: m.a, col: tc.col }, { doc: prior, table: p, row: m.b, col: pc.col })) agree++;
    }
  }
  return { compared, agree };
}

/** At least half of the compared lines agree (a real prior year agrees on nearly all). */
export function belongTogether(a: Agreement): boolean {
  return a.compared > 0 && a.agree * 2 >= a.compared;
}
