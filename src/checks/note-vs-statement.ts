/**
 * note-vs-statement: a note's total = the statement line it backs, matched by the line's
 * "Not" reference (or, without one, by the note's title naming the line). A line that
 * refers to several notes ("3,4") is backed when any of them matches (the others are
 * specifications of a part, like a note on the audit fee).
 */
import type { Finding } from "../findings/finding";
import { labelKey } from "../understand/labels";
import type { Figure, UnderstoodRow, UnderstoodTable } from "../understand/types";
import type { Check } from "./check";
import { judge, relationFinding, type Verdict } from "./relation";
import { actualIn, inUnitOf, isActualColumn, rowTitle, rowTitleEn } from "./table-lookup";

const STATEMENTS = new Set(["rr", "br", "kf"]);

/** The note's total lines, last first: its totals, subtotals and closing balances; a one-line note's only line. */
function noteTotals(note: UnderstoodTable): UnderstoodRow[] {
  const totals = note.rows.filter((r) => (r.role === "subtotal" || r.role === "total" || r.role === "closing") && r.figures.size > 0);
  if (totals.length) return totals.reverse();
  const lines = note.rows.filter((r) => r.role === "item" && r.figures.size > 0);
  return lines.length === 1 ? lines : [];
}

function noteSubject(note: UnderstoodTable): string {
  return labelKey((note.title ?? "").replace(/^\s*not\s*\d+\s*[.:]?\s*/i, ""));
}

function notesFor(notes: UnderstoodTable[], row: UnderstoodRow): UnderstoodTable[] {
  if (row.notes.length) return row.notes.flatMap((n) => notes.filter((t) => t.noteNumber === n));
  return notes.filter((t) => noteSubject(t) !== "" && noteSubject(t) === row.key);
}

export const noteVsStatementCheck: Check = {
  id: "note-vs-statement",
  title: { sv: "Noter mot räkningarna", en: "Notes against the statements" },
  basis: "cross-reference",
  run(u) {
    const out: Finding[] = [];
    const allNotes = u.tables.filter((t) => t.kind === "note");
    if (allNotes.length === 0) return out;
    for (const table of u.tables) {
      if (!STATEMENTS.has(table.kind)) continue;
      for (const row of table.rows) {
        if (row.figures.size === 0 || row.role === "section-heading") continue;
        const notes = notesFor(allNotes, row);
        if (!notes.length) continue;
        for (const column of table.columns) {
          const f = row.figures.get(column.col);
          if (!f || column.year === null || !isActualColumn(table, column)) continue;
          const verdicts: { verdict: Verdict | null; note: UnderstoodTable; nf: Figure }[] = [];
          for (const note of notes) {
            // A note with several blocks backs the line when any of its totals does; else its last total is reported.
            for (const total of noteTotals(note)) {
              const nf = actualIn(note, total, column.year);
              if (!nf) continue;
              const scaled = inUnitOf(nf, note, table);
              const same = Math.sign(scaled.shown) === Math.sign(f.shown) || scaled.shown === 0 ? scaled : { shown: -scaled.shown, step: scaled.step };
              verdicts.push({ verdict: judge(f, [{ figure: same, sign: 1 }]), note, nf });
            }
          }
          if (verdicts.length === 0 || verdicts.some((v) => v.verdict === null)) continue;
          const first = (verdicts.find((v) => v.verdict!.severity !== "error") ?? verdicts[0]) as { verdict: Verdict; note: UnderstoodTable; nf: Figure };
          // Several notes and one of them within rounding: report that one (info); all off: the first.
          out.push(
            relationFinding(
              "note-vs-statement",
              table.sheet,
              [
                { sheet: table.sheet, row: row.row, col: column.col },
                { sheet: first.note.sheet, row: first.nf.row, col: first.nf.col },
              ],
              first.verdict,
              {
                sv: `${rowTitle(row)} ${column.year} stämmer inte med summan i not ${first.note.noteNumber ?? ""}.`.replace(" .", "."),
                en: `${rowTitleEn(row)} ${column.year} does not match the total of note ${first.note.noteNumber ?? ""}.`.replace(" .", "."),
              },
              f.step,
            ),
          );
        }
      }
    }
    return out;
  },
};
