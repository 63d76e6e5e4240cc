/**
 * The two formula shapes the generator writes — SUM(C5:C9) over one column, and C5+C6-C7 over
 * single cells of the same sheet — and their evaluation as Excel does it: SUM skips text,
 * arithmetic on text is #VALUE! (NaN here). Used to give every formula its cached value and to
 * recompute the formulas that follow a planted error.
 */
import { Sheet, a1, cellAt, parseA1 } from "../../../src/model/grid";

/** Rounds away binary noise so a sum of one-decimal figures is the figure Excel shows. */
export function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function sumFormula(col: number, first: number, last: number): string {
  return `SUM(${a1(first, col)}:${a1(last, col)})`;
}

export function termsFormula(terms: { row: number; col: number; coef: number }[]): string {
  return terms.map((t, i) => (t.coef < 0 ? "-" : i === 0 ? "" : "+") + a1(t.row, t.col)).join("");
}

export function evaluateFormula(sheet: Sheet, formula: string): number {
  const sum = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (sum) {
    const from = parseA1(sum[1])!;
    const to = parseA1(sum[2])!;
    let total = 0;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.col; c <= to.col; c++) {
        const v = cellAt(sheet, r, c)?.value;
        if (typeof v === "number") total += v;
      }
    }
    return clean(total);
  }
  let total = 0;
  for (const m of formula.matchAll(/([+-]?)([A-Z]+\d+)/g)) {
    const at = parseA1(m[2])!;
    const v = cellAt(sheet, at.row, at.col)?.value;
    if (typeof v === "string") return NaN;
    total += (m[1] === "-" ? -1 : 1) * (typeof v === "number" ? v : 0);
  }
  return clean(total);
}
