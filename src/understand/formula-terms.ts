/**
 * Reads a total's formula as the rows it adds up: "SUM(C5:C17)", "C7+C8-C9",
 * "SUM(C5:C8,C10)", "SUM(C5:C8)-C9". Only same-column references on the same sheet;
 * anything else (functions other than SUM, products, other sheets, other columns) → null.
 */

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

/**
 * The range of a formula that is exactly SUM(X:Y) over column col, as its first and last row
 * (0-based, not listed row by row), or null: the shape of a running total.
 */
export function sumRange(formula: string, col: number): { first: number; last: number } | null {
  const m = SINGLE_SUM.exec(formula.replace(/\s+/g, ""));
  if (!m) return null;
  const from = cellOf(m[1]);
  const to = cellOf(m[2]);
  if (!from || !to || from.col !== col || to.col !== col) return null;
  return { first: Math.min(from.row, to.row), last: Math.max(from.row, to.row) };
}

const SINGLE_SUM = /^SUM\(([^():,;]+):([^():,;]+)\)$/i;

function refRows(ref: string, col: number): number[] | null {
  const [a, b] = ref.split(":");
  const from = cellOf(a);
  if (!from || from.col !== col) return null;
  const to = b === undefined ? from : cellOf(b);
  if (!to || to.col !== col) return null;
  const out: number[] = [];
  const lo = Math.min(from.row, to.row);
  const hi = Math.max(from.row, to.row);
  if (hi - lo > 100_000) return null;
  for (let r = lo; r <= hi; r++) out.push(r);
  return out;
}

/** parseA1 for a reference without spaces (as formulas are read here), by character codes: one per formula cell. */
function cellOf(ref: string): { row: number; col: number } | null {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let col = 0;
  const lettersStart = i;
  for (; i < ref.length && i - lettersStart < 4; i++) {
    const c = ref.charCodeAt(i) | 0x20; // A–Z → a–z
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  const digits = i - digitsStart;
  if (digits < 1 || digits > 7 || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}
