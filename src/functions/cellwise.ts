import { toExcelError } from "./excel-error";

/**
 * Computes a result per cell. A cell that fails becomes an Excel error in that cell of the
 * spill, so one bad row does not hide the others; a single-cell result throws instead, so
 * Excel shows the message.
 */
export function cellwise<T>(rows: readonly unknown[][], compute: (row: number, column: number) => T): (T | CustomFunctions.Error)[][] {
  const single = rows.length === 1 && rows[0].length === 1;
  return rows.map((cells, r) =>
    cells.map((_, c) => {
      try {
        return compute(r, c);
      } catch (error) {
        if (single) throw error;
        return toExcelError(error);
      }
    }),
  );
}
