/**
 * Where a finding points: its cells as (sheet, A1 address) places, grouped by sheet.
 * A ref is "C14", "C5:C9" (on the finding's sheet) or "'Balansräkning'!C14".
 */
import type { Finding } from "../findings/finding";

export interface Place {
  sheet: string;
  /** A1 address on `sheet`, e.g. "C14" or "C5:C9". */
  address: string;
}

export function parseCellRef(ref: string, defaultSheet: string): Place {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return { sheet: defaultSheet, address: ref.trim().replace(/\$/g, "") };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, "") };
}

/** The finding's places grouped by sheet, its own sheet first. */
export function placesBySheet(f: Finding): Place[] {
  const bySheet = new Map<string, string[]>();
  bySheet.set(f.sheet, []);
  for (const ref of f.cells) {
    const p = parseCellRef(ref, f.sheet);
    const list = bySheet.get(p.sheet) ?? [];
    if (!list.includes(p.address)) list.push(p.address);
    bySheet.set(p.sheet, list);
  }
  return [...bySheet].filter(([, a]) => a.length > 0).map(([sheet, a]) => ({ sheet, address: a.join(",") }));
}
