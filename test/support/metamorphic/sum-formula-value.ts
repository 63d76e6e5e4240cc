/**
 * An independent reading of the formulas the examples use — sums and differences of cells and
 * ranges ("SUM(C5:C17)", "C7+C8-C9", "'Not 5'!C17", "SUM(Blad1!B2:B4)") — evaluated on a
 * workbook's cached values. Lets a test see that a rewritten formula still adds up the same cells.
 * null for any other formula.
 */
import type { Workbook } from "../../../src/model/grid";
import { parseCellRef } from "./cell-refs";

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const BARE_SHEET = String.raw`[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*`;
const REF = String.raw`(?:'(?:[^']|'')+'!|${BARE_SHEET}!)?${CELL}(?::${CELL})?`;
const TERM = new RegExp(String.raw`^([+-]?)(?:SUM\((${REF}(?:,${REF})*)\)|(${REF}))`, "i");
const SPLIT_REF = new RegExp(String.raw`^(?:'((?:[^']|'')+)'!|(${BARE_SHEET})!)?(${CELL})(?::(${CELL}))?$`);

export function sumFormulaValue(wb: Workbook, sheet: string, formula: string): number | null {
  let rest = formula;
  let total = 0;
  if (rest === "") return null;
  while (rest.length > 0) {
    const m = TERM.exec(rest);
    if (!m) return null;
    const refs = m[2] !== undefined ? m[2].match(new RegExp(REF, "g"))! : [m[3]];
    let value = 0;
    for (const ref of refs) {
      const v = refValue(wb, sheet, ref);
      if (v === null) return null;
      value += v;
    }
    total += m[1] === "-" ? -value : value;
    rest = rest.slice(m[0].length);
  }
  return total;
}

function refValue(wb: Workbook, ownSheet: string, ref: string): number | null {
  const m = SPLIT_REF.exec(ref);
  if (!m) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ownSheet);
  const sheet = wb.sheets.find((s) => s.name === name);
  const a = parseCellRef(m[3]);
  const b = m[4] !== undefined ? parseCellRef(m[4]) : a;
  if (!sheet || !a || !b) return null;
  let sum = 0;
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
      const v = sheet.rows[r]?.[c]?.value;
      if (typeof v === "number") sum += v;
    }
  }
  return sum;
}
