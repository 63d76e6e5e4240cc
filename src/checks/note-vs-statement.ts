/**
 * note-vs-statement: a note's total = the statement line it backs, matched by the line's
 * "Not" reference (or, without one, by the note's title naming the line). A line that
 * refers to several notes ("3,4") is backed when any of them matches (the others are
 * specifications of a part, like a note on the audit fee).
 */
import { amountValue } from "../findings/message-text";
import { labelKey } from "../understand/labels";
import type { Figure, UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck, type Report } from "./check";
import { judge, type Verdict } from "./support/relation";
import { withRoundingOfItems } from "./support/rounded-total";
import { actualIn, inUnitOf, isActualColumn, rowName, unitFactor } from "./support/table-lookup";

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
function namedRow(
  note: UnderstoodTable,
  line: UnderstoodRow,
  f: Figure,
  year: number,
  home: UnderstoodTable,
): { note: UnderstoodTable; nf: Figure; verdict: Verdict | null } | null {
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
function otherAggregate(
  statements: UnderstoodTable[],
  total: { shown: number; step: number },
  home: UnderstoodTable,
  line: UnderstoodRow,
  year: number,
): Aggregate | null {
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
      const verdict = judge(
        { shown: Math.abs(total.shown), step: total.step },
        [{ figure: { shown: Math.abs(scaled.shown), step: scaled.step }, sign: 1 }],
        unitFactor(home),
      );
      if (verdict === null || verdict.severity !== "error") return { table, row, figure };
    }
  }
  return null;
}

function isRound(f: Figure): boolean {
  const steps = Math.round(Math.abs(f.shown) / f.step);
  return steps % 1_000 === 0;
}

function otherAggregateReport(
  table: UnderstoodTable,
  row: UnderstoodRow,
  col: number,
  first: { verdict: Verdict; note: UnderstoodTable; nf: Figure },
  other: Aggregate,
): Report<keyof typeof noteVsStatementCheck.meta.messages> {
  const elsewhere = other.table !== table;
  return {
    messageId: elsewhere ? "otherAggregateElsewhere" : "otherAggregate",
    data: {
      note: first.note.noteNumber ?? "",
      sum: amountValue(first.nf.shown, first.nf.step),
      aggregate: rowName(other.table, other.row),
      sheet: other.table.sheet,
      row: rowName(table, row, { noun: { sv: "raden", en: "the line" } }),
    },
    at: table,
    cells: [
      { sheet: table.sheet, row: row.row, col },
      { sheet: first.note.sheet, row: first.nf.row, col: first.nf.col },
      { sheet: other.table.sheet, row: other.row.row, col: other.figure.col },
    ],
    verdict: { ...first.verdict, severity: "info", cause: null },
    step: row.figures.get(col)!.step,
  };
}

export const noteVsStatementCheck = defineCheck({
  meta: {
    id: "note-vs-statement",
    title: { sv: "Noter mot räkningarna", en: "Notes against the statements" },
    basis: "cross-reference",
    compares: {
      sv: "En nots summa mot raden i resultat-, balansräkning eller kassaflödesanalys som hänvisar till den (via Not-kolumnen, annars notens rubrik), samma år.",
      en: "A note's total against the line of the income statement, balance sheet or cash-flow statement that refers to it (by its note reference, else the note's title), same year.",
    },
    kinds: ["note", "rr", "br", "kf"],
    concepts: [],
    messages: {
      noteTotal: { sv: "{row} {year} stämmer inte med summan i not {note}.", en: "{row} {year} does not match the total of note {note}." },
      unnumberedNoteTotal: { sv: "{row} {year} stämmer inte med summan i not.", en: "{row} {year} does not match the total of note." },
      otherAggregate: {
        sv: "Not {note} summerar till {sum}, som är {aggregate}; noten redovisar ett annat aggregat än {row}.",
        en: "Note {note} adds up to {sum}, which is {aggregate}; the note details another aggregate than {row}.",
      },
      otherAggregateElsewhere: {
        sv: "Not {note} summerar till {sum}, som är {aggregate} i {sheet}; noten redovisar ett annat aggregat än {row}.",
        en: "Note {note} adds up to {sum}, which is {aggregate} in {sheet}; the note details another aggregate than {row}.",
      },
    },
  },
  run(u, ctx) {
    const allNotes = u.tables.filter((t) => t.kind === "note");
    if (allNotes.length === 0) return;
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
              ctx.report(otherAggregateReport(table, row, column.col, first, other));
              continue;
            }
          }
          // Several notes and one of them within rounding: report that one (info); all off: the first.
          const note = first.note.noteNumber;
          ctx.report({
            messageId: note === null ? "unnumberedNoteTotal" : "noteTotal",
            data: { row: rowName(table, row), year: column.year, note: note ?? "" },
            at: table,
            cells: [
              { sheet: table.sheet, row: row.row, col: column.col },
              { sheet: first.note.sheet, row: first.nf.row, col: first.nf.col },
            ],
            verdict: first.verdict,
            step: f.step,
          });
        }
      }
    }
  },
});
