/**
 * The tolerance of a finding in words. A relation's band (±Σ step/2 of its figures) is shown
 * only where it matters — the difference is within a few bands of zero — and explained once,
 * on the first such finding of each precision ("tkr med en decimal: varje tal kan vara avrundat
 * ±0,05 tkr; fem tal ger ±0,3"); later ones of that precision say just "tolerans ±0,3".
 * A difference far beyond the band, or a band of zero, says nothing about tolerance.
 */
import type { Finding, LocalizedText } from "./finding";
import { decimalsOf, formatAmount, type Lang } from "./message-text";

/** A difference within this many bands of zero is decided, or nearly, by the band. */
const MATTERS_WITHIN = 3;

/** True when the band is not zero and the difference is close enough to it to make it part of the verdict. */
export function toleranceMatters(difference: number, tolerance: number): boolean {
  return tolerance > 0 && Math.abs(difference) <= MATTERS_WITHIN * tolerance + 1e-9;
}

/** The step the band is shown to: the figures' step, a half step when it falls between (±1,5 in kr, ±0,25 → ±0,3 in 0,1 tkr). */
export function toleranceStep(tolerance: number, step: number): number {
  return Number.isInteger(tolerance) ? Math.min(step, 1) : Math.min(step, 0.5);
}

/** The findings with the first one of each precision whose tolerance matters carrying its explanation. */
export function explainTolerances(findings: readonly Finding[]): Finding[] {
  const explained = new Set<string>();
  return findings.map((f) => {
    if (!f.rounding || f.tolerance === null || f.difference === null || !toleranceMatters(f.difference, f.tolerance)) return f;
    const kind = `${f.unit ?? ""}|${f.rounding.step}`;
    if (explained.has(kind)) return f;
    explained.add(kind);
    const words = toleranceWords(f.tolerance, f.rounding.step, f.rounding.figures, f.unit);
    return { ...f, message: { sv: `${f.message.sv} ${words.sv}`, en: `${f.message.en} ${words.en}` } };
  });
}

/** "Toleransen: tkr med en decimal, varje tal kan vara avrundat ±0,05 tkr; fem tal ger ±0,3." */
export function toleranceWords(tolerance: number, step: number, figures: number | null, unit: Finding["unit"]): LocalizedText {
  const half = (lang: Lang) => `±${formatAmount(step / 2, decimalsOf(step / 2), lang)}${unit ? " " + unit : ""}`;
  const band = (lang: Lang) => `±${formatAmount(tolerance, decimalsOf(toleranceStep(tolerance, step)), lang)}`;
  const kind = precisionWords(step, unit);
  const wholeKronor = unit === "kr" && step === 1;
  const each: LocalizedText = wholeKronor
    ? { sv: `varje tal kan dölja avrundade ören, ${half("sv")}`, en: `each figure may hide rounded öre, ${half("en")}` }
    : { sv: `varje tal kan vara avrundat ${half("sv")}`, en: `each figure may be rounded by ${half("en")}` };
  const all: LocalizedText =
    figures !== null
      ? { sv: `${countSv(figures)} tal ger ${band("sv")}`, en: `${countEn(figures)} ${figures === 1 ? "figure gives" : "figures give"} ${band("en")}` }
      : {
          sv: `summor av avrundade tal och grövre avrundade tal mer; tillsammans ${band("sv")}`,
          en: `totals of rounded figures and more coarsely rounded figures by more; together ${band("en")}`,
        };
  return { sv: `Toleransen: ${kind.sv}, ${each.sv}; ${all.sv}.`, en: `The tolerance: ${kind.en}, ${each.en}; ${all.en}.` };
}

/** "tkr med en decimal", "hela kronor", "hela tkr", "kr avrundade till 1 000"; without a unit "tal med två decimaler". */
function precisionWords(step: number, unit: Finding["unit"]): LocalizedText {
  if (step === 1) {
    if (!unit) return { sv: "heltal", en: "whole numbers" };
    return unit === "kr" ? { sv: "hela kronor", en: "whole kronor" } : { sv: `hela ${unit}`, en: `whole ${unit}` };
  }
  if (step > 1)
    return { sv: `${unit ?? "tal"} avrundade till ${formatAmount(step, 0, "sv")}`, en: `${unit ?? "figures"} rounded to ${formatAmount(step, 0, "en")}` };
  const d = decimalsOf(step);
  return {
    sv: `${unit ?? "tal"} med ${d === 1 ? "en decimal" : `${countSv(d)} decimaler`}`,
    en: `${unit ?? "figures"} to ${countEn(d)} ${d === 1 ? "decimal" : "decimals"}`,
  };
}

const COUNT_SV = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
const COUNT_EN = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function countSv(n: number): string {
  return COUNT_SV[n] ?? String(n);
}

function countEn(n: number): string {
  return COUNT_EN[n] ?? String(n);
}
