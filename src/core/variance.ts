import { Exact, toNumber } from "./exact-decimal";
import { InputError, invalidInput } from "./input-error";
import { ownValue } from "./own-value";

/**
 * Which sign a variance gets. Positive always means "better than budget":
 * cost: budget − utfall (spent less); revenue and result: utfall − budget (got more).
 */
export type VarianceKind = "cost" | "revenue" | "result";
/** amount: in the figures' own unit; percent: variance / |budget| as a fraction (0.12 = 12 %). */
export type VarianceMode = "amount" | "percent";

const KIND_WORDS: Record<string, VarianceKind> = {
  kostnad: "cost",
  kostnader: "cost",
  cost: "cost",
  costs: "cost",
  intäkt: "revenue",
  intäkter: "revenue",
  intakt: "revenue",
  revenue: "revenue",
  income: "revenue",
  resultat: "result",
  result: "result",
};

const MODE_WORDS: Record<string, VarianceMode> = {
  belopp: "amount",
  amount: "amount",
  procent: "percent",
  percent: "percent",
  "%": "percent",
};

/** Reads "kostnad"/"intäkt"/"resultat" (or cost/revenue/result), any case. */
export function parseVarianceKind(word: string): VarianceKind {
  const kind = ownValue(KIND_WORDS, word.trim().toLowerCase());
  if (!kind) {
    throw invalidInput(`Okänd typ "${word}": använd kostnad, intäkt eller resultat.`, `Unknown kind "${word}": use cost, revenue or result.`);
  }
  return kind;
}

/** Reads "belopp"/"procent" (or amount/percent), any case. */
export function parseVarianceMode(word: string): VarianceMode {
  const mode = ownValue(MODE_WORDS, word.trim().toLowerCase());
  if (!mode) {
    throw invalidInput(`Okänt läge "${word}": använd belopp eller procent.`, `Unknown mode "${word}": use amount or percent.`);
  }
  return mode;
}

/** The variance of one budget/utfall pair under an explicit sign convention. */
export function variance(budget: number, actual: number, kind: VarianceKind = "cost", mode: VarianceMode = "amount"): number {
  const b = new Exact(budget);
  const a = new Exact(actual);
  const difference = kind === "cost" ? b.minus(a) : a.minus(b);
  if (mode === "amount") return toNumber(difference);
  if (b.isZero()) {
    throw new InputError("divisionByZero", "Budget är 0: avvikelsen i procent är odefinierad.", "Budget is 0: the variance in per cent is undefined.");
  }
  return toNumber(difference.div(b.abs()));
}
