/**
 * Scoring the engine against a generated report's ground truth: an error finding finds a planted
 * error when one of its cells is among the error's acceptable cells (the cells it changed and
 * every cell of every relation it breaks). Used by `npm run accuracy` and the corpus tests.
 */
import type { Finding } from "../../../src/findings/finding";
import { a1, parseA1 } from "../../../src/model/grid";
import { validateWorkbook } from "../../../src/engine/validate";
import type { GeneratedReport, PlantedError } from "./ground-truth";

/** The cells a finding names, as "Sheet!A1" keys; ranges expanded. */
export function findingCells(f: Finding): string[] {
  const out: string[] = [];
  for (const ref of f.cells) {
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref);
    const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : f.sheet;
    const local = (m ? m[3] : ref).replace(/\$/g, "");
    const [from, to] = local.split(":");
    const a = parseA1(from);
    const b = to ? parseA1(to) : a;
    if (!a || !b) continue;
    for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row) && out.length < 10_000; r++) {
      for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(`${sheet}!${a1(r, c)}`);
    }
  }
  return out;
}

export interface Scored {
  report: GeneratedReport;
  findings: Finding[];
  /** Per error finding: the planted errors it matches. */
  matches: Map<Finding, PlantedError[]>;
  found: Set<PlantedError>;
  /** Planted errors that only a warning names. */
  warned: Set<PlantedError>;
}

export function score(report: GeneratedReport): Scored {
  const findings = validateWorkbook(report.workbook);
  const acceptable = report.planted.map((p) => new Set(p.acceptable));
  const matches = new Map<Finding, PlantedError[]>();
  const found = new Set<PlantedError>();
  const warned = new Set<PlantedError>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const cells = findingCells(f);
    const hit = report.planted.filter((_, i) => cells.some((c) => acceptable[i].has(c)));
    if (f.severity === "warning") {
      for (const p of hit) warned.add(p);
      continue;
    }
    matches.set(f, hit);
    for (const p of hit) found.add(p);
  }
  for (const p of found) warned.delete(p);
  return { report, findings, matches, found, warned };
}
