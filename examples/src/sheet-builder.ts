/**
 * Builds a grid sheet row by row, the way an economist lays a report out: title,
 * unit line, header row, label column, value columns. Totals can be typed constants
 * or formulas; a formula's cached value is the printed figure, and the builder refuses
 * a formula whose printed figure is not what the formula computes (Excel would show
 * something else on recalculation).
 */
import { Cell, MergedRange, Sheet, columnLetters } from "../../src/model/grid";

export const KR = "#,##0";
export const PERCENT = "0%";
export const YEAR = "0";
export const DATE = "yyyy-mm-dd";

/** A value column cell: a number, a text as printed, or null for an empty cell. */
export type Value = number | string | null;

export interface RowOptions {
  bold?: boolean;
  /** Number format for the numbers of this row (default "#,##0"). */
  format?: string;
}

/** One term of a formula total: a row (0-based) added or subtracted, in the same column. */
export interface Term {
  row: number;
  sign: 1 | -1;
}

export class SheetBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly merged: MergedRange[] = [];
  /** Formula cells to verify once every row exists ("…, varav" parents precede their children). */
  private readonly formulas: { row: number; col: number; printed: number; terms: Term[] }[] = [];

  constructor(
    private readonly name: string,
    /** 0-based column of the first value column (1 = B; 2 = C when a "Not" column sits in B). */
    private readonly firstValueCol: number,
  ) {}

  /** 0-based index of the row the next call writes. */
  get next(): number {
    return this.rows.length;
  }

  /** A bold title; `span` > 1 merges it across that many columns, as titles often are. */
  title(text: string, span = 1): number {
    const row = this.push([{ value: text, bold: true }]);
    if (span > 1) this.merged.push({ top: row, left: 0, bottom: row, right: span - 1 });
    return row;
  }

  text(text: string): number {
    return this.push([{ value: text }]);
  }

  blank(): number {
    return this.push([]);
  }

  /** Header row: texts, and numbers (years) or dates with the given format. */
  header(cells: Value[], numberFormat = YEAR): number {
    return this.push(cells.map((v) => headerCell(v, numberFormat)));
  }

  /** A row of label (and "Not" reference, when the sheet has that column) followed by values. */
  row(lead: Value[], values: Value[], opts: RowOptions = {}): number {
    const cells: (Cell | undefined)[] = lead.map((v) => textCell(v, opts.bold));
    while (cells.length < this.firstValueCol) cells.push(undefined);
    for (const v of values) cells.push(valueCell(v, opts));
    return this.push(cells);
  }

  /**
   * A total whose first value cells are SUM(first:last) formulas over rows of this sheet;
   * `typed` values follow them as constants (e.g. a Differens column typed by hand).
   */
  sum(lead: Value[], printed: number[], first: number, last: number, opts: RowOptions = {}, typed: Value[] = []): number {
    const terms: Term[] = [];
    for (let r = first; r <= last; r++) terms.push({ row: r, sign: 1 });
    const text = (col: number) => `SUM(${ref(first, col)}:${ref(last, col)})`;
    return this.formulaRow(lead, printed, terms, text, opts, typed);
  }

  /** A total whose value cells are formulas adding/subtracting single rows (C7+C8-C9). */
  combine(lead: Value[], printed: number[], terms: Term[], opts: RowOptions = {}, typed: Value[] = []): number {
    const text = (col: number) => terms.map((t, i) => (t.sign < 0 ? "-" : i === 0 ? "" : "+") + ref(t.row, col)).join("");
    return this.formulaRow(lead, printed, terms, text, opts, typed);
  }

  build(): Sheet {
    for (const { row, col, printed, terms } of this.formulas) {
      const computed = terms.reduce((acc, t) => acc + t.sign * this.numberAt(t.row, col), 0);
      if (computed !== printed) {
        throw new Error(`${this.name}!${ref(row, col)}: printed ${printed} but the formula gives ${computed}`);
      }
    }
    return this.merged.length > 0 ? { name: this.name, rows: this.rows, merged: this.merged } : { name: this.name, rows: this.rows };
  }

  private formulaRow(lead: Value[], printed: number[], terms: Term[], formula: (col: number) => string, opts: RowOptions, typed: Value[]): number {
    const index = this.row(lead, [...printed, ...typed], opts);
    printed.forEach((value, i) => {
      const col = this.firstValueCol + i;
      this.formulas.push({ row: index, col, printed: value, terms });
      this.rows[index][col] = { ...(this.rows[index][col] as Cell), formula: formula(col) };
    });
    return index;
  }

  private numberAt(row: number, col: number): number {
    const v = this.rows[row]?.[col]?.value;
    return typeof v === "number" ? v : 0;
  }

  private push(cells: (Cell | undefined)[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }
}

function ref(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

function headerCell(v: Value, numberFormat: string): Cell | undefined {
  if (v === null || v === "") return undefined;
  if (typeof v === "number") return { value: v, numberFormat, bold: true };
  return { value: v, bold: true };
}

function textCell(v: Value, bold?: boolean): Cell | undefined {
  if (v === null || v === "") return undefined;
  return bold ? { value: v, bold: true } : { value: v };
}

function valueCell(v: Value, opts: RowOptions): Cell | undefined {
  if (v === null) return undefined;
  const cell: Cell = typeof v === "number" ? { value: v, numberFormat: opts.format ?? KR } : { value: v };
  if (opts.bold) cell.bold = true;
  return cell;
}

/** Excel serial number of a calendar date (1900 date system). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
