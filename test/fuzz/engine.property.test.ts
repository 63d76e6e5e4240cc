/**
 * Property: on any workbook a hostile source could produce (see workbook-arbitrary.ts), with any
 * settings a user can give (config-arbitrary.ts), validateWorkbook never throws, no check fails internally, it finishes in bounded time,
 * every finding points at cells inside its sheet's grid on a sheet that exists, findings
 * come in a stable order, amounts are finite numbers or null, and messages are non-empty
 * in Swedish and English, with no NaN, undefined or Infinity in them.
 */
import fc from "fast-check";
import type { Finding } from "../../src/findings/finding";
import type { ValidationConfig } from "../../src/model/validation-config";
import type { Workbook } from "../../src/model/grid";
import { parseA1 } from "../../src/model/grid";
import { validateWorkbook } from "../../src/engine/validate";
import { configArbitrary } from "./config-arbitrary";
import { gridBounds, workbookArbitrary } from "./workbook-arbitrary";

/** A guard against hangs, not a performance target: these grids are at most a few hundred cells. */
const PER_WORKBOOK_MS = 5_000;

/** Splits "C14", "C5:C9" or "'Balans''räkning'!C14" into its sheet (the finding's own when unqualified) and corners. */
function refParts(ref: string, ownSheet: string): { sheet: string; corners: string[] } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
  return m ? { sheet: m[1].replace(/''/g, "'"), corners: m[2].split(":") } : { sheet: ownSheet, corners: ref.split(":") };
}

/** What is wrong with a finding's place, or null when every cell is inside an existing sheet's grid. */
function badPlace(f: Finding, wb: Workbook): string | null {
  if (!wb.sheets.some((s) => s.name === f.sheet)) return `sheet "${f.sheet}" does not exist`;
  for (const ref of f.cells) {
    const { sheet, corners } = refParts(ref, f.sheet);
    const target = wb.sheets.find((s) => s.name === sheet);
    if (!target) return `${ref}: sheet "${sheet}" does not exist`;
    const { rows, cols } = gridBounds(target);
    for (const corner of corners) {
      const p = parseA1(corner);
      if (!p) return `${ref}: "${corner}" is not an A1 reference`;
      if (p.row >= rows || p.col >= cols) return `${ref}: outside the ${rows}×${cols} grid of "${sheet}"`;
    }
  }
  return null;
}

const finiteOrNull = (x: number | null) => x === null || (typeof x === "number" && Number.isFinite(x));

function checkInvariants(wb: Workbook, config: ValidationConfig): void {
  const started = Date.now();
  const findings = validateWorkbook(wb, config);
  expect(Date.now() - started).toBeLessThan(PER_WORKBOOK_MS);

  // The engine turns a check that throws into a "could not run" warning; for the fuzzer that is a crash.
  expect(findings.filter((f) => /could not run/.test(f.message.en)).map((f) => f.message.en)).toEqual([]);

  for (const f of findings) {
    expect({ check: f.check, cells: f.cells, problem: badPlace(f, wb) }).toEqual({ check: f.check, cells: f.cells, problem: null });
    expect([f.expected, f.actual, f.difference, f.tolerance].every(finiteOrNull)).toBe(true);
    expect(f.message.sv.trim()).not.toBe("");
    expect(f.message.en.trim()).not.toBe("");
    // No broken value reaches the reader.
    expect([f.message.sv, f.message.en].filter((m) => /NaN|undefined|Infinity|\[object /.test(m))).toEqual([]);
  }

  // Stable: sheet order, then the first cell's row and column.
  const sheetIndex = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const keys = findings.map((f) => {
    const first = f.cells[0] ? parseA1(refParts(f.cells[0], f.sheet).corners[0]) : null;
    return [sheetIndex.get(f.sheet) ?? -1, first?.row ?? -1, first?.col ?? -1];
  });
  for (let i = 1; i < keys.length; i++) {
    const [a, b] = [keys[i - 1], keys[i]];
    const ordered = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));
    expect({ at: i, ordered }).toEqual({ at: i, ordered: true });
  }
  // And the same input gives the same findings in the same order.
  expect(validateWorkbook(wb, config)).toEqual(findings);
}

describe("validateWorkbook on random hostile workbooks", () => {
  it("keeps its invariants", () => {
    fc.assert(
      fc.property(workbookArbitrary, configArbitrary, (wb, config) => checkInvariants(wb, config)),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 300_000);
});
