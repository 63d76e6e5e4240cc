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
export const MAX_MERGED_CELLS = 100_000;
export const MAX_MERGES = 10_000;
/** Most addresses the data validations of a sheet may cover together. */
export const MAX_VALIDATED_CELLS = 100_000;

/** The part names ExcelJS reads as worksheets (its own pattern, unanchored as it is there). */
export const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// Unprefixed elements only, as ExcelJS reads them.
const MERGE = /<mergeCell(?=[\s/>])([^>]*)>/g;
const VALIDATIONS = /<dataValidations(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g;
const REF = /\sref="([^"]*)"/;
const SQREF = /\ssqref="([^"]*)"/;
const VALIDATION = /<dataValidation(?=[\s/>])([^>]*?)(?:\/>|>[\s\S]*?<\/dataValidation>)/g;

export interface BoundedSheet {
  /** The rewritten XML, or null when it needs no change. */
  xml: Buffer | null;
  /** Some cell holds an index into the shared strings (t="s"), found on the same pass. */
  sharedStringCells: boolean;
}

export function boundSheetXml(part: string, buf: Buffer): BoundedSheet {
  const { used, sharedStringCells } = scanCells(part, buf);
  const hasMerges = buf.includes("<mergeCell", 0, "latin1");
  const hasValidations = buf.includes("<dataValidation", 0, "latin1");
  if (!hasMerges && !hasValidations) return { xml: null, sharedStringCells };
  // latin1 maps each byte to one character and back: the rewritten XML keeps every other byte as it was.
  const text = buf.toString("latin1");
  let changed = false;
  let out = text;
  if (hasMerges) {
    let cells = 0;
    let count = 0;
    out = out.replace(MERGE, (element, attrs: string) => {
      const box = parseBox(REF.exec(attrs)?.[1] ?? null);
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
  if (hasValidations) {
    let cells = 0;
    const bounded = out.replace(VALIDATION, (element, attrs: string) => {
      const sqref = SQREF.exec(attrs)?.[1] ?? null;
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
  return { xml: changed ? Buffer.from(out, "latin1") : null, sharedStringCells };
}

/** What one pass over a sheet's elements finds: the used range, and whether a cell refers to the shared strings. */
interface CellScan {
  used: Box;
  sharedStringCells: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;

/**
 * Rows and columns the sheet's cells are in (Excel's whole grid in a dimension some cell leaves
 * unnumbered); refuses a row, cell or column beyond Excel's limits. Reads the bytes, not a decoded
 * string, and only unprefixed elements: ExcelJS reads no others.
 */
function scanCells(part: string, buf: Buffer): CellScan {
  let bottom = 0;
  let right = 0;
  let unnumberedRows = false;
  let unnumberedCols = false;
  let sharedStringCells = false;
  let currentRow = 0; // the enclosing <row>'s number, for a cell without its own address
  for (let i = buf.indexOf(LT); i !== -1; i = buf.indexOf(LT, i + 1)) {
    const kind = elementAt(buf, i + 1);
    if (kind === null) continue;
    const end = buf.indexOf(GT, i);
    if (end === -1) break;
    if (kind === "c") {
      const r = attributeAt(buf, i, end, " r=");
      if (r === -1) {
        if (currentRow > 0) bottom = Math.max(bottom, currentRow);
        else unnumberedRows = true;
        unnumberedCols = true;
      } else {
        let col = 0;
        let row = 0;
        let p = r;
        for (; p < end && isLetter(buf[p]); p++) col = col * 26 + ((buf[p] | 0x20) - 0x60);
        for (; p < end && buf[p] >= 0x30 && buf[p] <= 0x39; p++) row = row * 10 + (buf[p] - 0x30);
        if (col === 0 || row === 0 || buf[p] !== QUOTE) {
          unnumberedCols = true;
        } else {
          if (row > EXCEL_MAX_ROWS || col > EXCEL_MAX_COLS) throw beyondExcel(part, `cellen ${columnLetters(col)}${row}`, `cell ${columnLetters(col)}${row}`);
          if (row > bottom) bottom = row;
          if (col > right) right = col;
        }
      }
      if (!sharedStringCells) {
        const t = attributeAt(buf, i, end, " t=");
        sharedStringCells = t !== -1 && buf[t] === 0x73 && buf[t + 1] === QUOTE;
      }
    } else {
      const v = attributeAt(buf, i, end, kind === "row" ? " r=" : " max=");
      if (v === -1) {
        if (kind === "row") currentRow = 0;
        continue;
      }
      const text = buf.toString("latin1", v, buf.indexOf(QUOTE, v));
      if (kind === "row") currentRow = Number(text) || 0;
      if (kind === "row" && Number(text) > EXCEL_MAX_ROWS) throw beyondExcel(part, `rad ${text}`, `row ${text}`);
      if (kind === "col" && Number(text) > EXCEL_MAX_COLS) throw beyondExcel(part, `kolumn ${text}`, `column ${text}`);
    }
  }
  return { used: { top: 1, left: 1, bottom: unnumberedRows ? EXCEL_MAX_ROWS : bottom, right: unnumberedCols ? EXCEL_MAX_COLS : right }, sharedStringCells };
}

/** "c", "row" or "col" when an element of that name opens at `p` (just after "<"). */
function elementAt(buf: Buffer, p: number): "c" | "row" | "col" | null {
  const a = buf[p];
  if (a === 0x63 /* c */) {
    if (isDelimiter(buf[p + 1])) return "c";
    if (buf[p + 1] === 0x6f && buf[p + 2] === 0x6c && isDelimiter(buf[p + 3])) return "col";
  } else if (a === 0x72 /* r */ && buf[p + 1] === 0x6f && buf[p + 2] === 0x77 && isDelimiter(buf[p + 3])) {
    return "row";
  }
  return null;
}

/** Where the value of attribute `name` (written ' r=', with any whitespace before it) starts inside the tag [from, to); -1 when absent. */
function attributeAt(buf: Buffer, from: number, to: number, name: string): number {
  const key = name.slice(1);
  for (let p = buf.indexOf(key, from, "latin1"); p !== -1 && p < to; p = buf.indexOf(key, p + 1, "latin1")) {
    if (isSpace(buf[p - 1]) && buf[p + key.length] === QUOTE) return p + key.length + 1;
  }
  return -1;
}

const isDelimiter = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x2f || b === GT;
const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

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
