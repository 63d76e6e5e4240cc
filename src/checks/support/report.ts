/**
 * The bookkeeping behind ctx.report: from a check's meta and one report, the Finding — id,
 * sheet, cells, numbers, unit, severity, basis, and the message rendered from its template,
 * followed for a relation by the likely cause and the numbers (relationMessage, shared with
 * the checks across documents).
 */
import type { Finding, LocalizedText } from "../../findings/finding";
import { renderMessage } from "../../findings/message-text";
import type { CheckMeta, Report } from "../check";
import { causeText, cellRef, numbersSuffix, roundingOf, type Verdict } from "./relation";
import { amountUnit } from "./table-lookup";

export function findingOf<M extends string>(meta: CheckMeta<M>, r: Report<M>): Finding {
  const sheet = typeof r.at === "string" ? r.at : r.at.sheet;
  const v = r.verdict;
  const severity = v?.severity ?? r.severity;
  if (!severity) throw new Error(`${meta.id}: a finding needs a severity`);
  const numbers = v ?? r.figures ?? { expected: null, actual: null, difference: null, tolerance: null };
  const unit = typeof r.at !== "string" && !r.ratio && (numbers.expected !== null || numbers.actual !== null) ? amountUnit(r.at) : undefined;
  return {
    check: meta.id,
    severity,
    sheet,
    cells: r.cells.map((c) => (typeof c === "string" ? c : cellRef(sheet, c))),
    expected: numbers.expected,
    actual: numbers.actual,
    difference: numbers.difference,
    tolerance: numbers.tolerance,
    ...(unit ? { unit } : {}),
    cause: v ? v.cause : (r.cause ?? null),
    basis: r.basis ?? meta.basis,
    ...(v ? { rounding: roundingOf(v, r.step ?? 1) } : {}),
    message: message(meta, r),
  };
}

function message<M extends string>(meta: CheckMeta<M>, r: Report<M>): LocalizedText {
  const lead = sentence(renderMessage(meta.messages[r.messageId], r.data));
  if (!r.verdict) return lead;
  return relationMessage(lead, r.verdict, r.step ?? 1, r.causeInMessage ? null : causeText(r.verdict.cause));
}

/** A relation's message (inside a workbook or across documents): what differs, the likely cause, the numbers. */
export function relationMessage(lead: LocalizedText, v: Verdict, step: number, cause: LocalizedText | null): LocalizedText {
  const nums = numbersSuffix(v, step);
  const join = (lang: "sv" | "en") => [lead[lang], cause ? cause[lang] + "." : "", nums[lang]].filter(Boolean).join(" ");
  return { sv: join("sv"), en: join("en") };
}

/** A message opens with a capital, also when its template opens with a value ("summaraden under Insatser (2023) …"). */
function sentence(text: LocalizedText): LocalizedText {
  const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  return { sv: capital(text.sv), en: capital(text.en) };
}
