/**
 * The human view of one file's findings: grouped by sheet (workbook order), errors first
 * within a sheet, one line per finding —
 *   fel      Balansräkning!C12  <message>  (förväntat 15 691 257, faktiskt 15 691 256, diff -1)
 * — a finding across documents also names the other side ("↔ Budget 2024.xlsx › Budget netto!B12") —
 * and a summary line.
 */
import { formatSwedish } from "../core/swedish-format";
import { oneLine } from "../understand/cell-reading";
import { basisText } from "../findings/basis-text";
import { Finding, OtherCell, SEVERITY_ORDER } from "../findings/finding";
import type { Lang } from "./args";
import { SEVERITY_LABELS, causeLabel } from "./view-labels";
import { Summary, summarize } from "./summary";

const WORDS = {
  sv: { expected: "förväntat", actual: "faktiskt", diff: "diff", tolerance: "tolerans", cause: "trolig orsak", file: "Fil", basis: "grund" },
  en: { expected: "expected", actual: "actual", diff: "diff", tolerance: "tolerance", cause: "likely cause", file: "File", basis: "basis" },
};

export function textReport(file: string, findings: readonly Finding[], sheetOrder: readonly string[], lang: Lang): string {
  const lines = [`${WORDS[lang].file}: ${file}`];
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  const sheets = [...bySheet.keys()].sort((a, b) => rank(sheetOrder, a) - rank(sheetOrder, b));
  for (const sheet of sheets) {
    const group = [...bySheet.get(sheet)!].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    lines.push("", `${sheet}  [${summaryText(summarize(group), lang)}]`);
    for (const f of group) lines.push(findingLine(f, lang));
  }
  lines.push("", summaryLine(summarize(findings), lang));
  // A sheet or file name with a newline or a terminal escape must not forge a line.
  return lines.map(oneLine).join("\n");
}

export function findingLine(f: Finding, lang: Lang): string {
  const here = f.cells.length > 0 ? f.cells.map((c) => cellRef(f.sheet, c)).join(", ") : sheetPrefix(f.sheet).slice(0, -1);
  const where = f.other ? `${here} ↔ ${otherText(f.other)}` : here;
  // Checks may already end their message with the figures, written to the figures' precision.
  const stated = f.message[lang].includes(`(${WORDS[lang].expected} `);
  const details = stated ? "" : detailText(f, lang);
  const basis = basisText(f.basis, lang);
  return `  ${SEVERITY_LABELS[lang][f.severity].padEnd(8)} ${where}  ${f.message[lang]}${details ? `  (${details})` : ""}${basis ? `  [${WORDS[lang].basis}: ${basis}]` : ""}`;
}

/** "Budget 2024.xlsx › Budget netto!B12". */
export function otherText(o: OtherCell): string {
  return `${o.workbook} › ${o.sheet}!${o.cell}`;
}

export function summaryLine(s: Summary, lang: Lang): string {
  return `${lang === "sv" ? "Sammanfattning" : "Summary"}: ${summaryText(s, lang)}`;
}

function summaryText(s: Summary, lang: Lang): string {
  return lang === "sv"
    ? `${s.errors} fel, ${s.warnings} ${s.warnings === 1 ? "varning" : "varningar"}, ${s.infos} info`
    : `${s.errors} ${s.errors === 1 ? "error" : "errors"}, ${s.warnings} ${s.warnings === 1 ? "warning" : "warnings"}, ${s.infos} ${s.infos === 1 ? "info" : "infos"}`;
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
  let decimals = 0;
  while (decimals < 4 && Math.abs(Math.round(v * 10 ** decimals) - v * 10 ** decimals) > 1e-9 * Math.max(1, Math.abs(v) * 10 ** decimals)) decimals++;
  return formatSwedish(v, decimals);
}

/** "Balansräkning!C12"; a cell already written with its sheet ('Not 6'!B9) is kept as is. */
function cellRef(sheet: string, cell: string): string {
  return cell.includes("!") ? cell : sheetPrefix(sheet) + cell;
}

function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return (plain ? sheet : `'${sheet.replace(/'/g, "''")}'`) + "!";
}

function rank(order: readonly string[], sheet: string): number {
  const i = order.indexOf(sheet);
  return i < 0 ? order.length : i;
}
