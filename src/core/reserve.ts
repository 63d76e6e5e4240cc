import { Exact, toNumber } from "./exact-decimal";
import { invalidInput } from "./input-error";
import type { ReserveRule, StaircaseStep } from "./reserve-rule";

/**
 * The ceiling for eget kapital under the user's rule, in kr, for yearly member
 * contributions `memberIncome` (kr). No rule is built in (see reserve-rule.ts).
 *
 * - percent: rate × memberIncome.
 * - staircase, sorted by `from`; the amount falls in the last step whose `from` ≤ memberIncome
 *   (below the first step the ceiling is 0):
 *   - "marginal": each step's rate applies to the part of memberIncome within that step,
 *     plus the `fixed` amount of the step the amount falls in;
 *   - "whole": that step's rate applies to the whole memberIncome, plus its `fixed` amount.
 * Throws InputError for a negative income or an invalid rule.
 */
export function reserveCeiling(memberIncome: number, rule: ReserveRule): number {
  if (!Number.isFinite(memberIncome) || memberIncome < 0) {
    throw invalidInput(`Medlemsintäkterna måste vara ett belopp ≥ 0, inte ${memberIncome}.`, `Member income must be an amount ≥ 0, not ${memberIncome}.`);
  }
  const income = new Exact(memberIncome);
  if (rule.kind === "percent") {
    checkRate(rule.rate);
    return toNumber(income.times(rule.rate));
  }
  const steps = sortedSteps(rule.steps);
  const k = lastIndexWhere(steps, (s) => income.gte(s.from));
  if (k < 0) return 0;
  const fixed = new Exact(steps[k].fixed ?? 0);
  if (rule.mode === "whole") return toNumber(income.times(steps[k].rate).plus(fixed));
  let ceiling = fixed;
  for (let j = 0; j <= k; j++) {
    const top = j < k ? new Exact(steps[j + 1].from) : income;
    ceiling = ceiling.plus(top.minus(steps[j].from).times(steps[j].rate));
  }
  return toNumber(ceiling);
}

/** Ceiling − eget kapital: positive = headroom left, negative = excess over the ceiling. */
export function reserveHeadroom(memberIncome: number, rule: ReserveRule, equity: number): number {
  return toNumber(new Exact(reserveCeiling(memberIncome, rule)).minus(equity));
}

/** Throws InputError when the rule cannot set a ceiling: a rate outside 0–1, no steps, a bad or repeated "from", a fixed amount that is not a number. */
export function checkReserveRule(rule: ReserveRule): void {
  if (rule.kind === "percent") checkRate(rule.rate);
  else sortedSteps(rule.steps);
}

/** Reads "marginal"/"marginell" or "hela"/"whole" (the rate applies to the whole amount). */
export function parseStaircaseMode(word: string): "marginal" | "whole" {
  const w = word.trim().toLowerCase();
  if (["marginal", "marginell", "marginellt"].includes(w)) return "marginal";
  if (["hela", "helt", "hela beloppet", "whole"].includes(w)) return "whole";
  throw invalidInput(`Okänd trappmetod "${word}": använd marginal eller hela.`, `Unknown staircase method "${word}": use marginal or whole.`);
}

function sortedSteps(steps: readonly StaircaseStep[]): StaircaseStep[] {
  if (steps.length === 0) throw invalidInput("Trappan har inga steg.", "The staircase has no steps.");
  const sorted = [...steps].sort((a, b) => a.from - b.from);
  sorted.forEach((step, i) => {
    if (!Number.isFinite(step.from) || step.from < 0) {
      throw invalidInput(`Trappsteg "från" måste vara ≥ 0, inte ${step.from}.`, `A step's "from" must be ≥ 0, not ${step.from}.`);
    }
    if (i > 0 && step.from === sorted[i - 1].from) {
      throw invalidInput(`Två trappsteg börjar på ${step.from}.`, `Two steps start at ${step.from}.`);
    }
    checkRate(step.rate);
    if (step.fixed !== undefined && !Number.isFinite(step.fixed)) {
      throw invalidInput("Fast belopp i trappan är inte ett tal.", "A fixed amount in the staircase is not a number.");
    }
  });
  return sorted;
}

function checkRate(rate: number): void {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw invalidInput(
      `Procentsatsen ${rate} ligger utanför 0–100 %: skriv 17 % eller 0,17, inte 17.`,
      `The rate ${rate} is outside 0–100 %: write 17 % or 0.17, not 17.`,
    );
  }
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
