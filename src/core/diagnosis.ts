/**
 * Likely cause of a broken relation, when the numbers show it: a flipped sign
 * (difference = 2 × an item, or the figure is the expected one negated), a row left out or counted twice (difference = an item),
 * transposed digits (difference divisible by 9 and the same digits, 264 479 vs 264 497).
 * Öre rounding is decided by the tolerance, not here.
 */
export type Cause = "sign-flipped" | "row-omitted" | "double-counted" | "transposed-digits" | "ore-rounding" | "text-number";

export interface SignedItem {
  value: number;
  sign: number;
}

export function diagnose(actual: number, expected: number, items: readonly SignedItem[], slack: number): Cause | null {
  const diff = actual - expected;
  if (diff === 0) return null;
  const near = (a: number, b: number) => Math.abs(a - b) <= slack;
  if (expected !== 0 && near(actual, -expected)) return "sign-flipped";
  for (const it of items) {
    if (it.value !== 0 && near(Math.abs(diff), 2 * Math.abs(it.value))) return "sign-flipped";
  }
  for (const it of items) {
    if (it.value === 0) continue;
    const contribution = it.sign * it.value;
    if (near(diff, -contribution)) return "row-omitted";
    if (near(diff, contribution)) return "double-counted";
  }
  if (isTransposition(actual, expected)) return "transposed-digits";
  return null;
}

/** Same digits in another order, and a difference divisible by 9 (as every transposition gives). */
export function isTransposition(a: number, b: number): boolean {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a === b) return false;
  if (Math.abs(a - b) % 9 !== 0) return false;
  const digits = (n: number) => String(Math.abs(n)).split("").sort().join("");
  return Math.sign(a) === Math.sign(b) && digits(a) === digits(b);
}
