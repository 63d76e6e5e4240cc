import { Exact, toNumber } from "./exact-decimal";
import { invalidInput } from "./input-error";
import { ownValue } from "./own-value";

/** Units Swedish reports print amounts in. */
export type AmountUnit = "kr" | "tkr" | "mnkr";

/** Kronor per unit. */
export const KRONOR_PER_UNIT: Record<AmountUnit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

const ALIASES: Record<string, AmountUnit> = {
  kr: "kr",
  "kr.": "kr",
  kronor: "kr",
  sek: "kr",
  ":-": "kr",
  tkr: "tkr",
  "tkr.": "tkr",
  ksek: "tkr",
  mnkr: "mnkr",
  "mnkr.": "mnkr",
  mkr: "mnkr",
  "mkr.": "mnkr",
  msek: "mnkr",
};

/** Recognises a unit word ("tkr", "Mkr", "kronor", "SEK"…); undefined when it is not one. */
export function recogniseUnit(word: string): AmountUnit | undefined {
  return ownValue(ALIASES, word.trim().toLowerCase());
}

/** Like recogniseUnit, but an unknown word is an input error naming it. */
export function parseUnit(word: string): AmountUnit {
  const unit = recogniseUnit(word);
  if (!unit) {
    throw invalidInput(`Okänd enhet "${word}": använd kr, tkr eller mnkr.`, `Unknown unit "${word}": use kr, tkr or mnkr.`);
  }
  return unit;
}

/** All recognised unit words, longest first (for suffix matching). */
export const UNIT_WORDS: readonly string[] = Object.keys(ALIASES).sort((a, b) => b.length - a.length);

/** Converts an amount in kronor to `unit` (exactly, then to the nearest double). */
export function kronorIn(unit: AmountUnit, kronor: Exact | number): number {
  return toNumber(new Exact(kronor).div(KRONOR_PER_UNIT[unit]));
}
