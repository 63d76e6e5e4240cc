/**
 * The workbook under construction: cells written at absolute positions, the figure info of each
 * value cell, what each value cell is (table, row, figure, column), the formulas in the order they
 * were written (a valid evaluation order: items precede their totals), and the relations recorded.
 */
import { Cell, MergedRange, Sheet, Workbook, a1 } from "../../../src/model/grid";
import { evaluateFormula } from "./formula";
import { CellKey, FigureInfo, Relation, cellKey } from "./ground-truth";

export type CellRole = "item" | "total" | "derived" | "percent" | "count";

export interface CellMeta {
  table: string;
  rowId: string;
  figure?: string;
  /** Measure key of the figure ("U2023", "B2024"). */
  measure: string;
  role: CellRole;
  /** The table sits on a kr scale (1) or tkr (1000). */
  scale: number;
  /** Shown step in the table's unit (1 or 0.1). */
  step: number;
}

export interface TableRecord {
  id: string;
  sheet: string;
  /** The table's cells, 0-based and inclusive. */
  range: MergedRange;
  scale: number;
  /** The cell whose text states the unit, when there is one (unit line, header cell, title). */
  unitCell?: CellKey;
  valueCells: CellKey[];
}

type WithoutId<T> = T extends { id: number } ? Omit<T, "id"> : never;

export class Canvas {
  readonly sheets: Sheet[] = [];
  readonly figures: Record<CellKey, FigureInfo> = {};
  readonly meta = new Map<CellKey, CellMeta>();
  readonly formulas: { sheet: Sheet; row: number; col: number }[] = [];
  readonly relations: Relation[] = [];
  readonly tables: TableRecord[] = [];

  sheet(name: string): Sheet {
    let s = this.sheets.find((x) => x.name === name);
    if (!s) {
      s = { name, rows: [] };
      this.sheets.push(s);
    }
    return s;
  }

  set(sheet: Sheet, row: number, col: number, cell: Cell): CellKey {
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const r = sheet.rows[row];
    while (r.length < col) r.push(undefined);
    r[col] = cell;
    return cellKey(sheet.name, a1(row, col));
  }

  /** Writes a formula cell with its cached value computed from the cells already written. */
  setFormula(sheet: Sheet, row: number, col: number, formula: string, cell: Omit<Cell, "value" | "formula">): CellKey {
    const key = this.set(sheet, row, col, { ...cell, value: evaluateFormula(sheet, formula), formula });
    this.formulas.push({ sheet, row, col });
    return key;
  }

  merge(sheet: Sheet, range: MergedRange): void {
    (sheet.merged ??= []).push(range);
  }

  relate(rel: WithoutId<Relation>): number {
    const id = this.relations.length;
    this.relations.push({ ...rel, id } as Relation);
    return id;
  }

  workbook(name: string): Workbook {
    for (const s of this.sheets) for (let r = 0; r < s.rows.length; r++) s.rows[r] ??= [];
    return { name, sheets: this.sheets };
  }
}
