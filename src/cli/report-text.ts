/**
 * The human view of one file's findings: grouped by sheet (workbook order), errors first
 * within a sheet, one entry per finding —
 *   fel      Balansräkning!C12  <message>  (förväntat 15 691 257, faktiskt 15 691 256, diff -1)
 * — a finding across documents also names the other side ("↔ Budget 2024.xlsx › 'Budget netto'!B12"),
 * a finding marked Fråga or Fel att rätta says so after it; approved findings are folded under
 * "Godkända (n)" after the sheets; a summary line ("7 fel, varav 2 godkända, …"). Lines are
 * wrapped at the terminal's width, the cell reference first, continuation lines indented.
 */
import { formatSwedish } from "../core/swedish-format";
import { shownDecimals } from "../findings/amount-format";
import { oneLine } from "../understand/cell-reading";
import { basisText } from "../findings/basis-text";
import { Finding, OtherCell, SEVERITY_ORDER } from "../findings/finding";
import { ReviewedFinding, applyReview, approvedClause, approvedHeading, isApproved } from "../findings/review-apply";
import { REVIEW_STATUS_TEXT, ReviewMark, ReviewMarks } from "../findings/review-mark";
import type { Lang } from "./args";
import { SEVERITY_LABELS, causeLabel } from "./view-labels";
import { parseCellRef } from "../excel/cell-ref";
import { sheetNameInRef, sheetRef } from "../model/grid";
import { Counts, Summary, summarize } from "./summary";

const WORDS = {
  sv: { expected: "förväntat", actual: "faktiskt", diff: "diff", tolerance: "tolerans", cause: "trolig orsak", file: "Fil", basis: "grund" },
  en: { expected: "expected", actual: "actual", diff: "diff", tolerance: "tolerance", cause: "likely cause", file: "File", basis: "basis" },
};

/** Where a finding's text starts ("  fel      "): its continuation lines are indented as far. */
export const FINDING_INDENT = 11;
/** Continuation indent of the other lines (headings, the summary). */
const LINE_INDENT = 2;
/** Narrowest width wrapped to: below it a line would hold a word or two. */
const MIN_WIDTH = 40;
/** A space no line is broken at, while wrapping (U+0000 cannot occur in a workbook's XML text). */
const GLUE = "\u0000";

export interface TextOptions {
  /** The review marks stored in the file. */
  marks?: ReviewMarks;
  /** Wrap lines at this many characters (the terminal's width); unwrapped when absent. */
  width?: number;
}

export function textReport(file: string, findings: readonly Finding[], sheetOrder: readonly string[], lang: Lang, options: TextOptions = {}): string {
  const marks = options.marks ?? new Map<string, ReviewMark>();
  const reviewed = applyReview(findings, marks);
  const lines: [text: string, indent: number][] = [[`${WORDS[lang].file}: ${file}`, LINE_INDENT]];
  const bySheet = new Map<string, ReviewedFinding[]>();
  for (const r of reviewed.filter((r) => !isApproved(r))) bySheet.set(r.finding.sheet, [...(bySheet.get(r.finding.sheet) ?? []), r]);
  const sheets = [...bySheet.keys()].sort((a, b) => rank(sheetOrder, a) - rank(sheetOrder, b));
  for (const sheet of sheets) {
    const group = [...bySheet.get(sheet)!].sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity]);
    lines.push(["", 0], [`${sheet}  [${summaryText(summarize(group.map((r) => r.finding)), lang)}]`, LINE_INDENT]);
    for (const r of group) lines.push([entry(r.finding, lang, GLUE) + (r.mark ? `  [${markText(r.mark, lang)}]` : ""), FINDING_INDENT]);
  }
  const approved = reviewed.filter(isApproved);
  if (approved.length > 0) {
    lines.push(["", 0], [approvedHeading(approved.length)[lang], LINE_INDENT]);
    for (const r of approved) {
      lines.push([entry(r.finding, lang, GLUE), FINDING_INDENT], [" ".repeat(FINDING_INDENT) + markText(r.mark!, lang), FINDING_INDENT]);
    }
  }
  lines.push(["", 0], [summaryLine(summarize(findings, marks), lang), LINE_INDENT]);
  const width = options.width;
  return (
    lines
      // A sheet or file name with a newline or a terminal escape must not forge a line (GLUE kept).
      .map(([text, indent]): [string, number] => [text.split(GLUE).map(oneLine).join(GLUE), indent])
      .flatMap(([text, indent]) => (width === undefined ? [text] : wrapLine(text, Math.max(MIN_WIDTH, width), indent)))
      .join("\n")
      .split(GLUE)
      .join(" ")
  );
}

export function findingLine(f: Finding, lang: Lang): string {
  return entry(f, lang, " ");
}

/**
 * The finding's entry; `glue` stands for the spaces inside a cell reference and between "↔" and
 * the other side, so that the text report can keep each reference on one line (GLUE).
 */
function entry(f: Finding, lang: Lang, glue: string): string {
  const glued = (ref: string) => ref.replace(/ /g, glue);
  const here = f.cells.length > 0 ? f.cells.map((c) => glued(cellRef(f.sheet, c))).join(", ") : glued(sheetNameInRef(f.sheet));
  const where = f.other ? `${here} ↔${glue}${glued(otherText(f.other))}` : here;
  // Checks may already end their message with the figures, written to the figures' precision.
  const stated = f.message[lang].includes(`(${WORDS[lang].expected} `);
  const details = stated ? "" : detailText(f, lang);
  const basis = basisText(f.basis, lang);
  return `  ${SEVERITY_LABELS[lang][f.severity].padEnd(8)} ${where}  ${f.message[lang]}${details ? `  (${details})` : ""}${basis ? `  [${WORDS[lang].basis}: ${basis}]` : ""}`;
}

/** "Fråga: Stämmer not 3? (Anna Ek, 2026-12-01)": the mark, its comment, who and the day. */
export function markText(m: ReviewMark, lang: Lang): string {
  const who = [m.by, m.at.slice(0, 10)].filter((s) => s !== "").join(", ");
  return `${REVIEW_STATUS_TEXT[m.status][lang]}${m.comment ? `: ${m.comment}` : ""}${who ? ` (${who})` : ""}`;
}

/**
 * The line cut at spaces (not those inside an amount) into lines of at most `width`
 * characters, each after the first indented by `indent`; a word longer than a line is cut
 * where the line ends.
 */
export function wrapLine(line: string, width: number, indent: number): string[] {
  const out: string[] = [];
  let rest = [...line];
  let prefix = "";
  while (prefix.length + rest.length > width) {
    const room = width - prefix.length;
    // Skip the line's own leading spaces: a break there would leave an empty line.
    const lead = prefix === "" ? rest.findIndex((c) => c !== " ") : 0;
    let cut = -1;
    for (let i = Math.min(room, rest.length - 1); i > lead; i--) {
      // Not inside an amount: Swedish digits are grouped with spaces ("15 691 257").
      if (rest[i] === " " && !(isDigit(rest[i - 1]) && isDigit(rest[i + 1]))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = room;
    out.push(prefix + rest.slice(0, cut).join("").trimEnd());
    rest = [...rest.slice(cut).join("").replace(/^ +/, "")];
    prefix = " ".repeat(indent);
  }
  out.push(prefix + rest.join(""));
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** "Budget 2024.xlsx › 'Budget netto'!B12". */
export function otherText(o: OtherCell): string {
  return `${o.workbook} › ${sheetRef(o.sheet, o.cell)}`;
}

export function summaryLine(s: Summary, lang: Lang): string {
  return `${lang === "sv" ? "Sammanfattning" : "Summary"}: ${summaryText(s, lang)}`;
}

function summaryText(s: Summary, lang: Lang): string {
  const of = (key: keyof Counts) => approvedClause(s.approved?.[key] ?? 0)[lang];
  return lang === "sv"
    ? `${s.errors} fel${of("errors")}, ${s.warnings} ${s.warnings === 1 ? "varning" : "varningar"}${of("warnings")}, ${s.infos} info${of("infos")}`
    : `${s.errors} ${s.errors === 1 ? "error" : "errors"}${of("errors")}, ${s.warnings} ${s.warnings === 1 ? "warning" : "warnings"}${of("warnings")}, ${s.infos} ${s.infos === 1 ? "info" : "infos"}${of("infos")}`;
}

function detailText(f: Finding, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  // An amount that is not finite (the engine makes none) is left out rather than printed as Infinity or NaN.
  if (Number.isFinite(f.expected)) parts.push(`${w.expected} ${amount(f.expected!)}`);
  if (Number.isFinite(f.actual)) parts.push(`${w.actual} ${amount(f.actual!)}`);
  if (Number.isFinite(f.difference)) parts.push(`${w.diff} ${amount(f.difference!)}`);
  if (Number.isFinite(f.tolerance) && f.tolerance! > 0) parts.push(`${w.tolerance} ±${amount(f.tolerance!)}`);
  let text = parts.join(", ");
  if (f.cause) text += `${text ? "; " : ""}${w.cause}: ${causeLabel(f.cause, lang)}`;
  return text;
}

/** Swedish digits (space thousands, decimal comma) with as many decimals as the value has, at most 4. */
function amount(v: number): string {
  return Number.isFinite(v) ? formatSwedish(v, shownDecimals(v)) : String(v);
}

/** "Balansräkning!C12"; a cell written with its sheet ('Balansräkning'!C14) is rewritten by Excel's quoting (Balansräkning!C14). */
function cellRef(sheet: string, cell: string): string {
  const at = parseCellRef(cell, sheet);
  return sheetRef(at.sheet, at.address);
}

function rank(order: readonly string[], sheet: string): number {
  const i = order.indexOf(sheet);
  return i < 0 ? order.length : i;
}
