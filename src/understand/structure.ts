/**
 * Row roles and coverage: which rows each total, varav parent, result line and closing
 * balance is made of. A SUM (or a+b−c) formula says it when there is one; otherwise the
 * structure does: "Summa X" covers what lies under the heading "X"; a total without such
 * a heading covers the block of items above it, or the subtotals above it; a varav parent
 * covers its "* " children; a result line covers the lines since the previous result; a
 * closing balance covers its opening balance and the movements between.
 */
import { confirmed, established, voteCoverage } from "./coverage-vote";
import { formulaTerms, type FormulaTerm } from "./formula-terms";
import { band, signedSum } from "./interval";
import { balanceSubject, isOpeningKey, roleFromLabel } from "./labels";
import { runningTotalRows } from "./running-totals";
import type { TableKind } from "../model/kinds";
import type { RowRole, UnderstoodRow } from "./types";

const NON_FIGURE: ReadonlySet<RowRole> = new Set(["section-heading", "text", "ratio", "count"]);
const CASH_FLOW_SECTION = /^kassaflöde (för|från) (den )?(löpande|investerings|finansierings)/;
const SUMMING: ReadonlySet<RowRole> = new Set(["subtotal", "total", "varav-parent", "result", "closing"]);

export function assignRoles(rows: UnderstoodRow[]): void {
  for (const r of rows) r.role = roleFromLabel(r.label, r.figures.size > 0);
  for (const r of rows) {
    if (r.figures.size > 0 && r.role !== "ratio" && allPercent(r)) r.role = "ratio";
  }
  for (let i = 0; i < rows.length; i++) {
    const next = rows[i + 1];
    const childFollows = next && next.role === "varav-child" && next.row === rows[i].row + 1;
    if (childFollows && rows[i].role === "item") rows[i].role = "varav-parent";
    if (rows[i].role === "varav-child") {
      const prev = rows[i - 1];
      const attached = prev && (prev.role === "varav-parent" || prev.role === "varav-child") && prev.row === rows[i].row - 1;
      if (!attached) rows[i].role = "item";
    }
  }
}

function allPercent(r: UnderstoodRow): boolean {
  let all = true;
  r.figures.forEach((f) => {
    if (!f.percent) all = false;
  });
  return all;
}

interface Ctx {
  rows: UnderstoodRow[];
  /** Index of the row that covers row i, when one does. */
  coveredBy: (number | undefined)[];
  /** Headings met so far (top-down): key → index of the latest. Keeps "Summa X" lookups O(1). */
  headings: Map<string, number>;
  /** Opening balances met so far ("Ingående …", "… årets början"), indices in order. */
  openings: number[];
}

/** Longest run of items a partial subtotal is tried as the sum of. */
const MAX_PARTIAL_RUN = 40;

/** Longest block an unlabelled row, or another reading of a total, is tried over. */
const MAX_UNLABELLED_BLOCK = 500;

export function assignCoverage(rows: UnderstoodRow[], kind: TableKind): void {
  // In a balance sheet "Årets resultat" is a part of equity, not a result of the lines above it.
  if (kind === "br") for (const r of rows) if (r.role === "result") r.role = "item";
  const ctx: Ctx = { rows, coveredBy: new Array(rows.length), headings: new Map(), openings: [] };
  const indexOfRow = new Map<number, number>();
  rows.forEach((r, i) => indexOfRow.set(r.row, i));
  const resultKeys = new Set<string>();
  const unconfirmed: number[] = [];
  const running = runningTotalRows(rows);

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.role === "section-heading") ctx.headings.set(r.key, i);
    if (isOpeningKey(r.key)) ctx.openings.push(i);
    if (r.figures.size === 0 || NON_FIGURE.has(r.role) || running.has(i)) continue;

    const fromFormula = formulaCoverage(r, indexOfRow, rows[0].row, rows[rows.length - 1].row);
    if (fromFormula) {
      setCovers(ctx, i, fromFormula.indices, fromFormula.signs, "formula");
      if (r.role === "item" && fromFormula.indices.length > 1) r.role = "subtotal";
      if (r.role === "result") resultKeys.add(r.key);
      continue;
    }

    switch (r.role) {
      case "varav-parent": {
        const kids: number[] = [];
        for (let j = i + 1; j < rows.length && rows[j].role === "varav-child" && rows[j].row === rows[j - 1].row + 1; j++) kids.push(j);
        if (kids.length) setCovers(ctx, i, kids, null, "structure");
        else r.role = "item";
        break;
      }
      case "subtotal":
      case "total": {
        const under = headingScope(ctx, i);
        const reading = under ? withoutHiddenIfBetter(ctx, i, under) : blockAbove(ctx, i);
        const covered = confirmedReading(ctx, i, reading);
        if (covered === null) {
          // A line named "Summa …" that adds up under no reading: one booked item, unless no total takes it in.
          r.role = "item";
          r.unconfirmedCovers = reading.map((j) => rows[j].row);
          unconfirmed.push(i);
          break;
        }
        if (covered.length) setCovers(ctx, i, covered, null, "structure");
        break;
      }
      case "result": {
        if (resultKeys.has(r.key)) {
          r.role = "item"; // a result printed a second time: a copy, compared by cross-statement
          break;
        }
        const covered = walkUp(ctx, i, "result");
        const onlyResult = covered.every((j) => rows[j].role === "result" || rows[j].role === "closing");
        if (covered.length === 0 || onlyResult) {
          r.role = "item"; // e.g. "Kassaflöde från investeringsverksamheten" with no detail lines
          break;
        }
        resultKeys.add(r.key);
        setCovers(ctx, i, covered, null, "structure");
        break;
      }
      case "closing": {
        const covered = closingCoverage(ctx, i);
        if (covered.length) setCovers(ctx, i, covered, null, "structure");
        else r.role = "item";
        break;
      }
      case "item":
        // An unlabelled figure row right under labelled lines may be their subtotal (004's budget).
        if (r.label === "" && i > 0 && rows[i - 1].label !== "") unlabelledSubtotal(ctx, i);
        break;
      default:
        break;
    }
  }
  // Taken in by a total the arithmetic confirms: an item after all, and nothing is uncertain.
  for (const i of unconfirmed) if (ctx.coveredBy[i] !== undefined) delete rows[i].unconfirmedCovers;
}

function setCovers(ctx: Ctx, i: number, indices: number[], signs: (1 | -1)[] | null, source: "formula" | "structure"): void {
  const r = ctx.rows[i];
  const order = indices.map((j, k) => ({ j, s: signs ? signs[k] : (1 as const) })).sort((a, b) => a.j - b.j);
  r.covers = order.map((o) => ctx.rows[o.j].row);
  r.coverSigns = order.map((o) => o.s);
  r.coverageSource = source;
  for (const o of order) if (ctx.coveredBy[o.j] === undefined) ctx.coveredBy[o.j] = i;
}

function formulaCoverage(r: UnderstoodRow, indexOfRow: Map<number, number>, first: number, last: number): { indices: number[]; signs: (1 | -1)[] } | null {
  const terms = firstFormulaTerms(r);
  if (!terms) return null;
  const indices: number[] = [];
  const signs: (1 | -1)[] = [];
  for (const t of terms) {
    const j = indexOfRow.get(t.row);
    if (j === undefined) {
      // A blank row inside the table adds nothing; a row outside it is another table's: not understood.
      if (t.row > first && t.row < last) continue;
      return null;
    }
    indices.push(j);
    signs.push(t.sign);
  }
  return indices.length ? { indices, signs } : null;
}

/** Terms of the row's first figure whose formula reads as terms (forEach: no iterator objects on every row). */
function firstFormulaTerms(r: UnderstoodRow): FormulaTerm[] | null {
  let terms: FormulaTerm[] | null = null;
  r.figures.forEach((f) => {
    if (terms === null && f.formula) terms = formulaTerms(f.formula, f.col);
  });
  return terms;
}

/** "Summa X" under a heading "X": the top-level rows between the heading and the total. */
function headingScope(ctx: Ctx, i: number): number[] | null {
  const subject = ctx.rows[i].key.replace(/^(summa|totalt|total|delsumma|s:a)\s+/, "");
  if (!subject || subject === ctx.rows[i].key) return null;
  const h = ctx.headings.get(subject);
  return h === undefined ? null : topLevel(ctx, h + 1, i);
}

function topLevel(ctx: Ctx, from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = from; j < to; j++) {
    const r = ctx.rows[j];
    if (NON_FIGURE.has(r.role) || r.role === "varav-child" || r.figures.size === 0) continue;
    const by = ctx.coveredBy[j];
    if (by !== undefined && by >= from && by < to) continue;
    out.push(j);
  }
  return out;
}

/**
 * Walks up from row i collecting the rows it adds up. For a total: either a block of
 * items (stops at a heading, a blank row or a previous total) or, when subtotals sit
 * right above, those subtotals (jumping over the rows each covers and its heading).
 * For a result: items and totals back to the previous result line, which is included.
 */
function walkUp(ctx: Ctx, i: number, mode: "total" | "result", crossBlanks = false, maxRows = Infinity): number[] {
  const rows = ctx.rows;
  const out: number[] = [];
  const floor = i - maxRows;
  let items = false;
  let totals = false;
  const sectionResult = CASH_FLOW_SECTION.test(rows[i].key);
  let j = i - 1;
  while (j >= 0 && j >= floor) {
    if (rows[j + 1].row - rows[j].row > 1 && out.length > 0 && !crossBlanks) break; // a blank row closes the block
    const r = rows[j];
    // "* " children are inside their parent; ratios and head counts are never amounts of a block.
    if (r.role === "varav-child" || r.role === "ratio" || r.role === "count") {
      j--;
      continue;
    }
    if (NON_FIGURE.has(r.role) || r.figures.size === 0) break;
    const summing = SUMMING.has(r.role) && r.role !== "varav-parent" && r.covers !== undefined;
    if (mode === "result" && CASH_FLOW_SECTION.test(r.key)) {
      // Cash-flow sections (löpande, investerings, finansierings) are siblings, not a chain …
      if (sectionResult) break;
      // … and årets kassaflöde adds them all up.
      if (r.role === "result" && r.covers) {
        out.push(j);
        j = spanStart(rows, j) - 1;
        if (j >= 0 && rows[j].role === "section-heading" && rows[j + 1].row - rows[j].row === 1) j--;
        continue;
      }
    }
    if (mode === "result" && r.role === "result") {
      out.push(j);
      break;
    }
    if (summing) {
      if (mode === "total" && items) break;
      out.push(j);
      totals = true;
      j = spanStart(rows, j) - 1;
      if (j >= 0 && rows[j].role === "section-heading" && rows[j + 1].row - rows[j].row === 1) j--;
      continue;
    }
    if (mode === "total" && totals) break;
    out.push(j);
    items = true;
    j--;
  }
  return out;
}

/** Index of the first row in the block row j sums, following nested totals down to their items. */
function spanStart(rows: UnderstoodRow[], j: number): number {
  let start = j;
  const covers = rows[j].covers;
  if (!covers || covers.length === 0) return start;
  const firstRow = covers[0];
  for (let k = j - 1; k >= 0 && rows[k].row >= firstRow; k--) {
    if (rows[k].row === firstRow) {
      start = rows[k].covers && k < j ? Math.min(k, spanStart(rows, k)) : k;
      break;
    }
  }
  return start;
}

/** A closing balance: its opening balance and the movements between, or the closing balances it nets. */
function closingCoverage(ctx: Ctx, i: number): number[] {
  const rows = ctx.rows;
  const subject = balanceSubject(rows[i].key);
  for (let k = ctx.openings.length - 1; k >= 0; k--) {
    const o = ctx.openings[k];
    if (o >= i || !sameSubject(balanceSubject(rows[o].key), subject)) continue;
    if (o === i - 1) {
      // Opening right above the closing: the movement is the result line above the opening.
      for (let m = o - 1; m >= 0; m--) {
        const mr = rows[m];
        if (mr.role === "result" || mr.role === "subtotal" || mr.role === "total" || mr.role === "item") return [m, o];
      }
      return [];
    }
    return topLevel(ctx, o, i);
  }
  return walkUp(ctx, i, "total").filter((j) => rows[j].role === "closing" || rows[j].covers !== undefined);
}

function sameSubject(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const lastA = a.split(" ").pop();
  return lastA !== undefined && lastA.length > 4 && lastA === b.split(" ").pop();
}

/** Columns where row i is (within its band plus `slack`) the sum of `covered`, of those where both have figures. */
function fit(ctx: Ctx, i: number, covered: number[], slack = 2): { matches: number; compared: number } {
  let matches = 0;
  let compared = 0;
  for (const [col, total] of ctx.rows[i].figures) {
    if (total.percent) continue; // a share column is no witness of what a total adds up
    const terms = covered.map((j) => ctx.rows[j].figures.get(col)).filter((f) => f !== undefined);
    if (terms.length === 0) continue;
    compared++;
    const sum = signedSum(terms.map((figure) => ({ figure: figure!, sign: 1 })));
    if (Math.abs(total.shown - sum) <= band([total, ...terms.map((t) => t!)]) + slack) matches++;
  }
  return { matches, compared };
}

/**
 * The block a total without a heading sums. A blank row normally closes a block; when
 * the total only adds up with the items above the blank as well (spacing inside a
 * block), those are taken too; when it only adds up without the block's hidden rows
 * (helper rows), those are left out.
 */
function blockAbove(ctx: Ctx, i: number): number[] {
  const strict = walkUp(ctx, i, "total");
  const candidates = [strict, walkUp(ctx, i, "total", true), withoutHiddenIfBetter(ctx, i, strict)];
  let best = strict;
  let bestFit = fit(ctx, i, strict).matches;
  for (const c of candidates.slice(1)) {
    if (c.length === 0 || c.length === best.length) continue;
    const f = fit(ctx, i, c).matches;
    if (f > bestFit) {
      best = c;
      bestFit = f;
    }
  }
  return best;
}

/** Hidden helper rows are left out when the total only adds up without them. */
function withoutHiddenIfBetter(ctx: Ctx, i: number, covered: number[]): number[] {
  if (!covered.some((j) => ctx.rows[j].hidden)) return covered;
  const visible = covered.filter((j) => !ctx.rows[j].hidden);
  return visible.length > 0 && fit(ctx, i, visible).matches > fit(ctx, i, covered).matches ? visible : covered;
}

/** An unlabelled figure row under a block of items is a subtotal when it adds up (in most columns). */
function unlabelledSubtotal(ctx: Ctx, i: number): void {
  const r = ctx.rows[i];
  const block = walkUp(ctx, i, "total", false, MAX_UNLABELLED_BLOCK);
  // The whole block, else the last few items of it (the municipalities' sum under the state and the region).
  for (const covered of [block, ...nearestRuns(ctx, block)]) {
    if (covered.length < 2) return;
    const { matches, compared } = fit(ctx, i, covered, 0);
    if (compared > 0 && matches * 2 >= compared) {
      r.role = "subtotal";
      setCovers(ctx, i, covered, null, "structure");
      return;
    }
  }
}

/**
 * Coverage by hypotheses the columns vote on (shared/design/UNDERSTANDING.md §3). The label's
 * reading stands when the arithmetic of the row's columns confirms it (it holds in at least one
 * column with figures and in no fewer columns than it fails), or when nothing contradicts it
 * (nothing to compare). Otherwise the other readings the layout allows are tried — the items
 * since the last heading, all top-level rows since the section began (section totals and loose
 * lines), the items across blank rows, the last few items only (a partial subtotal) — and the
 * first one confirmed is the structure. When
 * none is, the row is an item named like a total ("Summa kansli och styrelse" booked as one
 * line): null. With one column (one witness), a reading whose difference a diagnosis explains
 * is kept, so that a real error in a one-column table is still judged.
 */
function confirmedReading(ctx: Ctx, i: number, reading: number[]): number[] | null {
  const vote = (covered: number[]) =>
    voteCoverage(
      ctx.rows[i],
      covered.map((j) => ctx.rows[j]),
    );
  const first = vote(reading);
  if (first.compared === 0 || confirmed(first)) return reading;
  const seen = new Set([reading.join(",")]);
  const items = walkUp(ctx, i, "total");
  for (const alt of [items, walkUpSection(ctx, i), walkUp(ctx, i, "total", true), ...nearestRuns(ctx, items)]) {
    const key = alt.join(",");
    if (alt.length === 0 || seen.has(key)) continue;
    seen.add(key);
    if (confirmed(vote(alt))) return alt;
  }
  return established(first) ? reading : null;
}

/**
 * The partial subtotals a block allows: the last k items right above the total, longest first
 * ("S:a kommuner" under the state, the region and the municipalities sums the municipalities).
 * `block` is the items block nearest first, as walkUp returns it.
 */
function nearestRuns(ctx: Ctx, block: number[]): number[][] {
  const out: number[][] = [];
  if (block.some((j) => ctx.rows[j].covers !== undefined)) return out;
  for (let k = Math.min(block.length - 1, MAX_PARTIAL_RUN); k >= 2; k--) out.push(block.slice(0, k));
  return out;
}

/**
 * All top-level rows from the start of the section to row i: section totals (jumping over what
 * each covers) and loose lines, across headings and blank rows; stops at a result line or a
 * text row. The reading of a "Totalt" over section totals and lines of its own.
 */
function walkUpSection(ctx: Ctx, i: number): number[] {
  const rows = ctx.rows;
  const out: number[] = [];
  let j = i - 1;
  while (j >= 0 && j >= i - MAX_UNLABELLED_BLOCK) {
    const r = rows[j];
    if (r.role === "varav-child" || r.role === "ratio" || r.role === "count" || r.role === "section-heading") {
      j--;
      continue;
    }
    if (r.role === "text" || r.role === "result" || r.figures.size === 0) break;
    out.push(j);
    j = SUMMING.has(r.role) && r.role !== "varav-parent" && r.covers !== undefined ? spanStart(rows, j) - 1 : j - 1;
  }
  return out;
}
