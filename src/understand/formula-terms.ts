/**
 * Reads a total's formula as the rows it adds up: "SUM(C5:C17)", "C7+C8-C9",
 * "SUM(C5:C8,C10)", "SUM(C5:C8)-C9". Only same-column references on the same sheet;
 * anything else (functions other than SUM, products, other sheets, other columns) → null.
 */
import { parseA1 } from "../model/grid";

export interface FormulaTerm {
  row: number;
  sign: 1 | -1;
}

const TERM = /^([+-]?)(SUM\(([^()]*)\)|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/i;

export function formulaTerms(formula: string, col: number): FormulaTerm[] | null {
  let rest = formula.replace(/\s+/g, "");
  if (rest.length === 0 || rest.length > 2000 || rest.includes("!")) return null;
  const terms: FormulaTerm[] = [];
  while (rest.length > 0) {
    const m = TERM.exec(rest);
    if (!m) return null;
    const sign: 1 | -1 = m[1] === "-" ? -1 : 1;
    const refs = m[3] !== undefined ? m[3].split(/[,;]/) : [m[2]];
    for (const ref of refs) {
      const rows = refRows(ref, col);
      if (!rows) return null;
      for (const row of rows) terms.push({ row, sign });
    }
    rest = rest.slice(m[0].length);
  }
  return terms.length ? terms : null;
}

function refRows(ref: string, col: number): number[] | null {
  const [a, b] = ref.split(":");
  const from = parseA1(a);
  const to = b === undefined ? from : parseA1(b);
  if (!from || !to || from.col !== col || to.col !== col) return null;
  const out: number[] = [];
  const lo = Math.min(from.row, to.row);
  const hi = Math.max(from.row, to.row);
  if (hi - lo > 100_000) return null;
  for (let r = lo; r <= hi; r++) out.push(r);
  return out;
}
