/**
 * Total equity when a balance sheet prints its parts without a sum row — "Eget kapital"
 * (the retained part), "Årets resultat", "Övrigt eget kapital", then the liabilities:
 * total equity is the sum of the equity section's lines (UNDERSTANDING.md §4), a derived
 * line that covers them. The section runs from the heading "Eget kapital" (or the first
 * equity line) to "Avsättningar"/"Skulder"/"Kortfristiga skulder" or the balance total.
 * The balance total confirms it when it adds up with the lines as parts; when it adds up
 * only with "Eget kapital" alone (the others being of-which lines), nothing is derived.
 */
import type { TableKind } from "../model/kinds";
import { band, round12 } from "./interval";
import type { Figure, RowRole, UnderstoodRow } from "./types";

const EQUITY = /^eget kapital$/;
const SECTION_END = /^(summa )?(avsättningar|skulder|kortfristiga skulder|långfristiga skulder)\b|^summa eget kapital\b/;
const NOT_AMOUNT: ReadonlySet<RowRole> = new Set(["section-heading", "text", "ratio", "count", "varav-child"]);

/** The derived total-equity line of a balance sheet, or null when one is printed or the section is not established. */
export function deriveTotalEquity(rows: UnderstoodRow[], kind: TableKind): UnderstoodRow | null {
  if (kind !== "br") return null;
  if (rows.some((r) => r.concept === "equity" && r.covers?.length)) return null;
  const heading = rows.findIndex((r) => r.role === "section-heading" && EQUITY.test(r.key));
  const start = heading >= 0 ? heading + 1 : rows.findIndex((r) => r.figures.size > 0 && EQUITY.test(r.key));
  if (start < 0) return null;
  const lines: UnderstoodRow[] = [];
  let end = start;
  for (; end < rows.length; end++) {
    const r = rows[end];
    if (SECTION_END.test(r.key) || r.role === "section-heading" || r.role === "total") break;
    // A subtotal or balance inside the section is a sum row of its own: not a section of loose lines.
    if (r.role === "subtotal" || r.role === "closing" || r.covers?.length) return null;
    if (!NOT_AMOUNT.has(r.role) && r.figures.size > 0) lines.push(r);
  }
  if (lines.length < 2 || !lines.some((r) => r.concept === "result")) return null;
  const evidence = balanceEvidence(rows, start, end, lines);
  if (evidence === "contradicted") return null;
  for (const r of lines) if (r.concept === "equity") delete r.concept;
  return {
    row: lines[0].row,
    label: lines.map((r) => r.label).join(" + "),
    key: "summa eget kapital",
    role: "subtotal",
    notes: [],
    figures: summedFigures(lines),
    covers: lines.map((r) => r.row),
    coverSigns: lines.map(() => 1),
    coverageSource: "structure",
    concept: "equity",
    bold: false,
    hidden: false,
    derived: evidence,
  };
}

/**
 * What the balance total (total equity and liabilities) says of the section's lines: they
 * are parts when it equals the top-level rows from the section on in every column; the
 * reading is contradicted when it holds only without the lines after "Eget kapital".
 */
function balanceEvidence(rows: UnderstoodRow[], start: number, end: number, lines: UnderstoodRow[]): "label" | "label+arithmetic" | "contradicted" {
  let t = end;
  while (t < rows.length && rows[t].concept !== "total-equity-liabilities" && rows[t].role !== "total") t++;
  if (t >= rows.length) return "label";
  const total = rows[t];
  const covered = new Set<number>();
  for (let j = start; j < t; j++) for (const c of rows[j].covers ?? []) covered.add(c);
  const top = rows.slice(start, t).filter((r) => !NOT_AMOUNT.has(r.role) && r.figures.size > 0 && !covered.has(r.row));
  const ofWhich = EQUITY.test(lines[0].key) ? new Set(lines.slice(1).map((r) => r.row)) : new Set<number>();
  let compared = 0;
  let parts = 0;
  let alone = 0;
  for (const [col, f] of total.figures) {
    const terms = top.map((r) => r.figures.get(col)).filter((x): x is Figure => x !== undefined);
    if (terms.length === 0) continue;
    compared++;
    const tolerance = band([f, ...terms]);
    const sum = round12(terms.reduce((a, x) => a + x.shown, 0));
    const without = round12(sum - top.filter((r) => ofWhich.has(r.row)).reduce((a, r) => a + (r.figures.get(col)?.shown ?? 0), 0));
    if (Math.abs(f.shown - sum) <= tolerance) parts++;
    else if (ofWhich.size > 0 && Math.abs(f.shown - without) <= tolerance) alone++;
  }
  if (compared > 0 && parts === compared) return "label+arithmetic";
  if (compared > 0 && alone === compared) return "contradicted";
  return "label";
}

/** Per column, the sum of the lines' figures: an interval as wide as theirs together. */
function summedFigures(lines: UnderstoodRow[]): Map<number, Figure> {
  const out = new Map<number, Figure>();
  for (const r of lines) {
    for (const [col, f] of r.figures) {
      const s = out.get(col);
      if (!s)
        out.set(col, { row: lines[0].row, col, value: f.value, shown: f.shown, step: f.step, source: "sum", numberFormat: f.numberFormat, percent: false });
      else {
        s.value = round12(s.value + f.value);
        s.shown = round12(s.shown + f.shown);
        s.step = round12(s.step + f.step);
      }
    }
  }
  return out;
}
