/**
 * The vocabulary of Swedish Finsam reports: how labels name totals, results, ratios,
 * counts and closing balances, and how header cells name columns. Pure string rules.
 */
import type { ColumnBasis, RowRole, Unit } from "./types";
import type { TableKind } from "../model/kinds";

/** Labels longer than this are prose, never a line item. */
export const MAX_LABEL_LENGTH = 160;

/** Lower case, collapsed spaces, without "* " bullets, trailing ", varav", ":" or ".". For matching labels. */
export function labelKey(label: string): string {
  let key = LABEL_KEYS.get(label);
  if (key === undefined) {
    key = normalisedLabel(label);
    if (LABEL_KEYS.size < 10_000) LABEL_KEYS.set(label, key);
  }
  return key;
}

/** Memoised: every row's label is keyed more than once (reading the table, its role), and labels repeat across tables. */
const LABEL_KEYS = new Map<string, string>();

function normalisedLabel(label: string): string {
  return label
    .slice(0, MAX_LABEL_LENGTH * 2)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/^[*•·\-–]\s*/, "")
    .replace(/,?\s*varav:?$/, "")
    .replace(/[\s,(]+not(er)?\.?\s*\d{1,2}(\s*(,|;|&|och)\s*\d{1,2})*\)?$/, "")
    .replace(MONEY_UNIT_SUFFIX, "")
    .replace(/[:.]+$/, "")
    .trim();
}

/** A money unit closing a label: "Verksamhetens intäkter (tkr)", "Eget kapital, tkr", "Intäkter i mnkr". */
const MONEY_UNIT_SUFFIX =
  /\s*\((tkr|kr|mnkr|mkr|kronor|tusen kronor|miljoner kronor)\.?\)$|,\s*(tkr|kr|mnkr|mkr)\.?$|\s+i\s+(tkr|kr|mnkr|mkr)\.?$|\s+(tkr|mnkr|mkr)\.?$/;

/**
 * The unit a row's own label states: a money unit at its end ("(tkr)", ", tkr", "i mnkr"),
 * or "(%)"/"(procent)" for a ratio and "(antal)"/"(st)" for a count; null when it states none.
 */
export function unitInLabel(label: string): Unit | null {
  const t = label
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (/\((%|procent)\)$/.test(t)) return "percent";
  if (/\((antal|st\.?)\)$/.test(t)) return "count";
  const m = MONEY_UNIT_SUFFIX.exec(t);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).replace(/\.$/, "");
  if (word === "tkr" || word === "tusen kronor") return "tkr";
  if (word === "mnkr" || word === "mkr" || word === "miljoner kronor") return "mnkr";
  return "kr";
}

/** An account code, row number or item letter ("K3010", "3010:1", "1)", "2.", "a", "b)", "A.1"), even when written as text: no label ("El", "IT" are). */
export function isCodeText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 12) return false;
  return /^\p{L}[.)]?$/u.test(t) || (/\d/.test(t) && /^\p{L}{0,3}[\d.:\-/)]*$/u.test(t));
}

export function isVaravChildLabel(label: string): boolean {
  return /^\s*[*•]\s*\S/.test(label);
}

export function isVaravParentLabel(label: string): boolean {
  return /[,\s]varav:?\s*$/i.test(label);
}

const TOTAL = /^(summa|totalt|total|delsumma|s:a)\b/;
const GRAND_TOTAL =
  /^(summa )?(tillgångar|eget kapital,? avsättningar och skulder|eget kapital och skulder|skulder och eget kapital)$|^totalt?\b|att budgetera$/;
const RESULT = [
  /^årets resultat$/,
  /^resultat$/,
  /nettokostnad$/,
  /^verksamhetens resultat$/,
  /^verksamhetsresultat$/,
  /^rörelseresultat$/,
  /^resultat efter finansiella poster$/,
  /^resultat före /,
  /^årets kassaflöde$/,
  /^kassaflöde (för|från) (den )?löpande verksamhet(en)?$/,
  /^kassaflöde från (investerings|finansierings)verksamhet(en)?$/,
  /^medel från verksamheten före förändring av rörelsekapital$/,
  /^kassaflöde före förändring av rörelsekapital$/,
];
/** All of RESULT as one pattern: one test per key instead of twelve. */
const ANY_RESULT = new RegExp(RESULT.map((r) => `(?:${r.source})`).join("|"));
const CLOSING = /(vid )?årets slut$|^utgående\b|^ub\b|^utgående redovisat värde$/;
const OPENING = /(vid )?årets början$|^ingående\b|^ib\b/;
const RATIO = /\((%|procent)\)$|soliditet|^andel\b|\bandel\b.*%|\bi procent\b|^nyckeltal|kassalikviditet|svarsfrekvens|%$/;
const COUNT = /\((antal|st\.?)\)$|^antal\b|anställda|årsarbetare|avskrivningstid|^deltagare|personer$|^sjukfrånvaro/;

export function isTotalKey(key: string): boolean {
  return TOTAL.test(key);
}

export function isGrandTotalKey(key: string): boolean {
  return GRAND_TOTAL.test(key);
}

export function isResultKey(key: string): boolean {
  return ANY_RESULT.test(key);
}

export function isClosingKey(key: string): boolean {
  return CLOSING.test(key);
}

export function isOpeningKey(key: string): boolean {
  return OPENING.test(key);
}

/** The balance a closing/opening label is about: "likvida medel vid årets slut" → "likvida medel". */
export function balanceSubject(key: string): string {
  return key
    .replace(/(vid )?årets (slut|början)$/, "")
    .replace(/^(utgående|ingående|ub|ib)\b/, "")
    .replace(/\b(ackumulerade|ack\.?)\b/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function isRatioKey(key: string): boolean {
  return RATIO.test(key);
}

export function isCountKey(key: string): boolean {
  return COUNT.test(key);
}

/** Label-only role (before structure and numbers refine it). Rows without figures are headings or text. */
export function roleFromLabel(label: string, hasFigures: boolean): RowRole {
  if (!hasFigures) return label.length > 80 || /[.!?]\s+\S/.test(label) ? "text" : "section-heading";
  let role = FIGURE_ROLES.get(label);
  if (role === undefined) {
    role = figureRole(label);
    if (FIGURE_ROLES.size < 10_000) FIGURE_ROLES.set(label, role);
  }
  return role;
}

/** Memoised like label keys: a role is some ten patterns per figure row, and labels repeat across tables. */
const FIGURE_ROLES = new Map<string, RowRole>();

function figureRole(label: string): RowRole {
  const key = labelKey(label);
  if (label.length > MAX_LABEL_LENGTH) return "text";
  if (isVaravChildLabel(label)) return "varav-child";
  if (isVaravParentLabel(label)) return "varav-parent";
  if (isRatioKey(key)) return "ratio";
  if (isCountKey(key)) return "count";
  if (isTotalKey(key)) return isGrandTotalKey(key) ? "total" : "subtotal";
  if (isClosingKey(key)) return "closing";
  if (isResultKey(key)) return "result";
  return "item";
}

/** Costs in labels, for the sign of a line in a result (costs printed positive are subtracted). */
export function isCostKey(key: string): boolean {
  return /kostnad|avskrivning|utgift|^insatser$|administrat|kansli|styrelse/.test(key) && !/intäkt/.test(key);
}

// ---- headers -------------------------------------------------------------------

const DIFFERENCE = /differens|avvikelse|skillnad|förändring|\bdiff\b|budgetavvikelse/i;

/** Basis of a value column from its header text; null when the text names no column kind. */
export function basisFromHeader(header: string): ColumnBasis | null {
  const h = header.toLowerCase();
  if (DIFFERENCE.test(h)) return "difference";
  if (/utfall|bokslut|verkligt|redovisat/.test(h)) return "utfall";
  if (/prognos/.test(h)) return "prognos";
  if (/budget/.test(h)) return "budget";
  if (/\bplan\b|verksamhetsplan|^vp\b/.test(h)) return "plan";
  if (/\d{4}-\d{2}-\d{2}\s*[-–]?\s*\d{4}-\d{2}-\d{2}/.test(h)) return "period";
  if (/\d{4}-\d{2}-\d{2}/.test(h)) return "balance-date";
  if (/^(år\s*)?(19|20)\d{2}$/.test(h.trim())) return "period";
  if (/(19|20)\d{2}/.test(h)) return "period";
  if (/belopp|kronor|\bkr\b|tkr|mnkr/.test(h)) return "amount";
  return null;
}

/** Years named in a header, in order ("Skillnad (År 2024 - År 2023)" → [2024, 2023]). */
export function yearsIn(header: string): number[] {
  const out: number[] = [];
  const re = /(?<!\d)(19|20)\d{2}(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(header)) !== null) out.push(Number(m[0]));
  return out;
}

/** A header cell text: a column name that is not a line label. */
export function isHeaderText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (/^not(er)?\.?$/i.test(t)) return true;
  if (/^(budget|utfall|prognos|plan|differens|avvikelse|skillnad|förändring|belopp|bokslut|år|helår|period)\b/i.test(t)) return true;
  if (/^(år\s*)?(19|20)\d{2}(\s*[-–]\s*(19|20)?\d{2,4})?$/i.test(t)) return true;
  if (/^(jan(uari)?|feb(ruari)?|mar(s)?|apr(il)?|maj|jun(i)?|jul(i)?|aug(usti)?|sep(t|tember)?|okt(ober)?|nov(ember)?|dec(ember)?)\.?(\s+\d{2,4})?$/i.test(t))
    return true;
  if (/^(kvartal|tertial|q|t)\s*[1-4](\s+\d{4})?$/i.test(t) || /^(andel|procent|%)/i.test(t)) return true;
  if (/^\d{4}-\d{2}-\d{2}(\s*[-–]?\s*\d{4}-\d{2}-\d{2})?$/.test(t)) return true;
  return DIFFERENCE.test(t) && t.length < 50;
}

export function isNoteHeader(text: string): boolean {
  return /^not(er)?\.?$/i.test(text.trim());
}

/** Unit named in a unit line or header ("Belopp i tkr", "(tkr)", "Belopp i kr.", "mnkr"). */
export function unitFromText(text: string): Unit | null {
  const t = text.toLowerCase();
  if (/\bmnkr\b|miljoner kronor|\bmkr\b/.test(t)) return "mnkr";
  if (/\btkr\b|tusental(s)? kronor|tusen kronor/.test(t)) return "tkr";
  if (/belopp i kr\b|\(kr\)|^kr\.?$|\bkronor\b|belopp i svenska kronor/.test(t)) return "kr";
  return null;
}

/** Unit named by a number format's literal ('#,##0 "kr"', '#,##0.0 "tkr"'). */
const FORMAT_UNITS = new Map<string, Unit | null>();

export function unitFromFormat(numberFormat: string | undefined): Unit | null {
  if (!numberFormat || !numberFormat.includes('"')) return null;
  let unit = FORMAT_UNITS.get(numberFormat);
  if (unit === undefined) {
    unit = literalUnit(numberFormat);
    if (FORMAT_UNITS.size < 10_000) FORMAT_UNITS.set(numberFormat, unit);
  }
  return unit;
}

function literalUnit(numberFormat: string): Unit | null {
  const lit = (numberFormat.match(/"([^"]*)"/g) ?? []).join(" ");
  return unitFromText(lit.replace(/"/g, "").trim() === "kr" ? "(kr)" : lit.replace(/"/g, ""));
}

// ---- table kinds -----------------------------------------------------------------

/** Table kind from a title or a sheet name; null when it names none. */
export function kindFromTitle(title: string): TableKind | null {
  const t = title.toLowerCase();
  if (/resultaträkning/.test(t)) return "rr";
  if (/balansräkning/.test(t)) return "br";
  if (/kassaflöde/.test(t)) return "kf";
  if (/^not\s*\d+/.test(t.trim())) return "note";
  if (/5-års|fem år|femårs|flerårs|jämförelse med tidigare år/.test(t)) return "five-year";
  if (/driftsredovisning|kostnadsfördelning/.test(t)) return "driftsredovisning";
  if (/budget och utfall|budgetuppföljning|utfall mot budget/.test(t)) return "budget-utfall";
  if (/medlemstilldelning|medlemsavgifter per|tilldelning per medlem|sammantagna intäkter|fördelning mellan medlemmar/.test(t)) {
    return "member-contributions";
  }
  if (/budget|verksamhetsplan/.test(t)) return "budget";
  return null;
}

/** Note number of a note title ("Not 6. Fordringar" → 6). */
export function noteNumberFromTitle(title: string): number | null {
  const m = /^\s*not\s*(\d+)/i.exec(title);
  return m ? Number(m[1]) : null;
}

/** Note references written in a label: "Fordringar (not 6)", "Kortfristiga skulder, not 7" → [6] / [7]. */
export function noteRefsInLabel(label: string): number[] {
  const m = /[\s,(]not(?:er)?\.?\s*(\d{1,2}(?:\s*(?:,|;|&|och)\s*\d{1,2})*)\)?\s*$/i.exec(label);
  return m ? noteRefs(m[1]) : [];
}

/** Note references of a "Not" cell ("3,4" → [3, 4]; "5" → [5]). */
export function noteRefs(text: string): number[] {
  if (!/^\s*\d{1,2}(\s*(?:,|;|&|och)\s*\d{1,2})*\s*$/.test(text)) return [];
  return (text.match(/\d{1,2}/g) ?? []).map(Number);
}
