/**
 * Rewrites the references of a formula for a re-layout: every cell or range reference
 * (bare, $-anchored, sheet-qualified, quoted) is replaced by where its cell went. String
 * literals and function names are left alone. A reference is written sheet-qualified exactly
 * when its cell now lies on another sheet than the formula. Whole-column or whole-row ranges
 * (A:A, 3:3) are refused rather than guessed.
 */
import type { AddressMap } from "./address-map";
import { parseCellRef, sheetPrefix, writeCellRef } from "./cell-refs";

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const BARE_SHEET = String.raw`[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*`;
/** At a token start: optional sheet (quoted or bare), a cell, optionally ":" and a second cell. */
const REFERENCE = new RegExp(String.raw`^(?:'((?:[^']|'')+)'!|(${BARE_SHEET})!)?(${CELL})(?::(${CELL}))?`);
const WHOLE_LINE = new RegExp(String.raw`^(?:(?:'(?:[^']|'')+'|${BARE_SHEET})!)?(?:\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(!])`);

/** `formula` (without "=") of a cell on `sheet`, rewritten for a formula that now lies on `newSheet`. */
export function rewriteFormula(formula: string, sheet: string, newSheet: string, map: AddressMap): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const atTokenStart = i === 0 || !/[A-Za-z0-9_.$\u00C0-\uFFFF]/.test(formula[i - 1]);
    if (atTokenStart) {
      if (WHOLE_LINE.test(formula.slice(i))) throw new Error(`whole-column or whole-row reference in "${formula}" is not supported`);
      const m = REFERENCE.exec(formula.slice(i));
      const next = m ? formula[i + m[0].length] : undefined;
      if (m && (next === undefined || !/[A-Za-z0-9_(!\u00C0-\uFFFF]/.test(next))) {
        const target = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? sheet);
        out += rewriteReference(target, m[3], m[4], newSheet, map);
        i += m[0].length;
        continue;
      }
      // A function or name: copy the whole word so its tail is not read as a reference.
      const word = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/.exec(formula.slice(i));
      if (word) {
        out += word[0];
        i += word[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function rewriteReference(sheet: string, first: string, second: string | undefined, newSheet: string, map: AddressMap): string {
  const a = parseCellRef(first)!;
  const to = map(sheet, a.row, a.col);
  let text = writeCellRef({ ...a, row: to.row, col: to.col });
  if (second !== undefined) {
    const b = parseCellRef(second)!;
    const toB = map(sheet, b.row, b.col);
    if (toB.sheet !== to.sheet) throw new Error(`range ${first}:${second} on ${sheet} would be split over two sheets`);
    text += ":" + writeCellRef({ ...b, row: toB.row, col: toB.col });
  }
  return to.sheet === newSheet ? text : sheetPrefix(to.sheet) + text;
}

/** Index just past the string literal that opens at `start` ("" is an escaped quote). */
function stringEnd(formula: string, start: number): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === '"') {
      if (formula[i + 1] === '"') i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}
