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
import { amount, judge, relationFinding, type Verdict } from "./relation";
import { withRoundingOfItems } from "./rounded-total";
import { actualIn, inUnitOf, isActualColumn, rowTitle, rowTitleEn, unitFactor } from "./table-lookup";

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

/** The note's row labelled as the line, or as the year's part of it ("årets avskrivningar" for "avskrivningar"), judged against the line's figure of the year, signs aside; null when none has a figure then. */
function namedRow(note: UnderstoodTable, line: UnderstoodRow, f: Figure, year: number, home: UnderstoodTable): { note: UnderstoodTable; nf: Figure; verdict: Verdict | null } | null {
  if (line.key.length < 4) return null;
  for (const r of note.rows) {
    if (r.key !== line.key && r.key !== `årets ${line.key}`) continue;
    const nf = actualIn(note, r, year);
    if (!nf) continue;
    const scaled = inUnitOf(nf, note, home);
    const same = Math.sign(scaled.shown) === Math.sign(f.shown) || scaled.shown === 0 ? scaled : { shown: -scaled.shown, step: scaled.step };
    return { note, nf, verdict: judge(f, [{ figure: same, sign: 1 }], unitFactor(home)) };
  }
  return null;
}

interface Aggregate {
  table: UnderstoodTable;
  row: UnderstoodRow;
  figure: Figure;
}

/**
 * Another line of the statements, same year, that the note's total equals (within the band of
 * both, signs aside): the note details that aggregate (total income with grants, say) rather
 * than the line that refers to it. The referring line's own table is searched first.
 */
function otherAggregate(statements: UnderstoodTable[], total: { shown: number; step: number }, home: UnderstoodTable, line: UnderstoodRow, year: number): Aggregate | null {
  if (total.shown === 0) return null;
  const ordered = [home, ...statements.filter((t) => t !== home)];
  for (const table of ordered) {
    for (const row of table.rows) {
      if (row === line || row.role === "ratio" || row.role === "count") continue;
      const figure = actualIn(table, row, year);
      if (!figure || figure.shown === 0) continue;
      // A round amount on a loose line (40 000) equals a wrong note total too easily to explain it.
      if (!row.covers?.length && isRound(figure)) continue;
      const scaled = inUnitOf(figure, table, home);
      const verdict = judge({ shown: Math.abs(total.shown), step: total.step }, [{ figure: { shown: Math.abs(scaled.shown), step: scaled.step }, sign: 1 }], unitFactor(home));
      if (verdict === null || verdict.severity !== "error") return { table, row, figure };
    }
  }
  return null;
}

function isRound(f: Figure): boolean {
  const steps = Math.round(Math.abs(f.shown) / f.step);
  return steps % 1_000 === 0;
}

function otherAggregateFinding(table: UnderstoodTable, row: UnderstoodRow, col: number, first: { verdict: Verdict; note: UnderstoodTable; nf: Figure }, other: Aggregate): Finding {
  const n = first.note.noteNumber ?? "";
  const where = other.table === table ? "" : ` i ${other.table.sheet}`;
  const whereEn = other.table === table ? "" : ` in ${other.table.sheet}`;
  const sum = amount(first.nf.shown, first.nf.step);
  const base = relationFinding(
    "note-vs-statement",
    table.sheet,
    [
      { sheet: table.sheet, row: row.row, col },
      { sheet: first.note.sheet, row: first.nf.row, col: first.nf.col },
      { sheet: other.table.sheet, row: other.row.row, col: other.figure.col },
    ],
    { ...first.verdict, severity: "info", cause: null },
    {
      sv: `Not ${n} summerar till ${sum}, som är ${rowTitle(other.table, other.row)}${where}; noten redovisar ett annat aggregat än ${rowTitle(table, row, { noun: "raden" })}.`,
      en: `Note ${n} adds up to ${sum}, which is ${rowTitleEn(other.table, other.row)}${whereEn}; the note details another aggregate than ${rowTitleEn(table, row, { noun: "the line" })}.`,
    },
    row.figures.get(col)!.step,
  );
  return { ...base, basis: "cross-reference" };
}

export const noteVsStatementCheck: Check = {
  id: "note-vs-statement",
  title: { sv: "Noter mot räkningarna", en: "Notes against the statements" },
  basis: "cross-reference",
  run(u) {
    const out: Finding[] = [];
    const allNotes = u.tables.filter((t) => t.kind === "note");
    if (allNotes.length === 0) return out;
    const statements = u.tables.filter((t) => STATEMENTS.has(t.kind));
    for (const table of statements) {
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
              const scaled = inUnitOf(withRoundingOfItems(note, total, nf), note, table);
              const same = Math.sign(scaled.shown) === Math.sign(f.shown) || scaled.shown === 0 ? scaled : { shown: -scaled.shown, step: scaled.step };
              verdicts.push({ verdict: judge(withRoundingOfItems(table, row, f), [{ figure: same, sign: 1 }], unitFactor(table)), note, nf });
            }
          }
          if (verdicts.length === 0 || verdicts.some((v) => v.verdict === null)) continue;
          const first = (verdicts.find((v) => v.verdict!.severity !== "error") ?? verdicts[0]) as { verdict: Verdict; note: UnderstoodTable; nf: Figure };
          if (first.verdict.severity === "error") {
            // The note names the line among its own rows ("Årets avskrivningar" in a note on inventarier): that row backs it, or is what it differs from.
            const named = notes.map((note) => namedRow(note, row, f, column.year!, table)).find((x) => x !== null);
            if (named && named.verdict === null) continue;
            if (named) {
              first.verdict = named.verdict!;
              first.note = named.note;
              first.nf = named.nf;
            }
            const other = named ? null : otherAggregate(statements, inUnitOf(first.nf, first.note, table), table, row, column.year);
            if (other) {
              out.push(otherAggregateFinding(table, row, column.col, first, other));
              continue;
            }
          }
          // Several notes and one of them within rounding: report that one (info); all off: the first.
          out.push({
            ...relationFinding(
              "note-vs-statement",
              table.sheet,
              [
                { sheet: table.sheet, row: row.row, col: column.col },
                { sheet: first.note.sheet, row: first.nf.row, col: first.nf.col },
              ],
              first.verdict,
              {
                sv: `${rowTitle(table, row, { start: true })} ${column.year} stämmer inte med summan i not ${first.note.noteNumber ?? ""}.`.replace(" .", "."),
                en: `${rowTitleEn(table, row, { start: true })} ${column.year} does not match the total of note ${first.note.noteNumber ?? ""}.`.replace(" .", "."),
              },
              f.step,
            ),
            basis: "cross-reference",
          });
        }
      }
    }
    return out;
  },
};
