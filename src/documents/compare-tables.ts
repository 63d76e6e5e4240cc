/**
 * One column of a table against one column of a table in another document, line by line
 * (lines matched as in ./line-match). A line that differs is one finding; its cause is read
 * from the documents where they show it:
 * - carried-difference: a subtotal or total whose difference is the sum of its lines'
 *   differences (within the band) — information, naming the lines;
 * - reclassified: the difference is the amount of a line only one side has (the 8 000 a
 *   budget moved from Kansli to Finansiella kostnader) — that line is then not reported again.
 * A line only one side has is at most one information, and only when asked for.
 */
import type { LocalizedText } from "../findings/finding";
import { amountValue } from "../findings/message-text";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { amount, type Verdict } from "../checks/support/relation";
import { sheetRef } from "../model/grid";
import { columnTitle, inUnitOf, rowName } from "../checks/support/table-lookup";
import type { RecognisedDocument } from "./document";
import type { DocumentCheckContext, PlainReport } from "./document-check";
import { cellOf, compareSides, figureOf, otherCell, type Side } from "./cross-finding";
import { leafLines, matchLines, type LineMatch } from "./line-match";

/** The messages of a table compared with a table: every check that compares tables has them in its meta. */
export const COMPARE_MESSAGES = {
  differs: {
    sv: "{row} ({column}) är inte samma som i {otherName} {otherDoc} ({otherRow}, {where}).",
    en: "{row} ({column}) is not the same as in {otherName} {otherDoc} ({otherRow}, {where}).",
  },
  "carried-difference": { sv: "Samma orsak som skillnaden på {lines}", en: "The same cause as the difference on {lines}" },
  reclassified: {
    sv: "Trolig orsak: beloppet {amount} står på {line} ({at}), som bara {onlyIn} har",
    en: "Likely cause: the amount {amount} is on {line} ({at}), which only {onlyIn} has",
  },
  renamed: {
    sv: "Raden heter {row} här men {otherRow} i {otherName} {otherDoc} (samma belopp, {amount}).",
    en: "The line is called {row} here but {otherRow} in {otherName} {otherDoc} (the same amount, {amount}).",
  },
  "missing-there": { sv: "{row} ({amount}) finns inte i {otherDoc}.", en: "{row} ({amount}) is not in {otherDoc}." },
  "missing-here": { sv: "{row} ({amount}) i {otherDoc} finns inte här.", en: "{row} ({amount}) in {otherDoc} is not here." },
} as const satisfies Record<string, LocalizedText>;

export type CompareMessageId = keyof typeof COMPARE_MESSAGES;

export interface TableColumn {
  doc: RecognisedDocument;
  table: UnderstoodTable;
  col: number;
}

export interface CompareOptions {
  /** Report lines only one side has (once per table pair). */
  reportMissing: boolean;
  /** Every finding is information (a forecast against the outcome). */
  infoOnly?: boolean;
  /** What the other side is, for messages: "fjolårets årsredovisning" / "last year's annual report". */
  otherName: LocalizedText;
}

interface Difference {
  match: LineMatch;
  here: Side;
  there: Side;
  verdict: Verdict;
}

export function compareTables(
  ctx: DocumentCheckContext<CompareMessageId>,
  docs: readonly RecognisedDocument[],
  x: TableColumn,
  y: TableColumn,
  options: CompareOptions,
): void {
  const [here, there] = docs.indexOf(y.doc) < docs.indexOf(x.doc) ? [y, x] : [x, y];
  const m = matchLines(here.table, there.table);
  const differences: Difference[] = [];
  for (const match of m.matches) {
    const hs: Side = { ...here, row: match.a };
    const ts: Side = { ...there, row: match.b };
    const verdict = compareSides(hs, ts);
    if (verdict) differences.push({ match, here: hs, there: ts, verdict });
  }
  const where = `${columnTitle(there.table, there.col)}, ${there.table.sheet}`;
  const explained = new Set<UnderstoodRow>();
  const onlyHere = m.onlyA.map((row) => ({ ...here, row }) as Side).filter((s) => figureOf(s) && figureOf(s)!.shown !== 0);
  const onlyThere = m.onlyB.map((row) => ({ ...there, row }) as Side).filter((s) => figureOf(s) && figureOf(s)!.shown !== 0);
  const lineDiffs = differences.filter((d) => !d.match.a.covers?.length);

  for (const d of differences) {
    const differs = {
      messageId: "differs" as const,
      data: {
        row: rowName(d.here.table, d.match.a, { start: true }),
        column: columnTitle(here.table, here.col),
        otherName: options.otherName,
        otherDoc: d.there.doc.name,
        otherRow: rowName(d.there.table, d.match.b),
        where,
      },
      here: d.here,
      there: d.there,
      verdict: d.verdict,
      loose: d.match.strength === "loose",
    };
    const severity = options.infoOnly ? ("info" as const) : undefined;
    if (d.match.a.covers?.length) {
      const covered = new Set(leafLines(here.table, d.match.a).map((r) => r.row));
      const parts = lineDiffs.filter((l) => covered.has(l.match.a.row));
      const sum = parts.reduce((s, l) => s + l.verdict.difference, 0);
      if (parts.length > 0 && Math.abs(d.verdict.difference - sum) <= Math.max(d.verdict.tolerance, 2) + 1e-9) {
        const lines = (lang: keyof LocalizedText) =>
          parts.map((l) => `${rowName(l.here.table, l.match.a)[lang]} (${cellOf(l.here)}, ${amount(l.verdict.difference, 1, lang)})`).join(", ");
        ctx.report({
          ...differs,
          severity: "info",
          cause: { id: "carried-difference", messageId: "carried-difference", data: { lines: { sv: lines("sv"), en: lines("en") } } },
        });
        continue;
      }
    }
    const moved = d.verdict.severity === "error" ? reclassifiedLine(d, onlyHere, onlyThere, explained) : undefined;
    if (moved) {
      explained.add(moved.row);
      const inHere = moved.doc === here.doc;
      const f = figureOf(moved)!;
      ctx.report({
        ...differs,
        severity,
        alsoHere: inHere ? [moved] : [],
        cause: {
          id: "reclassified",
          messageId: "reclassified",
          data: {
            amount: amountValue(Math.abs(f.shown), f.step),
            line: rowName(moved.table, moved.row, { noun: { sv: "raden", en: "the line" } }),
            at: inHere ? cellOf(moved) : `${moved.doc.name} › ${sheetRef(moved.table.sheet, cellOf(moved))}`,
            onlyIn: inHere ? { sv: "den här arbetsboken", en: "this workbook" } : moved.doc.name,
          },
        },
      });
      continue;
    }
    ctx.report({ ...differs, severity });
  }

  if (options.reportMissing) {
    for (const [h, t] of renamedLines(onlyHere, onlyThere, explained)) {
      explained.add(h.row).add(t.row);
      const f = figureOf(h)!;
      ctx.report({
        ...missingLine(h, t.doc, here, true),
        messageId: "renamed",
        data: {
          row: rowName(h.table, h.row),
          otherRow: rowName(t.table, t.row),
          otherName: options.otherName,
          otherDoc: t.doc.name,
          amount: amountValue(f.shown, f.step),
        },
        cause: "renamed",
        other: otherCell(t),
      });
    }
    for (const s of onlyHere) if (!explained.has(s.row)) ctx.report(missingLine(s, there.doc, here, true));
    for (const s of onlyThere) if (!explained.has(s.row)) ctx.report(missingLine(s, here.doc, here, false));
  }
}

/** A line one document has and the other lacks: information, never more. */
function missingLine(present: Side, absentIn: RecognisedDocument, anchor: TableColumn, hereHasIt: boolean): PlainReport<CompareMessageId> {
  const f = figureOf(present);
  return {
    messageId: hereHasIt ? "missing-there" : "missing-here",
    data: {
      row: rowName(present.table, present.row, { start: true }),
      amount: f ? amountValue(f.shown, f.step) : "",
      otherDoc: hereHasIt ? absentIn.name : present.doc.name,
    },
    doc: anchor.doc,
    sheet: anchor.table.sheet,
    cells: hereHasIt ? [cellOf(present)] : [],
    severity: "info",
    ...(hereHasIt ? {} : { other: otherCell(present) }),
  };
}

/** Lines only one side has, paired when exactly one line on each side has the same amount: a renamed line. */
function renamedLines(onlyHere: Side[], onlyThere: Side[], explained: Set<UnderstoodRow>): [Side, Side][] {
  const free = (list: Side[]) => list.filter((s) => !explained.has(s.row));
  const hs = free(onlyHere);
  const ts = free(onlyThere);
  const out: [Side, Side][] = [];
  for (const h of hs) {
    const same = ts.filter((t) => !compareSides(h, t));
    if (same.length === 1 && hs.filter((x) => !compareSides(x, same[0])).length === 1) out.push([h, same[0]]);
  }
  return out;
}

/** A line only one side has whose amount is the difference (in the here table's unit). */
function reclassifiedLine(d: Difference, onlyHere: Side[], onlyThere: Side[], explained: Set<UnderstoodRow>): Side | undefined {
  const fits = (s: Side) => {
    if (explained.has(s.row)) return false;
    const f = figureOf(s)!;
    const v = s.table === d.here.table ? f : inUnitOf(f, s.table, d.here.table);
    return Math.abs(Math.abs(v.shown) - Math.abs(d.verdict.difference)) <= d.verdict.tolerance + 1e-9;
  };
  const candidates = [...onlyHere, ...onlyThere].filter(fits);
  return candidates.length === 1 ? candidates[0] : undefined;
}
