/**
 * cross-statement: a figure said twice must be the same.
 * - Statement lines (årets resultat, intäkter, kostnader, eget kapital) of the same year
 *   in RR, BR, KF, notes, the budget/utfall table and the 5-årsöversikt. Signs may
 *   differ by convention (costs negative in RR, positive elsewhere): magnitudes are compared.
 *   The statement is the reference; the other table is reported.
 * - The same budget line (same label, same year) in two tables with two values.
 *   A nettoredovisad and a bruttoredovisad budget legitimately differ on project lines
 *   and their totals; between such a pair only lines outside the totals are compared.
 */
import type { Finding } from "../findings/finding";
import type { UnderstoodRow, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import type { Check } from "./check";
import { judge, relationFinding } from "./relation";
import { actualFacts, columnTitle, inUnitOf, planBasis, rowTitle, rowTitleEn, type Fact } from "./table-lookup";

const CONCEPTS = ["result", "revenue", "operating-costs", "equity", "net-cost", "result-after-financial"];
const AUTHORITY: Record<string, number> = { rr: 0, br: 1, kf: 2, note: 3, "budget-utfall": 4, driftsredovisning: 5, "five-year": 6 };

function authority(t: UnderstoodTable): number {
  return AUTHORITY[t.kind] ?? 9;
}

function magnitude(f: { shown: number; step: number }, reference: number): { shown: number; step: number } {
  return Math.sign(f.shown) !== Math.sign(reference) && f.shown !== 0 ? { shown: -f.shown, step: f.step } : f;
}

function compareFacts(facts: Fact[], out: Finding[]): void {
  const byYear = new Map<number, Fact[]>();
  for (const f of facts) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f]);
  for (const [year, group] of byYear) {
    const sorted = [...group].sort((a, b) => authority(a.table) - authority(b.table));
    const ref = sorted[0];
    for (const other of sorted.slice(1)) {
      if (other.table === ref.table) continue;
      const refFigure = magnitude(inUnitOf(ref.figure, ref.table, other.table), other.figure.shown);
      const verdict = judge(other.figure, [{ figure: refFigure, sign: 1 }]);
      if (!verdict) continue;
      out.push(
        relationFinding(
          "cross-statement",
          other.table.sheet,
          [
            { sheet: other.table.sheet, row: other.row.row, col: other.figure.col },
            { sheet: ref.table.sheet, row: ref.row.row, col: ref.figure.col },
          ],
          verdict,
          {
            sv: `${rowTitle(other.row)} ${year} skiljer sig från ${rowTitle(ref.row)} i ${ref.table.sheet}.`,
            en: `${rowTitleEn(other.row)} ${year} differs from ${rowTitleEn(ref.row)} in ${ref.table.sheet}.`,
          },
          other.figure.step,
        ),
      );
    }
  }
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

function samePlanLine(u: UnderstoodWorkbook, out: Finding[]): void {
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
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
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
        const verdict = judge(b, [{ figure: inUnitOf(a, first.table, other.table), sign: 1 }]);
        if (!verdict) continue;
        out.push(
          relationFinding(
            "cross-statement",
            other.table.sheet,
            [
              { sheet: other.table.sheet, row: other.row.row, col },
              { sheet: first.table.sheet, row: first.row.row, col: firstCol! },
            ],
            verdict,
            {
              sv: `${rowTitle(other.row)} (${columnTitle(other.table, col)}) har ett annat värde än samma post i ${first.table.sheet} (${columnTitle(first.table, firstCol!)}).`,
              en: `${rowTitleEn(other.row)} (${columnTitle(other.table, col)}) has another value than the same line in ${first.table.sheet} (${columnTitle(first.table, firstCol!)}).`,
            },
            b.step,
          ),
        );
      }
    }
  }
}

export const crossStatementCheck: Check = {
  id: "cross-statement",
  title: { sv: "Samma tal på flera ställen", en: "Same figure in several places" },
  basis: "cross-reference",
  run(u) {
    const out: Finding[] = [];
    for (const concept of CONCEPTS) compareFacts(actualFacts(u, concept), out);
    samePlanLine(u, out);
    return out;
  },
};
