/** The sheets in another order (cells stay where they are). */
import type { Transformation } from "./address-map";
import { identityMap } from "./address-map";

/** `order(names)` gives the new order of the sheet names. */
export function reorderSheets(order: (names: string[]) => string[]): Transformation {
  return (wb) => {
    const names = order(wb.sheets.map((s) => s.name));
    if (
      [...names].sort().join("\n") !==
      wb.sheets
        .map((s) => s.name)
        .sort()
        .join("\n")
    )
      throw new Error("reorderSheets: not a permutation");
    return { workbook: { ...wb, sheets: names.map((n) => wb.sheets.find((s) => s.name === n)!) }, map: identityMap };
  };
}

export const reversed = (names: string[]): string[] => [...names].reverse();

/** The last sheet first, the others in their order. */
export const lastFirst = (names: string[]): string[] => [...names.slice(-1), ...names.slice(0, -1)];
