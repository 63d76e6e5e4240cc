/**
 * Reading one cell: is it a figure, a year or date, a number written as text, or text;
 * and how precise is a figure (its display step, from the number format).
 */
import type { Cell } from "../model/grid";

/** Quoted literals and escaped characters of a number format, removed before looking at its digits. */
const FORMAT_LITERALS = /"[^"]*"|\\./g;

const CORES = new Map<string, string>();

/** The first section (positive numbers) of a number format, without literals. Memoised: a workbook has few formats. */
function formatCore(numberFormat: string | undefined): string {
  if (!numberFormat) return "";
  let core = CORES.get(numberFormat);
  if (core === undefined) {
    core = numberFormat
      .split(";")[0]
      .replace(FORMAT_LITERALS, "")
      .replace(/\[[^\]]*\]/g, "");
    if (CORES.size < 10_000) CORES.set(numberFormat, core);
  }
  return core;
}

export function isPercentFormat(numberFormat: string | undefined): boolean {
  return formatCore(numberFormat).includes("%");
}

/** A date or time format ("yyyy-mm-dd", "d/m/yyyy", "mmm-yy"): letters y/m/d/h/s and no digit placeholders. */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  let date = DATE_FORMATS.get(numberFormat);
  if (date === undefined) {
    const core = formatCore(numberFormat).toLowerCase();
    date = /[ymdhs]/.test(core) && !/[0#?]/.test(core) && core !== "general";
    if (DATE_FORMATS.size < 10_000) DATE_FORMATS.set(numberFormat, date);
  }
  return date;
}

/** Memoised like CORES: asked for every number cell. */
const DATE_FORMATS = new Map<string, boolean>();

const STEPS = new Map<string, number | null>();

/**
 * Display step of a number shown with this format, in the cell's own unit:
 * "#,##0" → 1, "#,##0.0" → 0.1, "0%" → 0.01, "#,##0," → 1000. For "General" or no
 * format, the step follows the decimals of the value itself (up to 10).
 */
export function displayStep(value: number, numberFormat: string | undefined): number {
  if (!numberFormat) return stepFromDecimals(value);
  let step = STEPS.get(numberFormat);
  if (step === undefined) {
    step = formatStep(formatCore(numberFormat));
    if (STEPS.size < 10_000) STEPS.set(numberFormat, step);
  }
  return step ?? stepFromDecimals(value);
}

/** Step a format shows, or null when it shows whatever decimals the value has ("General"). */
function formatStep(core: string): number | null {
  if (core === "" || /general/i.test(core) || !/[0#?]/.test(core)) return null;
  const dot = core.indexOf(".");
  let decimals = 0;
  if (dot >= 0) {
    const m = /^[0#?]+/.exec(core.slice(dot + 1));
    decimals = m ? m[0].length : 0;
  }
  // Trailing commas after the last digit placeholder scale by 1000 each.
  const tail = /[0#?]((?:,)+)(?:[^0#?]*)$/.exec(core);
  const scale = tail ? Math.pow(1000, tail[1].length) : 1;
  const percent = core.includes("%") ? 0.01 : 1;
  return Math.pow(10, -decimals) * scale * percent;
}

function stepFromDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 1;
  const text = Math.abs(value).toPrecision(12).replace(/0+$/, "");
  const dot = text.indexOf(".");
  const decimals = dot < 0 ? 0 : Math.min(10, text.length - dot - 1);
  return Math.pow(10, -decimals);
}

/** Rounds to a multiple of `step`, half away from zero, without binary noise (0.1 steps stay decimal). */
export function roundToStep(value: number, step: number): number {
  if (step <= 0) return value;
  if (step === 1) return Number.isInteger(value) ? value : Math.sign(value) * Math.floor(Math.abs(value) + 0.5 + 1e-9);
  const q = Math.abs(value) / step;
  const n = Math.floor(q + 0.5 + 1e-9);
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Number((Math.sign(value) * n * step).toFixed(Math.min(20, decimals)));
}

const SPACE = "[ \\u00a0\\u2007\\u2009\\u202f]";
const MINUS = "[-\\u2212\\u2013]";
const GROUPED = `\\d{1,3}(?:${SPACE}\\d{3})+`;
const NUMBER_TEXT = new RegExp(`^(\\()?(${MINUS})?${SPACE}?(${GROUPED}|\\d+)(,\\d+)?(\\))?${SPACE}?(%|kr|tkr|mnkr)?\\.?$`, "i");

export interface TextNumber {
  value: number;
  percent: boolean;
  /** Display step implied by the text's decimals (0,1 → 0.1; % → 0.01). */
  step: number;
}

/**
 * A number written as text the way Swedish reports print numbers: "1 393 712",
 * "1 393 712" with non-breaking spaces, "−5 000", "(1 234)", "5 572,6", "12 %", "17 157 195 kr".
 * Returns null for anything else (labels, "6 år", dates). Values stay in the written unit.
 */
export function readTextNumber(text: string): TextNumber | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return null;
  const m = NUMBER_TEXT.exec(t);
  if (!m) return null;
  const [, open, minus, digits, fraction, close, suffix] = m;
  if (Boolean(open) !== Boolean(close)) return null;
  const decimals = fraction ? fraction.length - 1 : 0;
  let value = Number(digits.replace(new RegExp(SPACE, "g"), "") + (fraction ? "." + fraction.slice(1) : ""));
  if (open || minus) value = -value;
  const percent = suffix === "%";
  const step = Math.pow(10, -decimals) * (percent ? 0.01 : 1);
  return { value: percent ? value / 100 : value, percent, step };
}

/**
 * From this magnitude on (in the cell's own unit) a figure is not judged: a double holds whole
 * numbers exactly only up to 2^53 ≈ 9·10^15, so öre, and sums with such a figure, are no longer
 * exact (and ±1e308 overflows a sum to Infinity). Such a cell reads as unreadable, like an error
 * value, and the too-large-figure check names it.
 */
export const MAX_JUDGED_MAGNITUDE = 1e15;

/** False for a magnitude the engine cannot judge exactly, and for NaN and ±Infinity. */
function isJudgedMagnitude(v: number): boolean {
  return Math.abs(v) < MAX_JUDGED_MAGNITUDE;
}

/** A number, or a number written as text, that is not finite or too large to judge exactly (MAX_JUDGED_MAGNITUDE). */
export function isTooLargeFigure(cell: Cell): boolean {
  if (cell.error) return false;
  const v = cell.value;
  if (typeof v === "number") return !isJudgedMagnitude(v);
  if (typeof v !== "string") return false;
  const t = readTextNumber(v);
  return t !== null && !isJudgedMagnitude(t.value);
}

/** 9999-12-31, the last date Excel shows; a date-formatted number outside 0…this shows as ##### in Excel. */
const MAX_DATE_SERIAL = 2_958_465;

/** What a cell holds, as far as finding tables is concerned. */
export type CellKind = "empty" | "number" | "date" | "text-number" | "text" | "error" | "boolean";

export function cellKind(cell: Cell | undefined): CellKind {
  if (!cell) return "empty";
  if (cell.error) return "error";
  const v = cell.value;
  if (v === null || v === undefined) return cell.formula ? "error" : "empty";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") {
    if (!isJudgedMagnitude(v)) return "error";
    return isDateFormat(cell.numberFormat) && v >= 0 && v <= MAX_DATE_SERIAL ? "date" : "number";
  }
  const s = String(v);
  if (s.trim() === "") return "empty";
  const t = readTextNumber(s);
  if (!t) return "text";
  return isJudgedMagnitude(t.value) ? "text-number" : "error";
}

/** Runs of control characters (a newline, a tab, an escape, C1) and line or paragraph separators. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Text on one line: each run of control characters or line separators becomes one space. Labels
 * are read so, and the CLI prints sheet names and its lines so: a name cannot forge a line.
 */
export function oneLine(s: string): string {
  return s.replace(LINE_BREAKING, " ");
}

/** A cell's text, for labels and headers (numbers as written, long texts kept whole), on one line with single spaces. */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null || cell.value === undefined) return "";
  const s = String(cell.value);
  return isTidy(s) ? s : oneLine(s).replace(/\s+/g, " ").trim();
}

/** True when the text has no whitespace or control character but single inner spaces (most cells): nothing to change. */
function isTidy(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c > 32 && c < 127) {
      prevSpace = false;
    } else if (isJsWhitespace(c) || c < 32 || (c >= 127 && c <= 159)) {
      return false;
    } else {
      prevSpace = false;
    }
  }
  return !prevSpace || s.length === 0;
}

/** The characters of the regex class \s. */
function isJsWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Calendar year of an Excel serial date (1900 system). */
export function serialYear(serial: number): number {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).getUTCFullYear();
}

/** A plausible report year (a year header cell): an integer 1990–2100. */
export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1990 && v <= 2100;
}
