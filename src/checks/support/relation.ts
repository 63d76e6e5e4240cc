/**
 * Judging one relation  actual = Σ sign·term  between shown figures, with the band the
 * figures' precision allows (see understand/interval.ts), and turning the verdict into a
 * Finding. Severity: beyond the band → error; in whole kronor a gap within the band or of
 * at most 2 kr → info (hidden öre); within the band of a rounded table → nothing.
 */
import { amountValue, decimalsOf, formatAmount, renderMessage, type Lang } from "../../findings/message-text";
import type { LocalizedText, Rounding, Severity } from "../../findings/finding";
import { toleranceMatters, toleranceStep } from "../../findings/tolerance-words";
import { a1, qualifiedRef } from "../../model/grid";
import { band, round12, signedSum } from "../../understand/interval";
import type { Figure } from "../../understand/types";
import { diagnose, type Cause, type SignedItem } from "../../core/diagnosis";

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
  return { expected, actual: actual.shown, difference, tolerance, rounded, severity: "error", cause: explainedCause(actual.shown, expected, items, tolerance) };
}

/**
 * The cause the numbers show, only when it reproduces the printed figure (issue 13, "no
 * contradictions"): a flipped sign means the figure is the expected one negated, or what the
 * relation gives with one item's sign turned — not merely a gap of twice an item the other way.
 */
function explainedCause(actual: number, expected: number, items: readonly SignedItem[], tolerance: number): Cause | null {
  const cause = diagnose(actual, expected, items, tolerance);
  if (cause !== "sign-flipped") return cause;
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
  const difference = actual - expected;
  if (expected !== 0 && near(actual, -expected)) return cause;
  if (flippedItem(difference, items, tolerance) !== undefined) return cause;
  // Twice an item, the wrong way round: what else the numbers show, without that reading.
  return diagnose(
    actual,
    expected,
    items.filter((it) => !near(Math.abs(difference), 2 * Math.abs(it.value))),
    tolerance,
  );
}

/** The index of the item whose sign, turned, gives the printed figure (difference = −2 × its contribution). */
export function flippedItem(difference: number, items: readonly SignedItem[], tolerance: number): number | undefined {
  const k = items.findIndex((it) => it.value !== 0 && Math.abs(difference + 2 * it.sign * it.value) <= tolerance);
  return k < 0 ? undefined : k;
}

/** An exact zero-step figure (an empty cell read as 0). */
export const ZERO = { shown: 0, step: 0 } as const;

/** Amount text in the language (Swedish unless given) with as many decimals as the step shows. */
export function amount(value: number, step = 1, lang: Lang = "sv"): string {
  return formatAmount(value, decimalsOf(step), lang);
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A1 ref of the cell, qualified when on another sheet than the finding's. */
export function cellRef(sheet: string, c: CellRef): string {
  return c.sheet === sheet ? a1(c.row, c.col) : qualifiedRef(c.sheet, c.row, c.col);
}

/** A1 refs of the cells, qualified when on another sheet than the finding's. */
export function refs(sheet: string, cells: readonly CellRef[]): string[] {
  return cells.map((c) => cellRef(sheet, c));
}

/** The parenthesis every numeric message ends with; the tolerance in it only where it matters (findings/tolerance-words). */
export function numbersSuffix(v: Verdict, step = 1): LocalizedText {
  const data = {
    expected: amountValue(v.expected, step),
    actual: amountValue(v.actual, step),
    difference: amountValue(v.difference, step),
    tolerance: amountValue(v.tolerance, toleranceStep(v.tolerance, step)),
  };
  return renderMessage(toleranceMatters(v.difference, v.tolerance) ? NUMBERS : NUMBERS_ONLY, data);
}

const NUMBERS: LocalizedText = {
  sv: "(förväntat {expected}, faktiskt {actual}, diff {difference}, tolerans ±{tolerance})",
  en: "(expected {expected}, actual {actual}, difference {difference}, tolerance ±{tolerance})",
};

const NUMBERS_ONLY: LocalizedText = {
  sv: "(förväntat {expected}, faktiskt {actual}, diff {difference})",
  en: "(expected {expected}, actual {actual}, difference {difference})",
};

/** How a relation finding's tolerance arises: its figures' step, and their number when all are shown to it. */
export function roundingOf(v: Verdict, step: number): Rounding {
  return { step, figures: v.rounded.step === step ? v.rounded.figures : null };
}

const CAUSE_TEXT: Record<Cause, LocalizedText> = {
  "sign-flipped": { sv: "Trolig orsak: omvänt tecken", en: "Likely cause: sign flipped" },
  "row-omitted": { sv: "Trolig orsak: en rad saknas i summan", en: "Likely cause: a row left out of the total" },
  "double-counted": { sv: "Trolig orsak: en rad räknad två gånger", en: "Likely cause: a row counted twice" },
  "transposed-digits": { sv: "Trolig orsak: omkastade siffror", en: "Likely cause: transposed digits" },
  "ore-rounding": { sv: "Troligen avrundade ören", en: "Probably rounded öre" },
  "text-number": { sv: "Trolig orsak: ett tal lagrat som text", en: "Likely cause: a number stored as text" },
};

export function causeText(cause: Cause | null): LocalizedText | null {
  return cause ? CAUSE_TEXT[cause] : null;
}
