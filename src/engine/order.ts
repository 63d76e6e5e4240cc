/** Stable order of findings: sheet order, then row, then column of the first cell, then check id. */
import type { Finding } from "../findings/finding";
import { parseA1 } from "../model/grid";

export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((n, i) => [n, i]));
  const keyed = findings.map((f, i) => {
    const first = f.cells[0] ? parseA1(f.cells[0].replace(/^'.*'!/, "")) : null;
    return { f, i, s: sheetIndex.get(f.sheet) ?? sheetOrder.length, r: first?.row ?? -1, c: first?.col ?? -1 };
  });
  keyed.sort((a, b) => a.s - b.s || a.r - b.r || a.c - b.c || a.f.check.localeCompare(b.f.check) || a.i - b.i);
  return keyed.map((k) => k.f);
}
