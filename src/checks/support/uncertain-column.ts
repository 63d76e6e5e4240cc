/**
 * A column whose structure could not be decided (which columns a difference relates, what its
 * shares are shares of): one warning on its header cell, on a label basis, instead of an error per row.
 * The check adds its message.
 */
import type { Report } from "../check";
import type { UnderstoodTable } from "../../understand/types";

export function uncertainColumn(table: UnderstoodTable, col: number): Pick<Report, "at" | "cells" | "severity" | "basis"> {
  return {
    at: table,
    cells: [{ sheet: table.sheet, row: table.headerRows[table.headerRows.length - 1] ?? table.top, col }],
    severity: "warning",
    basis: "label",
  };
}
