/**
 * The generated corpus is what the accuracy benchmark measures against, so its ground truth is
 * checked here from the written cells alone: every recorded relation is recomputed (with the
 * rounding band: a figure shown to step u stands for ±u/2, a formula result for the band of its
 * terms), every formula's cached value re-evaluated, and the planted errors must break exactly
 * the relations they declare.
 */
import { Cell, Sheet, Workbook, parseA1 } from "../../src/model/grid";
import { CORPUS_SEEDS, generateCorpus, generateReport } from "../support/corpus/corpus";
import { ERROR_KINDS, GeneratedReport, Relation } from "../support/corpus/ground-truth";
import { STYLE_VALUES, StyleDimension } from "../support/corpus/house-style";

const corpus = generateCorpus(CORPUS_SEEDS);

const sheetsOf = new WeakMap<Workbook, Map<string, Sheet>>();

function cellOf(wb: Workbook, key: string): Cell | undefined {
  if (!sheetsOf.has(wb)) sheetsOf.set(wb, new Map(wb.sheets.map((s) => [s.name, s])));
  const bang = key.lastIndexOf("!");
  const sheet = sheetsOf.get(wb)!.get(key.slice(0, bang));
  const at = parseA1(key.slice(bang + 1));
  if (!sheet || !at) throw new Error(`bad cell key ${key}`);
  return sheet.rows[at.row]?.[at.col];
}

/** True when the relation holds on the written cells within the band of its figures. */
function holds(report: GeneratedReport, rel: Relation): boolean {
  const wb = report.workbook;
  const kr = (key: string): [number, number] | null => {
    const v = cellOf(wb, key)?.value;
    const info = report.figures[key];
    return typeof v === "number" ? [v * info.scale, info.half] : null;
  };
  const combine = (terms: { cell: string; coef: number }[]): [number, number] | null => {
    let value = 0;
    let band = 0;
    for (const t of terms) {
      const x = kr(t.cell);
      if (!x) return null;
      value += t.coef * x[0];
      band += Math.abs(t.coef) * x[1];
    }
    return [value, band];
  };
  if (rel.kind === "unit") {
    const text = String(cellOf(wb, rel.unitCell)?.value ?? "");
    return (text.includes("tkr") ? 1000 : 1) === rel.scale;
  }
  const target = kr(rel.target);
  if (!target) return false;
  if (rel.kind === "linear") {
    const s = combine(rel.terms);
    return s !== null && Math.abs(target[0] - s[0]) <= target[1] + s[1] + 1e-6;
  }
  const num = combine(rel.numerator);
  const den = combine(rel.denominator);
  if (!num || !den) return false;
  const ratio = num[0] / den[0];
  return Math.abs(target[0] - ratio) <= target[1] + (num[1] + Math.abs(ratio) * den[1]) / (Math.abs(den[0]) - den[1]) + 1e-9;
}

/** Evaluates SUM(C5:C9) (text skipped, as Excel does) or C5+C6-C7 on the sheet's written cells. */
function refs(sheet: Sheet, formula: string): number {
  const range = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  const value = (row: number, col: number) => sheet.rows[row]?.[col]?.value;
  if (range) {
    const a = parseA1(range[1])!;
    const b = parseA1(range[2])!;
    let sum = 0;
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) sum += typeof value(r, c) === "number" ? (value(r, c) as number) : 0;
    return sum;
  }
  if (!/^([+-]?[A-Z]+\d+)+$/.test(formula)) return NaN;
  let sum = 0;
  for (const m of formula.matchAll(/([+-]?)([A-Z]+)(\d+)/g)) {
    const at = parseA1(m[2] + m[3])!;
    sum += (m[1] === "-" ? -1 : 1) * (value(at.row, at.col) as number);
  }
  return sum;
}

describe("generated corpus", () => {
  test("has at least 200 workbooks, about a third of them clean", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const clean = corpus.filter((r) => r.planted.length === 0).length;
    expect(clean / corpus.length).toBeGreaterThan(0.25);
    expect(clean / corpus.length).toBeLessThan(0.45);
    for (const r of corpus) expect(r.planted.length).toBeLessThanOrEqual(3);
  });

  test("every relation of a clean workbook holds on its written cells", () => {
    for (const report of corpus.filter((r) => r.planted.length === 0)) {
      const failing = report.relations.filter((rel) => !holds(report, rel)).map((rel) => `${rel.origin} ${rel.kind === "unit" ? rel.unitCell : rel.target}`);
      expect({ seed: report.seed, failing }).toEqual({ seed: report.seed, failing: [] });
    }
  });

  test("in a planted workbook exactly the relations the errors break fail, each touching a changed cell", () => {
    for (const report of corpus.filter((r) => r.planted.length > 0)) {
      const failing = report.relations
        .filter((rel) => !holds(report, rel))
        .map((rel) => rel.id)
        .sort((a, b) => a - b);
      const declared = report.planted.flatMap((p) => p.broken).sort((a, b) => a - b);
      expect({ seed: report.seed, failing }).toEqual({ seed: report.seed, failing: declared });
      for (const p of report.planted) {
        expect(p.broken.length).toBeGreaterThan(0);
        const changed = new Set(p.changed);
        for (const id of p.broken) {
          const rel = report.relations[id];
          const cells =
            rel.kind === "linear"
              ? [rel.target, ...rel.terms.map((t) => t.cell)]
              : rel.kind === "ratio"
                ? [rel.target, ...rel.numerator.map((t) => t.cell), ...rel.denominator.map((t) => t.cell)]
                : [rel.unitCell, ...rel.cells];
          expect((rel.kind === "unit" ? [rel.unitCell] : cells).some((c) => changed.has(c))).toBe(true);
          const acceptable = new Set(p.acceptable);
          expect(cells.filter((c) => !acceptable.has(c))).toEqual([]);
        }
        expect(p.changed.filter((c) => !p.acceptable.includes(c))).toEqual([]);
      }
    }
  });

  test("every formula's cached value is what the formula computes from the written cells", () => {
    let formulas = 0;
    const wrong: string[] = [];
    for (const report of corpus) {
      for (const sheet of report.workbook.sheets) {
        for (const row of sheet.rows) {
          for (const cell of row) {
            if (!cell?.formula) continue;
            formulas++;
            const computed = refs(sheet, cell.formula);
            if (typeof cell.value !== "number" || Math.abs(cell.value - computed) > 1e-6)
              wrong.push(`${report.seed} ${sheet.name} ${cell.formula}: ${cell.value} vs ${computed}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(formulas).toBeGreaterThan(1000);
  });

  test("rounded figures legitimately differ from their totals within the band", () => {
    const rounded = corpus.filter((r) => r.planted.length === 0 && r.style.unit !== "kr" && r.style.totals === "constant");
    const offButHolding = rounded.flatMap((report) =>
      report.relations.filter((rel) => {
        if (rel.kind !== "linear" || rel.origin !== "sum") return false;
        const value = (key: string) => (cellOf(report.workbook, key)!.value as number) * report.figures[key].scale;
        return Math.abs(value(rel.target) - rel.terms.reduce((acc, t) => acc + t.coef * value(t.cell), 0)) > 1e-6;
      }),
    );
    expect(offButHolding.length).toBeGreaterThan(10);
  });

  test("amounts are of a förbund's size: the largest unplanted figure of each workbook is 3–70 Mkr", () => {
    for (const report of corpus) {
      const changed = new Set(report.planted.flatMap((p) => p.changed));
      const largest = Math.max(
        ...Object.entries(report.figures)
          .filter(([key, f]) => f.half >= 0.5 && !changed.has(key))
          .map(([key, f]) => Math.abs(Number(cellOf(report.workbook, key)?.value) || 0) * f.scale),
      );
      expect(largest).toBeGreaterThanOrEqual(3_000_000);
      expect(largest).toBeLessThanOrEqual(70_000_000);
    }
  });

  test("every annual report and budget records each kind of relation between its tables", () => {
    const annual = [
      "sum",
      "derived",
      "copy",
      "unit",
      "soliditet",
      "equity-chain",
      "equity-parts",
      "kf-avskrivningar",
      "kf-fordringar",
      "kf-skulder",
      "kf-investeringar",
      "balance",
      "inventory-opening",
      "member-state-half",
      "member-region-quarter",
      "member-municipal-quarter",
      "member-share",
      "member-key",
      "drift-kostnader",
      "insatser",
    ];
    const budgetDocument = [
      "sum",
      "derived",
      "copy",
      "member-state-half",
      "member-region-quarter",
      "member-municipal-quarter",
      "member-share",
      "member-key",
      "budget-equity-chain",
    ];
    for (const report of corpus) {
      const origins = new Set(report.relations.map((r) => r.origin));
      const expected = (report.style.document === "arsredovisning" ? annual : budgetDocument).filter(
        (o) =>
          (o !== "unit" || report.style.unitPlacement !== "labels") &&
          (o !== "equity-parts" || report.style.equity !== "one-line") &&
          (o !== "member-key" || report.style.memberShare === "of-municipal-part"),
      );
      expect({ seed: report.seed, missing: expected.filter((o) => !origins.has(o)) }).toEqual({ seed: report.seed, missing: [] });
    }
  });

  test("every figure in a relation is pinned by it: moving the figure by 1 Mkr breaks one of its relations", () => {
    for (const report of corpus.filter((r) => r.planted.length === 0).slice(0, 6)) {
      const loose: string[] = [];
      const cells = new Set(
        report.relations.flatMap((rel) => (rel.kind === "linear" ? [rel.target, ...rel.terms.map((t) => t.cell)] : rel.kind === "ratio" ? [rel.target] : [])),
      );
      for (const key of cells) {
        const cell = cellOf(report.workbook, key)!;
        const original = cell.value as number;
        cell.value = original + (report.figures[key].scale === 1 && report.figures[key].half < 0.5 ? 0.5 : 1_000_000 / report.figures[key].scale);
        if (report.relations.every((rel) => holds(report, rel))) loose.push(key);
        cell.value = original;
      }
      expect({ seed: report.seed, loose }).toEqual({ seed: report.seed, loose: [] });
    }
  });

  test("the same seed gives the identical workbook, style and ground truth", () => {
    expect(JSON.stringify(generateReport(17))).toBe(JSON.stringify(corpus.find((r) => r.seed === 17)));
    expect(JSON.stringify(generateReport(18))).not.toBe(JSON.stringify(generateReport(17)));
  });

  test("every house style value and every error kind occurs", () => {
    for (const dim of Object.keys(STYLE_VALUES) as StyleDimension[]) {
      const seen = new Set(corpus.map((r) => r.style[dim]));
      expect({ dim, values: [...seen].sort() }).toEqual({ dim, values: [...STYLE_VALUES[dim]].sort() });
    }
    const kinds = new Set(corpus.flatMap((r) => r.planted.map((p) => p.kind)));
    expect([...kinds].sort()).toEqual([...ERROR_KINDS].sort());
  });

  test("sheet names are valid Excel names and every figure of the ground truth is a written number", () => {
    const bad: string[] = [];
    for (const report of corpus) {
      for (const s of report.workbook.sheets) if (s.name.length > 31 || /[\\/?*[\]:]/.test(s.name)) bad.push(`${report.seed}: sheet ${s.name}`);
      for (const key of Object.keys(report.figures))
        if (typeof cellOf(report.workbook, key)?.value !== "number" && report.planted.every((p) => !p.changed.includes(key)))
          bad.push(`${report.seed}: ${key}`);
    }
    expect(bad).toEqual([]);
  });
});
