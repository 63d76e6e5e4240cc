/** Looking up findings in engine tests. */
import type { Finding } from "../../src/findings/finding";

/** The single finding of `check` whose first cell is `cell` on `sheet`; fails the test when there is not exactly one. */
export function findingAt(findings: Finding[], check: string, sheet: string, cell: string): Finding {
  const hits = findings.filter((f) => f.check === check && f.sheet === sheet && f.cells[0] === cell);
  if (hits.length !== 1) {
    const seen = findings.map((f) => `${f.check} ${f.sheet}!${f.cells[0]}`).join("; ");
    throw new Error(`expected one ${check} finding at ${sheet}!${cell}, found ${hits.length} (all: ${seen})`);
  }
  return hits[0];
}

export function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}
