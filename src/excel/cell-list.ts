/** Expands A1 addresses ("C5", "C5:D9", "C5,C9") into single-cell addresses. */
import { a1, parseA1 } from "../model/grid";

export function expandAddress(address: string, limit = 10_000): string[] {
  const out: string[] = [];
  for (const area of address.split(",")) {
    const [from, to = from] = area.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
        if (out.length >= limit) return out;
        out.push(a1(r, c));
      }
    }
  }
  return out;
}
