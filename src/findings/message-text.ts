/**
 * Message templates and the values they are filled with, rendered per language: a check's
 * meta holds "{row} ({column}) …" in Swedish and English, its report the data; amounts and
 * percentages are formatted here, once, the way each language writes them.
 */
import Decimal from "decimal.js";
import { formatSwedish } from "../core/swedish-format";
import type { LocalizedText } from "./finding";

export type Lang = keyof LocalizedText;

/** An amount shown with as many decimals as its display step has. */
export interface AmountValue {
  amount: number;
  step: number;
}

/** A fraction shown as a percentage with `decimals` decimals. */
export interface PercentValue {
  percent: number;
  decimals: number;
}

/** A number is written as it is (a year, a count); text in both languages is picked by language. */
export type MessageValue = string | number | LocalizedText | AmountValue | PercentValue;

export type MessageData = Readonly<Record<string, MessageValue>>;

export const amountValue = (amount: number, step = 1): AmountValue => ({ amount, step });
export const percentValue = (fraction: number, decimals = 1): PercentValue => ({ percent: fraction, decimals });

/** Decimals a display step shows (1 → 0, 0.1 → 1, 0.01 → 2). */
export function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}

/**
 * An amount in the language's way: Swedish with a space between thousands, a decimal comma and
 * the real minus (−30 111 481,5); English with commas and a decimal point (-30,111,481.5).
 */
export function formatAmount(value: number | Decimal, decimals: number, lang: Lang): string {
  const sv = formatSwedish(value, decimals);
  const negative = sv.startsWith("-");
  const [whole, fraction] = (negative ? sv.slice(1) : sv).split(",");
  if (lang === "sv") return (negative ? MINUS : "") + whole + (fraction === undefined ? "" : "," + fraction);
  return (negative ? "-" : "") + whole.replace(/ /g, ",") + (fraction === undefined ? "" : "." + fraction);
}

/** U+2212, the minus sign of Swedish typesetting. */
const MINUS = "\u2212";

/** A fraction as a percentage in the language's way (0.3122 → "31,2 %" / "31.2 %"). */
export function formatPercent(fraction: number, decimals: number, lang: Lang): string {
  return formatAmount(new Decimal(fraction).times(100), decimals, lang) + " %";
}

function renderValue(v: MessageValue, lang: Lang): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if ("amount" in v) return formatAmount(v.amount, decimalsOf(v.step), lang);
  if ("percent" in v) return formatPercent(v.percent, v.decimals, lang);
  return v[lang];
}

/** The template with each {name} replaced by its value; a name without a value is a mistake in the check. */
export function renderTemplate(template: string, data: MessageData, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`message value "${name}" missing`);
    return renderValue(v, lang);
  });
}

/** The template in both languages. */
export function renderMessage(template: LocalizedText, data: MessageData = {}): LocalizedText {
  return { sv: renderTemplate(template.sv, data, "sv"), en: renderTemplate(template.en, data, "en") };
}
