/**
 * A column whose structure could not be decided (which columns a difference relates, what its
 * shares are shares of): one warning on its header cell, on a label basis, instead of an error per row.
 */
import type { Finding, LocalizedText } from "../../findings/finding";
import { a1 } from "../../model/grid";
import type { UnderstoodTable } from "../../understand/types";

export function uncertainColumn(check: string, table: UnderstoodTable, col: number, message: LocalizedText): Finding {
  return {
    check,
    severity: "warning",
    sheet: table.sheet,
    cells: [a1(table.headerRows[table.headerRows.length - 1] ?? table.top, col)],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    cause: null,
    basis: "label",
    message,
  };
}
