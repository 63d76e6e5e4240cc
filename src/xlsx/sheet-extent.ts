/**
 * Bounds what a sheet's XML claims by what it holds, before ExcelJS sees it. ExcelJS makes
 * one cell object per cell a merge covers, one entry per address a data validation covers
 * and one column object per column a <col> spans: a 2 kB sheet claiming the whole grid
 * (C1:XFD1048576) would take hours and gigabytes. So a row, cell or column beyond Excel's
 * limits is refused (no Excel writes one: the file is damaged), merges and data validations
 * are clipped to the used range (the rows and columns the sheet's cells are in), and what
 * is still too big after that is refused — except data validations, which the engine never
 * reads: those are dropped. Throws XlsxReadError; returns null when the XML needs no change.
 */
import { XlsxReadError } from "./read-error";

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** Most cells all merges of a sheet may cover together, and most merges (ExcelJS compares every pair). */
export const MAX_MERGED_CELLS = 1_000_000;
export const MAX_MERGES = 10_000;
/** Most addresses the data validations of a sheet may cover together. */
export const MAX_VALIDATED_CELLS = 1_000_000;

/** The part names ExcelJS reads as worksheets (its own pattern, unanchored as it is there). */
export const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const ROW = /<(?:[\w.-]+:)?row(?=[\s/>])([^>]*)>/g;
const CELL = /<(?:[\w.-]+:)?c(?=[\s/>])([^>]*)>/g;
const COL = /<(?:[\w.-]+:)?col(?=[\s/>])([^>]*)>/g;
const MERGE = /<(?:[\w.-]+:)?mergeCell(?=[\s/>])([^>]*)>/g;
const VALIDATIONS = /<((?:[\w.-]+:)?)dataValidations(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/\1dataValidations>)/g;
const VALIDATION = /<((?:[\w.-]+:)?)dataValidation(?=[\s/>])([^>]*?)(?:\/>|>[\s\S]*?<\/\1dataValidation>)/g;

export function boundSheetXml(part: string, xml: Buffer): Buffer | null {
  // latin1 maps each byte to one character and back: the rewritten XML keeps every other byte as it was.
  const text = xml.toString("latin1");
  const used = usedRange(part, text);
  let changed = false;
  let out = text;
  if (/<(?:[\w.-]+:)?mergeCell[\s/>]/.test(text)) {
    let cells = 0;
    let count = 0;
    out = out.replace(MERGE, (element, attrs: string) => {
      const box = parseBox(attribute(attrs, "ref"));
      if (!box) return element;
      const clipped = clip(box, used);
      if (!clipped || (clipped.top === clipped.bottom && clipped.left === clipped.right)) {
        changed = true;
        return "";
      }
      count++;
      cells += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
      if (sameBox(box, clipped)) return element;
      changed = true;
      return element.replace(/(\sref=")[^"]*"/, `$1${boxRef(clipped)}"`);
    });
    if (count > MAX_MERGES || cells > MAX_MERGED_CELLS) throw tooManyMerges(part, count, cells);
  }
  if (/<(?:[\w.-]+:)?dataValidation[\s/>]/.test(text)) {
    let cells = 0;
    const bounded = out.replace(VALIDATION, (element, _prefix: string, attrs: string) => {
      const sqref = attribute(attrs, "sqref");
      if (sqref === null) return element;
      const kept: string[] = [];
      for (const ref of sqref.trim().split(/\s+/)) {
        const box = parseBox(ref);
        const clipped = box && clip(box, used);
        if (!clipped) continue;
        cells += (clipped.bottom - clipped.top + 1) * (clipped.right - clipped.left + 1);
        kept.push(boxRef(clipped));
      }
      const joined = kept.join(" ");
      if (joined === sqref) return element;
      changed = true;
      return kept.length === 0 ? "" : element.replace(/(\ssqref=")[^"]*"/, `$1${joined}"`);
    });
    out = cells > MAX_VALIDATED_CELLS ? out.replace(VALIDATIONS, "") : bounded;
    if (cells > MAX_VALIDATED_CELLS) changed = true;
  }
  return changed ? Buffer.from(out, "latin1") : null;
}

/** Rows and columns the sheet's cells are in; Excel's whole grid in a dimension some cell leaves unnumbered. */
function usedRange(part: string, text: string): Box {
  let bottom = 0;
  let right = 0;
  let unnumberedRows = false;
  let unnumberedCols = false;
  for (const m of text.matchAll(ROW)) {
    const r = attribute(m[1], "r");
    if (r === null) unnumberedRows = true;
    else if (Number(r) > EXCEL_MAX_ROWS) throw beyondExcel(part, `rad ${r}`, `row ${r}`);
  }
  for (const m of text.matchAll(CELL)) {
    const r = attribute(m[1], "r");
    const at = r === null ? null : /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/.exec(r);
    if (!at) {
      unnumberedRows = unnumberedRows || r === null;
      unnumberedCols = true;
      continue;
    }
    const row = Number(at[2]);
    const col = columnNumber(at[1]);
    if (row > EXCEL_MAX_ROWS || col > EXCEL_MAX_COLS) throw beyondExcel(part, `cellen ${r}`, `cell ${r}`);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  for (const m of text.matchAll(COL)) {
    const max = attribute(m[1], "max");
    if (max !== null && Number(max) > EXCEL_MAX_COLS) throw beyondExcel(part, `kolumn ${max}`, `column ${max}`);
  }
  return { top: 1, left: 1, bottom: unnumberedRows ? EXCEL_MAX_ROWS : bottom, right: unnumberedCols ? EXCEL_MAX_COLS : right };
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B2", "B2:D9", "A:A" or "3:3" as a box of 1-based rows and columns; null when it is none of them. */
function parseBox(ref: string | null): Box | null {
  if (ref === null) return null;
  const ends = ref.replace(/\$/g, "").split(":");
  if (ends.length > 2) return null;
  const parsed = ends.map((end) => /^([A-Za-z]{0,3})(\d{0,7})$/.exec(end));
  if (parsed.some((p) => !p || (p[1] === "" && p[2] === ""))) return null;
  const [a, b] = [parsed[0]!, parsed[parsed.length - 1]!];
  const rowOf = (p: RegExpExecArray, whole: number) => (p[2] === "" ? whole : Number(p[2]));
  const colOf = (p: RegExpExecArray, whole: number) => (p[1] === "" ? whole : columnNumber(p[1]));
  const box = { top: rowOf(a, 1), left: colOf(a, 1), bottom: rowOf(b, EXCEL_MAX_ROWS), right: colOf(b, EXCEL_MAX_COLS) };
  if (ends.length === 1) return { top: box.top, left: box.left, bottom: box.top, right: box.left };
  return {
    top: Math.min(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    bottom: Math.max(box.top, box.bottom),
    right: Math.max(box.left, box.right),
  };
}

function clip(box: Box, used: Box): Box | null {
  const out = { top: box.top, left: box.left, bottom: Math.min(box.bottom, used.bottom), right: Math.min(box.right, used.right) };
  return out.top > out.bottom || out.left > out.right ? null : out;
}

function sameBox(a: Box, b: Box): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function boxRef(b: Box): string {
  const tl = `${columnLetters(b.left)}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? tl : `${tl}:${columnLetters(b.right)}${b.bottom}`;
}

function beyondExcel(part: string, sv: string, en: string): XlsxReadError {
  return new XlsxReadError(
    "corrupt",
    `filen är skadad: ${sv} i ${part} ligger utanför Excels gränser (${EXCEL_MAX_ROWS} rader, ${EXCEL_MAX_COLS} kolumner)`,
    `the file is damaged: ${en} in ${part} lies beyond Excel's limits (${EXCEL_MAX_ROWS} rows, ${EXCEL_MAX_COLS} columns)`,
  );
}

function tooManyMerges(part: string, count: number, cells: number): XlsxReadError {
  return new XlsxReadError(
    "too-large",
    `${part} har ${count} sammanfogade områden över ${cells} celler, mer än läsaren klarar (högst ${MAX_MERGES} områden, ${MAX_MERGED_CELLS} celler)`,
    `${part} has ${count} merged ranges over ${cells} cells, more than the reader can take (at most ${MAX_MERGES} ranges, ${MAX_MERGED_CELLS} cells)`,
  );
}
