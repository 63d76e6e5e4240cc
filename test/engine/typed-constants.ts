/** The same workbook with every formula replaced by its cached value, as when a report is pasted as values. */
import type { Workbook } from "../../src/model/grid";

export function withoutFormulas(wb: Workbook): Workbook {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => (r ?? []).map((c) => (c ? { value: c.value, numberFormat: c.numberFormat, bold: c.bold, error: c.error } : c))),
    })),
  };
}
