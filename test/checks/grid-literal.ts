/**
 * Small literal grids for engine tests: rows of plain values, the way a test reads a
 * report. A number gets the whole-kronor format unless `fmt` says otherwise; a string
 * is text; null/undefined is an empty cell; an object is a full Cell (formula, format, bold).
 */
import type { Cell, Sheet, Workbook } from "../../src/model/grid";

export type Literal = number | string | null | undefined | Cell;

export function sheet(name: string, rows: Literal[][], fmt = "#,##0"): Sheet {
  return {
    name,
    rows: rows.map((row) =>
      row.map((v): Cell | undefined => {
        if (v === null || v === undefined) return undefined;
        if (typeof v === "number") return { value: v, numberFormat: fmt };
        if (typeof v === "string") return { value: v };
        return v;
      }),
    ),
  };
}

export function workbook(...sheets: Sheet[]): Workbook {
  return { name: "test.xlsx", sheets };
}

/** A formula cell with its cached value. */
export function f(formula: string, value: number, numberFormat = "#,##0"): Cell {
  return { value, formula, numberFormat };
}

/** A number with an explicit format. */
export function n(value: number, numberFormat: string): Cell {
  return { value, numberFormat };
}
