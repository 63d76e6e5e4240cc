/**
 * Judging one relation  actual = Σ sign·term  between shown figures, with the band the
 * figures' precision allows (see understand/interval.ts), and turning the verdict into a
 * Finding. Severity: beyond the band → error; in whole kronor a gap within the band or of
 * at most 2 kr → info (hidden öre); within the band of a rounded table → nothing.
 */
import { formatSwedish } from "../core/swedish-format";
import type { Basis, Finding, LocalizedText, Rounding, Severity } from "../findings/finding";
import { toleranceAmount, toleranceMatters } from "../findings/tolerance-words";
import { a1, qualifiedRef } from "../model/grid";
import { band, round12, signedSum } from "../understand/interval";
import type { Figure } from "../understand/types";
import { diagnose, type Cause } from "../core/diagnosis";

export interface Term {
  figure: Pick<Figure, "shown" | "step">;
  sign: number;
}

export interface Verdict {
  expected: number;
  actual: number;
  difference: number;
  tolerance: number;
  /** The figures the band adds up: how many have a rounding step, and that step when they all share it. */
  rounded: { figures: number; step: number | null };
  severity: Severity;
  cause: Cause | null;
}

/**
 * null when the relation holds (exactly, or within the band of rounded figures).
 * `kronorPerUnit` is the unit the figures are in (1 for kr, 1 000 for tkr). Whole figures hide
 * their decimals (öre in kr), so a gap of 1–2 between them is information; in tkr or mnkr
 * only between figures that are all whole — a whole tkr against one shown to 0,1 tkr hides nothing the other shows.
 */
export function judge(actual: Pick<Figure, "shown" | "step">, terms: readonly Term[], kronorPerUnit = 1): Verdict | null {
  const expected = signedSum(terms);
  const difference = round12(actual.shown - expected);
  if (difference === 0) return null;
  const tolerance = band([actual, ...terms.map((t) => t.figure)]);
  const steps = [actual.step, ...terms.map((t) => t.figure.step)].filter((s) => s > 0);
  const rounded = { figures: steps.length, step: steps.length > 0 && steps.every((s) => s === steps[0]) ? steps[0] : null };
  const wholeKronor = actual.step === 1 && terms.every((t) => (kronorPerUnit === 1 ? t.figure.step <= 1 : t.figure.step === 1 || t.figure.step === 0));
  // Hidden öre: in whole kronor a gap of up to 2 kr (or within the band) is information.
  if (Math.abs(difference) <= (wholeKronor ? Math.max(tolerance, 2) : tolerance) + 1e-9) {
    if (!wholeKronor) return null;
    return { expected, actual: actual.shown, difference, tolerance, rounded, severity: "info", cause: "ore-rounding" };
  }
  const items = terms.map((t) => ({ value: t.figure.shown, sign: t.sign }));
  const cause = diagnose(actual.shown, expected, items, tolerance);
  return { expected, actual: actual.shown, difference, tolerance, rounded, severity: "error", cause };
}

/** An exact zero-step figure (an empty cell read as 0). */
export const ZERO = { shown: 0, step: 0 } as const;

/** Swedish amount text with as many decimals as the step shows. */
export function amount(value: number, step = 1): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return formatSwedish(value, decimals);
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A1 refs of the cells, qualified when on another sheet than the finding's. */
export function refs(sheet: string, cells: readonly CellRef[]): string[] {
  return cells.map((c) => (c.sheet === sheet ? a1(c.row, c.col) : qualifiedRef(c.sheet, c.row, c.col)));
}

/** The parenthesis every numeric message ends with; the tolerance in it only where it matters (findings/tolerance-words). */
export function numbersSuffix(v: Verdict, step = 1): LocalizedText {
  const e = amount(v.expected, step);
  const a = amount(v.actual, step);
  const d = amount(v.difference, step);
  if (!toleranceMatters(v.difference, v.tolerance)) {
    return { sv: `(förväntat ${e}, faktiskt ${a}, diff ${d})`, en: `(expected ${e}, actual ${a}, difference ${d})` };
  }
  const t = toleranceAmount(v.tolerance, step);
  return {
    sv: `(förväntat ${e}, faktiskt ${a}, diff ${d}, tolerans ±${t})`,
    en: `(expected ${e}, actual ${a}, difference ${d}, tolerance ±${t})`,
  };
}

const CAUSE_TEXT: Record<Cause, LocalizedText> = {
  "sign-flipped": { sv: "Trolig orsak: omvänt tecken", en: "Likely cause: sign flipped" },
  "row-omitted": { sv: "Trolig orsak: en rad saknas i summan", en: "Likely cause: a row left out of the total" },
  "double-counted": { sv: "Trolig orsak: en rad räknad två gånger", en: "Likely cause: a row counted twice" },
  "transposed-digits": { sv: "Trolig orsak: omkastade siffror", en: "Likely cause: transposed digits" },
  "ore-rounding": { sv: "Troligen avrundade ören", en: "Probably rounded öre" },
  "text-number": { sv: "Trolig orsak: ett tal lagrat som text", en: "Likely cause: a number stored as text" },
};

/** How a relation finding's tolerance arises: its figures' step, and their number when all are shown to it. */
export function roundingOf(v: Verdict, step: number): Rounding {
  return { step, figures: v.rounded.step === step ? v.rounded.figures : null };
}

export function causeText(cause: Cause | null): LocalizedText | null {
  return cause ? CAUSE_TEXT[cause] : null;
}

/** Builds a relation finding: message = lead text, cause (when any), numbers. */
export function relationFinding(
  check: string,
  sheet: string,
  cells: readonly CellRef[],
  v: Verdict,
  lead: LocalizedText,
  step = 1,
  basis?: Basis,
): Finding {
  const nums = numbersSuffix(v, step);
  const cause = causeText(v.cause);
  const join = (lang: "sv" | "en") => [lead[lang], cause ? cause[lang] + "." : "", nums[lang]].filter(Boolean).join(" ");
  return {
    check,
    severity: v.severity,
    sheet,
    cells: refs(sheet, cells),
    expected: v.expected,
    actual: v.actual,
    difference: v.difference,
    tolerance: v.tolerance,
    cause: v.cause,
    rounding: roundingOf(v, step),
    ...(basis ? { basis } : {}),
    message: { sv: join("sv"), en: join("en") },
  };
}
