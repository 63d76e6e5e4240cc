/**
 * Which line of one table is which line of another (in another workbook): by concept
 * (unique in both), by the same label (the k-th "Försäljning" with the k-th), by the same
 * lines covered (an unlabelled subtotal of Kansli + Styrelse is "Summa kansli och
 * styrelse"), and last by a loose label ("Information" / "Informationsinsatser",
 * "Verktyg (Insurvey)" / "Verktyg") when exactly one line on each side fits.
 * A loose match is evidence for a warning, never for an error.
 */
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";

export type MatchStrength = "firm" | "loose";

export interface LineMatch {
  a: UnderstoodRow;
  b: UnderstoodRow;
  strength: MatchStrength;
}

export interface LineMatching {
  matches: LineMatch[];
  /** Figure lines of `a` no line of `b` matched, and the other way round. */
  onlyA: UnderstoodRow[];
  onlyB: UnderstoodRow[];
}

function figureLines(t: UnderstoodTable): UnderstoodRow[] {
  return t.rows.filter((r) => r.figures.size > 0 && r.role !== "section-heading" && r.role !== "text");
}

function looseWords(key: string): string[] {
  return key
    .replace(/\([^)]*\)/g, " ")
    .replace(/^summa\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/** Same words, each equal or one an abbreviation (prefix of at least 3 letters) of the other. */
function looseLabelsMatch(a: string, b: string): boolean {
  const x = looseWords(a);
  const y = looseWords(b);
  if (x.length === 0 || x.length !== y.length) return false;
  return x.every((w, i) => w === y[i] || (Math.min(w.length, y[i].length) >= 3 && (w.startsWith(y[i]) || y[i].startsWith(w))));
}

/** The item lines a subtotal adds up, recursively (an item is its own leaf). */
export function leafLines(table: UnderstoodTable, row: UnderstoodRow): UnderstoodRow[] {
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  const seen = new Set<number>();
  const walk = (r: UnderstoodRow): UnderstoodRow[] => {
    if (!r.covers?.length || seen.has(r.row)) return [r];
    seen.add(r.row);
    return r.covers.flatMap((c) => {
      const covered = byRow.get(c);
      return covered ? walk(covered) : [];
    });
  };
  return walk(row);
}

export function matchLines(ta: UnderstoodTable, tb: UnderstoodTable): LineMatching {
  const restA = new Set(figureLines(ta));
  const restB = new Set(figureLines(tb));
  const matches: LineMatch[] = [];
  const take = (a: UnderstoodRow, b: UnderstoodRow, strength: MatchStrength) => {
    matches.push({ a, b, strength });
    restA.delete(a);
    restB.delete(b);
  };

  // 1. Concept, when it names one line on each side.
  const byConcept = (rows: Set<UnderstoodRow>) => {
    const m = new Map<string, UnderstoodRow[]>();
    for (const r of rows) if (r.concept) m.set(r.concept, [...(m.get(r.concept) ?? []), r]);
    return m;
  };
  const conceptsB = byConcept(restB);
  for (const [concept, as] of byConcept(restA)) {
    const bs = conceptsB.get(concept);
    if (as.length === 1 && bs?.length === 1) take(as[0], bs[0], "firm");
  }

  // 2. The same label, occurrence by occurrence when both sides have it as often.
  const byKey = (rows: Set<UnderstoodRow>) => {
    const m = new Map<string, UnderstoodRow[]>();
    for (const r of rows) if (r.key) m.set(r.key, [...(m.get(r.key) ?? []), r]);
    return m;
  };
  const keysB = byKey(restB);
  for (const [key, as] of byKey(restA)) {
    const bs = keysB.get(key);
    if (bs && bs.length === as.length) as.forEach((a, i) => take(a, bs[i], "firm"));
  }

  // 3. A loose label, when exactly one line on each side fits.
  for (const a of [...restA]) {
    if (!a.key) continue;
    const bs = [...restB].filter((b) => b.key && looseLabelsMatch(a.key, b.key));
    if (bs.length !== 1) continue;
    const as = [...restA].filter((x) => x.key && looseLabelsMatch(x.key, bs[0].key));
    if (as.length === 1) take(a, bs[0], "loose");
  }

  // 4. Subtotals and totals by the lines they cover (firm when every covered line matched firmly).
  const leafMatch = new Map(matches.filter((m) => !m.a.covers?.length).map((m) => [m.a, m]));
  const bByLeaves = new Map<string, UnderstoodRow>();
  for (const b of restB) {
    if (!b.covers?.length) continue;
    const k = leafLines(tb, b)
      .map((r) => r.row)
      .sort((x, y) => x - y)
      .join(",");
    if (!bByLeaves.has(k)) bByLeaves.set(k, b);
  }
  for (const a of [...restA]) {
    if (!a.covers?.length) continue;
    const mapped = leafLines(ta, a).map((r) => leafMatch.get(r));
    if (mapped.length === 0 || mapped.some((m) => !m)) continue;
    const b = bByLeaves.get(
      mapped
        .map((m) => m!.b.row)
        .sort((x, y) => x - y)
        .join(","),
    );
    if (b && restB.has(b)) take(a, b, mapped.every((m) => m!.strength === "firm") ? "firm" : "loose");
  }

  const order = (x: LineMatch, y: LineMatch) => x.a.row - y.a.row;
  return { matches: matches.sort(order), onlyA: [...restA], onlyB: [...restB] };
}
