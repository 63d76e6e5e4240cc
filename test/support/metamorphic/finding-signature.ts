/**
 * What must not change when a workbook is re-laid-out without changing its meaning: a finding's
 * check, severity, sheet and cells (mapped, as a set), expected, actual, difference, cause, and
 * the tolerance (the re-layouts keep the shown precision). Messages may differ (they name labels
 * and sheets); so may the basis (pasting values turns a formula's evidence into the label's).
 * A finding without cells maps by its sheet.
 */
import type { Finding } from "../../../src/findings/finding";
import { a1 } from "../../../src/model/grid";
import { identityMap, type AddressMap } from "./address-map";
import { parseFindingCell } from "./cell-refs";

export interface FindingSignature {
  check: string;
  severity: string;
  sheet: string;
  /** Sorted, distinct, each as sheet!A1. */
  cells: string[];
  expected: number | null;
  actual: number | null;
  difference: number | null;
  tolerance: number | null;
  cause: string | null;
}

export function findingSignature(f: Finding, map: AddressMap = identityMap): FindingSignature {
  const cells = new Set<string>();
  for (const text of f.cells) {
    const cell = parseFindingCell(text, f.sheet);
    if (!cell) throw new Error(`finding ${f.check} on ${f.sheet} has a cell that is not a reference: "${text}"`);
    const to = map(cell.sheet, cell.row, cell.col);
    cells.add(`${to.sheet}!${a1(to.row, to.col)}`);
  }
  return {
    check: f.check,
    severity: f.severity,
    sheet: map(f.sheet, 0, 0).sheet,
    cells: [...cells].sort(),
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    tolerance: f.tolerance,
    cause: f.cause,
  };
}

/** Signatures as a multiset: sorted, so two lists compare equal exactly when they hold the same findings. */
export function signatures(findings: Finding[], map: AddressMap = identityMap): FindingSignature[] {
  return findings
    .map((f) => findingSignature(f, map))
    .map((s) => [JSON.stringify(s), s] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, s]) => s);
}
