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
import type { Finding, LocalizedText } from "../findings/finding";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { amount, type Verdict } from "../checks/support/relation";
import { sheetRef } from "../model/grid";
import { columnTitle, inUnitOf, rowTitle, rowTitleEn } from "../checks/support/table-lookup";
import type { RecognisedDocument } from "./document";
import { cellOf, compareSides, crossFinding, figureOf, missingLineFinding, otherCell, type Side } from "./cross-finding";
import { leafLines, matchLines, type LineMatch } from "./line-match";

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

export function compareTables(check: string, docs: readonly RecognisedDocument[], x: TableColumn, y: TableColumn, options: CompareOptions): Finding[] {
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
  const out: Finding[] = [];
  const explained = new Set<UnderstoodRow>();
  const onlyHere = m.onlyA.map((row) => ({ ...here, row }) as Side).filter((s) => figureOf(s) && figureOf(s)!.shown !== 0);
  const onlyThere = m.onlyB.map((row) => ({ ...there, row }) as Side).filter((s) => figureOf(s) && figureOf(s)!.shown !== 0);
  const lineDiffs = differences.filter((d) => !d.match.a.covers?.length);

  for (const d of differences) {
    const lead: LocalizedText = {
      sv: `${rowTitle(d.here.table, d.match.a, { start: true })} (${columnTitle(here.table, here.col)}) är inte samma som i ${options.otherName.sv} ${d.there.doc.name} (${rowTitle(d.there.table, d.match.b)}, ${where}).`,
      en: `${rowTitleEn(d.here.table, d.match.a, { start: true })} (${columnTitle(here.table, here.col)}) is not the same as in ${options.otherName.en} ${d.there.doc.name} (${rowTitleEn(d.there.table, d.match.b)}, ${where}).`,
    };
    const loose = d.match.strength === "loose";
    const severity = options.infoOnly ? ("info" as const) : undefined;
    if (d.match.a.covers?.length) {
      const covered = new Set(leafLines(here.table, d.match.a).map((r) => r.row));
      const parts = lineDiffs.filter((l) => covered.has(l.match.a.row));
      const sum = parts.reduce((s, l) => s + l.verdict.difference, 0);
      if (parts.length > 0 && Math.abs(d.verdict.difference - sum) <= Math.max(d.verdict.tolerance, 2) + 1e-9) {
        const names = parts.map((l) => `${rowTitle(l.here.table, l.match.a)} (${cellOf(l.here)}, ${amount(l.verdict.difference)})`).join(", ");
        const namesEn = parts.map((l) => `${rowTitleEn(l.here.table, l.match.a)} (${cellOf(l.here)}, ${amount(l.verdict.difference, 1, "en")})`).join(", ");
        out.push(
          crossFinding(check, d.here, d.there, d.verdict, lead, {
            loose,
            severity: "info",
            cause: {
              id: "carried-difference",
              text: { sv: `Samma orsak som skillnaden på ${names}`, en: `The same cause as the difference on ${namesEn}` },
            },
          }),
        );
        continue;
      }
    }
    const moved = d.verdict.severity === "error" ? reclassifiedLine(d, onlyHere, onlyThere, explained) : undefined;
    if (moved) {
      explained.add(moved.row);
      const inHere = moved.doc === here.doc;
      const at = inHere ? cellOf(moved) : `${moved.doc.name} › ${sheetRef(moved.table.sheet, cellOf(moved))}`;
      const f = figureOf(moved)!;
      out.push(
        crossFinding(check, d.here, d.there, d.verdict, lead, {
          loose,
          severity,
          alsoHere: inHere ? [moved] : [],
          cause: {
            id: "reclassified",
            text: {
              sv: `Trolig orsak: beloppet ${amount(Math.abs(f.shown), f.step)} står på ${rowTitle(moved.table, moved.row, { noun: { sv: "raden", en: "the line" } })} (${at}), som bara ${inHere ? "den här arbetsboken" : moved.doc.name} har`,
              en: `Likely cause: the amount ${amount(Math.abs(f.shown), f.step, "en")} is on ${rowTitleEn(moved.table, moved.row, { noun: { sv: "raden", en: "the line" } })} (${at}), which only ${inHere ? "this workbook" : moved.doc.name} has`,
            },
          },
        }),
      );
      continue;
    }
    out.push(crossFinding(check, d.here, d.there, d.verdict, lead, { loose, severity }));
  }

  if (options.reportMissing) {
    for (const [h, t] of renamedLines(onlyHere, onlyThere, explained)) {
      explained.add(h.row).add(t.row);
      const f = figureOf(h)!;
      out.push({
        ...missingLineFinding(check, h, t.doc, here, true),
        cause: "renamed",
        other: otherCell(t),
        message: {
          sv: `Raden heter ${rowTitle(h.table, h.row)} här men ${rowTitle(t.table, t.row)} i ${options.otherName.sv} ${t.doc.name} (samma belopp, ${amount(f.shown, f.step)}).`,
          en: `The line is called ${rowTitleEn(h.table, h.row)} here but ${rowTitleEn(t.table, t.row)} in ${options.otherName.en} ${t.doc.name} (the same amount, ${amount(f.shown, f.step, "en")}).`,
        },
      });
    }
    for (const s of onlyHere) if (!explained.has(s.row)) out.push(missingLineFinding(check, s, there.doc, here, true));
    for (const s of onlyThere) if (!explained.has(s.row)) out.push(missingLineFinding(check, s, here.doc, here, false));
  }
  return out;
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
