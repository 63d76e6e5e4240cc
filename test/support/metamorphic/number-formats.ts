/**
 * Number formats changed without changing the shown precision: the same number of decimals,
 * another thousands separator or an explicit negative section. Formats without a "#,##0"
 * amount (percent, years, dates) are left alone.
 */
import type { Transformation } from "./address-map";
import { identityMap } from "./address-map";

export type FormatStyle = "space-thousands" | "explicit-negative" | "red-negative" | "no-thousands";

/** '#,##0 "kr"' → the same amount format in `style`; null when the format is not a "#,##0" amount. */
export function restyledFormat(format: string, style: FormatStyle): string | null {
  if (!format.startsWith("#,##0") || format.includes(";")) return null;
  switch (style) {
    case "space-thousands":
      return "# ##0" + format.slice(5);
    case "explicit-negative":
      return `${format};-${format}`;
    case "red-negative":
      return `${format};[Red]-${format}`;
    case "no-thousands":
      return "0" + format.slice(5);
  }
}

export function restyleNumberFormats(style: FormatStyle): Transformation {
  return (wb) => ({
    workbook: {
      ...wb,
      sheets: wb.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((cells) =>
          (cells ?? []).map((c) => {
            const format = c?.numberFormat === undefined ? null : restyledFormat(c.numberFormat, style);
            return c && format !== null ? { ...c, numberFormat: format } : c;
          }),
        ),
      })),
    },
    map: identityMap,
  });
}
