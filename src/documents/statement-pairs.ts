/**
 * Which table of last year's report is which table of this year's: the statement of the
 * same kind (RR, BR, KF, 5-årsöversikt), a note by its title without its number, else by
 * its number (notes are renumbered when one is added).
 */
import type { TableKind, UnderstoodTable } from "../understand/types";
import type { RecognisedDocument } from "./document";

function noteTitle(t: UnderstoodTable): string {
  return (t.title ?? "")
    .toLowerCase()
    .replace(/^\s*not(e)?\s*\d+\s*[.:]?\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function pairTables(current: RecognisedDocument, prior: RecognisedDocument, kinds: ReadonlySet<TableKind>): [UnderstoodTable, UnderstoodTable][] {
  const out: [UnderstoodTable, UnderstoodTable][] = [];
  const used = new Set<UnderstoodTable>();
  const candidates = prior.understood.tables.filter((t) => kinds.has(t.kind));
  for (const t of current.understood.tables) {
    if (!kinds.has(t.kind)) continue;
    const same = candidates.filter((p) => p.kind === t.kind && !used.has(p));
    const match =
      t.kind !== "note"
        ? same[0]
        : (same.find((p) => noteTitle(p) !== "" && noteTitle(p) === noteTitle(t)) ??
          same.find((p) => p.noteNumber !== null && p.noteNumber === t.noteNumber && noteTitle(p) === ""));
    if (!match) continue;
    used.add(match);
    out.push([t, match]);
  }
  return out;
}
