/**
 * Units from the rest of the workbook (UNDERSTANDING.md §2). A table that states no unit and
 * whose number formats name none is read in kronor by default; when the lines it shares
 * with tables of a known unit (same concept, same year and kind of column) equal theirs only
 * when read in tkr (or mnkr), it is in that unit: its unit becomes what the magnitudes show.
 */
import type { ColumnBasis, Figure, TableKind, UnderstoodTable, Unit } from "./types";

const KRONOR: Partial<Record<Unit, number>> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };
const CANDIDATES: Unit[] = ["tkr", "mnkr"];
const PLAN: ReadonlySet<ColumnBasis> = new Set(["budget", "prognos", "plan"]);

/** Independent witnesses needed before a default unit is replaced. */
const MIN_MATCHES = 2;

interface Slot {
  table: UnderstoodTable;
  figure: Figure;
}

function slotKey(kind: TableKind, concept: string, basis: ColumnBasis, year: number): string {
  return `${concept}|${kind === "budget" || PLAN.has(basis) ? "plan" : "actual"}|${year}`;
}

function slots(table: UnderstoodTable, visit: (key: string, figure: Figure) => void): void {
  for (const row of table.rows) {
    if (!row.concept || row.role === "ratio" || row.role === "count") continue;
    for (const column of table.columns) {
      if (column.year === null || column.basis === "difference") continue;
      const figure = row.figures.get(column.col);
      if (figure && !figure.percent && figure.shown !== 0) visit(slotKey(table.kind, row.concept, column.basis, column.year), figure);
    }
  }
}

function matches(ours: Figure, ourKronor: number, theirs: Slot): boolean {
  const k = KRONOR[theirs.table.unit]!;
  const band = (ours.step * ourKronor + theirs.figure.step * k) / 2;
  return Math.abs(Math.abs(ours.shown) * ourKronor - Math.abs(theirs.figure.shown) * k) <= band + 1e-9;
}

export function unitsFromWorkbook(tables: readonly UnderstoodTable[]): void {
  const known = new Map<string, Slot[]>();
  for (const table of tables) {
    if (table.unitSource === "default" || KRONOR[table.unit] === undefined) continue;
    slots(table, (key, figure) => {
      const list = known.get(key);
      if (list) list.push({ table, figure });
      else known.set(key, [{ table, figure }]);
    });
  }
  if (known.size === 0) return;
  for (const table of tables) {
    if (table.unitSource !== "default" || table.unit !== "kr") continue;
    let compared = 0;
    let asKronor = 0;
    const asUnit = new Map<Unit, number>();
    slots(table, (key, figure) => {
      const others = known.get(key);
      if (!others) return;
      compared++;
      if (others.some((o) => matches(figure, 1, o))) asKronor++;
      for (const u of CANDIDATES) if (others.some((o) => matches(figure, KRONOR[u]!, o))) asUnit.set(u, (asUnit.get(u) ?? 0) + 1);
    });
    if (asKronor > 0) continue;
    for (const u of CANDIDATES) {
      const n = asUnit.get(u) ?? 0;
      if (n >= MIN_MATCHES && n * 2 > compared) {
        table.unit = u;
        table.unitSource = "magnitude";
        break;
      }
    }
  }
}

/**
 * How many of a table's concept figures, read in `unit`, equal the same concept, year and kind
 * of column in another table whose unit is known (stated and not contradicted, or from its
 * number formats): the workbook's witnesses for that reading of the table's unit.
 */
export function unitWitnesses(tables: readonly UnderstoodTable[], table: UnderstoodTable, unit: Unit): number {
  const kronor = KRONOR[unit];
  if (kronor === undefined) return 0;
  const known = new Map<string, Slot[]>();
  for (const other of tables) {
    if (other === table || other.unitSource === "default" || other.statedUnit !== undefined || KRONOR[other.unit] === undefined) continue;
    slots(other, (key, figure) => {
      const list = known.get(key);
      if (list) list.push({ table: other, figure });
      else known.set(key, [{ table: other, figure }]);
    });
  }
  let n = 0;
  slots(table, (key, figure) => {
    if (known.get(key)?.some((o) => matches(figure, kronor, o))) n++;
  });
  return n;
}
