/**
 * cross-statement: a figure said twice must be the same.
 * - Statement lines (årets resultat, intäkter, kostnader, eget kapital) of the same year
 *   in RR, BR, KF, notes, the budget/utfall table and the 5-årsöversikt. Signs may
 *   differ by convention (costs negative in RR, positive elsewhere): magnitudes are compared.
 *   The statement is the reference; the other table is reported. Budget and prognos
 *   figures of such a concept are compared the same way, basis and year alike.
 * - The same budget line (same label, same year) in two tables with two values.
 *   A nettoredovisad and a bruttoredovisad budget legitimately differ on project lines
 *   and their totals; between such a pair only lines outside the totals are compared.
 */
import type { UnderstoodColumn, UnderstoodRow, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { defineCheck, type CheckContext } from "./check";
import { judge } from "./support/relation";
import { withRoundingOfItems } from "./support/rounded-total";
import { actualFacts, columnTitle, figureCells, inUnitOf, planBasis, planFacts, rowName, unitFactor, type Fact } from "./support/table-lookup";

const CONCEPTS = ["result", "revenue", "operating-costs", "equity", "net-cost", "result-after-financial"];
const AUTHORITY: Record<string, number> = { rr: 0, br: 1, kf: 2, note: 3, "budget-utfall": 4, driftsredovisning: 5, "five-year": 6 };

function authority(t: UnderstoodTable): number {
  return AUTHORITY[t.kind] ?? 9;
}

function magnitude(f: { shown: number; step: number }, reference: number): { shown: number; step: number } {
  return Math.sign(f.shown) !== Math.sign(reference) && f.shown !== 0 ? { shown: -f.shown, step: f.step } : f;
}

/** Compares the facts of one concept that share a slot (a year; for plans basis and year) against the most authoritative; `when` is how the slot reads in a message. */
function compareFacts(facts: Fact[], slot: (f: Fact) => string, when: (f: Fact) => string, ctx: CrossContext, skip?: (a: Fact, b: Fact) => boolean): void {
  const bySlot = new Map<string, Fact[]>();
  for (const f of facts) bySlot.set(slot(f), [...(bySlot.get(slot(f)) ?? []), f]);
  for (const group of bySlot.values()) {
    const sorted = [...group].sort((a, b) => authority(a.table) - authority(b.table));
    const ref = sorted[0];
    for (const other of sorted.slice(1)) {
      if (other.table === ref.table || skip?.(ref, other)) continue;
      const year = when(other);
      const refFigure = magnitude(inUnitOf(withRoundingOfItems(ref.table, ref.row, ref.figure), ref.table, other.table), other.figure.shown);
      const verdict = judge(withRoundingOfItems(other.table, other.row, other.figure), [{ figure: refFigure, sign: 1 }], unitFactor(other.table));
      if (!verdict) continue;
      // A line summed from loose lines that no balance total confirms is too weak a structure for an error.
      const weak = (ref.row.derived === "label" || other.row.derived === "label") && verdict.severity === "error";
      ctx.report({
        messageId: "differs",
        data: { row: rowName(other.table, other.row), when: year, reference: rowName(ref.table, ref.row), sheet: ref.table.sheet },
        at: other.table,
        cells: [...figureCells(other.table, other.row, other.figure.col), ...figureCells(ref.table, ref.row, ref.figure.col)],
        verdict: weak ? { ...verdict, severity: "warning" } : verdict,
        step: Math.min(other.figure.step, refFigure.step),
      });
    }
  }
}

function column(f: Fact): UnderstoodColumn {
  return f.table.columns.find((c) => c.col === f.figure.col)!;
}

function isNettoBruttoPair(a: UnderstoodTable, b: UnderstoodTable): boolean {
  const t = (x: UnderstoodTable) => (x.title ?? "").toLowerCase() + " " + x.sheet.toLowerCase();
  return (/netto/.test(t(a)) && /brutto/.test(t(b))) || (/brutto/.test(t(a)) && /netto/.test(t(b)));
}

const COVERED = new WeakMap<UnderstoodTable, Set<number>>();

function insideTotals(table: UnderstoodTable, row: UnderstoodRow): boolean {
  if (row.covers?.length) return true;
  let covered = COVERED.get(table);
  if (!covered) {
    covered = new Set(table.rows.flatMap((r) => r.covers ?? []));
    COVERED.set(table, covered);
  }
  return covered.has(row.row);
}

const GENERIC = /^(summa|totalt?|total budget|)$/;

interface PlanLine {
  table: UnderstoodTable;
  row: UnderstoodRow;
}

/** Plan columns of a table: "budget|2023" → column. */
function planColumns(table: UnderstoodTable): Map<string, number> {
  const m = new Map<string, number>();
  for (const column of table.columns) {
    const basis = planBasis(table, column);
    if (basis && column.year !== null && !m.has(`${basis}|${column.year}`)) m.set(`${basis}|${column.year}`, column.col);
  }
  return m;
}

function byReference(a: PlanLine, b: PlanLine): number {
  const netto = (x: PlanLine) => (/brutto/.test(`${x.table.title ?? ""} ${x.table.sheet}`.toLowerCase()) ? 1 : 0);
  const title = (x: PlanLine) => (x.table.title ?? x.table.sheet).toLowerCase();
  return authority(a.table) - authority(b.table) || netto(a) - netto(b) || title(a).localeCompare(title(b), "sv") || a.row.row - b.row.row;
}

function samePlanLine(u: UnderstoodWorkbook, ctx: CrossContext): void {
  // Group lines by label first (linear), then compare columns only within groups.
  const columnsOf = new Map<UnderstoodTable, Map<string, number>>();
  const byLabel = new Map<string, PlanLine[]>();
  for (const table of u.tables) {
    const cols = planColumns(table);
    if (cols.size === 0) continue;
    columnsOf.set(table, cols);
    for (const row of table.rows) {
      if (GENERIC.test(row.key) || row.role === "ratio" || row.role === "count" || row.figures.size === 0) continue;
      const list = byLabel.get(row.key);
      if (list) list.push({ table, row });
      else byLabel.set(row.key, [{ table, row }]);
    }
  }
  for (const unordered of byLabel.values()) {
    if (unordered.length < 2) continue;
    // The reference is chosen by what the tables are, not where they stand: the statement before a plan, netto before brutto, then by title.
    const group = [...unordered].sort(byReference);
    const first = group[0];
    for (const other of group.slice(1)) {
      // Within one table a label can recur in another block ("Försäljning"); only a repeated result is a copy.
      if (other.table === first.table && !/resultat/.test(other.row.key)) continue;
      if (other.table !== first.table && isNettoBruttoPair(first.table, other.table)) {
        if (insideTotals(first.table, first.row) || insideTotals(other.table, other.row)) continue;
      }
      const firstCols = columnsOf.get(first.table)!;
      for (const [basisYear, col] of columnsOf.get(other.table)!) {
        const firstCol = firstCols.get(basisYear);
        const a = firstCol === undefined ? undefined : first.row.figures.get(firstCol);
        const b = other.row.figures.get(col);
        if (!a || !b) continue;
        const scaled = inUnitOf(withRoundingOfItems(first.table, first.row, a), first.table, other.table);
        const verdict = judge(withRoundingOfItems(other.table, other.row, b), [{ figure: scaled, sign: 1 }], unitFactor(other.table));
        if (!verdict) continue;
        ctx.report({
          messageId: "samePlanLine",
          data: {
            row: rowName(other.table, other.row),
            column: columnTitle(other.table, col),
            sheet: first.table.sheet,
            referenceColumn: columnTitle(first.table, firstCol!),
          },
          at: other.table,
          cells: [
            { sheet: other.table.sheet, row: other.row.row, col },
            { sheet: first.table.sheet, row: first.row.row, col: firstCol! },
          ],
          verdict,
          step: Math.min(b.step, scaled.step),
        });
      }
    }
  }
}

export const crossStatementCheck = defineCheck({
  meta: {
    id: "cross-statement",
    title: { sv: "Samma tal på flera ställen", en: "Same figure in several places" },
    basis: "cross-reference",
    compares: {
      sv: "Samma post samma år i två tabeller (RR, BR, KF, noter, budget/utfall, 5-årsöversikt; räkningen är referensen), och samma budgetrad (samma etikett och år) i två tabeller.",
      en: "The same item of the same year in two tables (income statement, balance sheet, cash flow, notes, budget/outcome, 5-year overview; the statement is the reference), and the same budget line (same label and year) in two tables.",
    },
    kinds: "any",
    concepts: CONCEPTS,
    messages: {
      differs: { sv: "{row} {when} skiljer sig från {reference} i {sheet}.", en: "{row} {when} differs from {reference} in {sheet}." },
      samePlanLine: {
        sv: "{row} ({column}) har ett annat värde än samma post i {sheet} ({referenceColumn}).",
        en: "{row} ({column}) has another value than the same line in {sheet} ({referenceColumn}).",
      },
    },
  },
  run(u, ctx) {
    for (const concept of CONCEPTS) {
      compareFacts(
        actualFacts(u, concept),
        (f) => String(f.year),
        (f) => String(f.year),
        ctx,
      );
      // Plans too: a budget total stated in two tables under two wordings of one concept ("Verksamhetens kostnader",
      // "Summa verksamhetens kostnader"); the same wording is compared line by line below.
      compareFacts(
        planFacts(u, concept),
        (f) => `${planBasis(f.table, column(f))}|${f.year}`,
        (f) => `(${columnTitle(f.table, f.figure.col)})`,
        ctx,
        (a, b) => a.row.key === b.row.key,
      );
    }
    samePlanLine(u, ctx);
  },
});

type CrossContext = CheckContext<keyof typeof crossStatementCheck.meta.messages>;
