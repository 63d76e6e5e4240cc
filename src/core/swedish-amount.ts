import { AmountUnit, KRONOR_PER_UNIT, UNIT_WORDS, recogniseUnit } from "./amount-unit";
import { Exact } from "./exact-decimal";
import { invalidInput } from "./input-error";

/** Every space-like character reports and web pages use between digit groups. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
/** Hyphen-minus, en dash, em dash, minus sign (U+2212). */
const MINUS = /^[-\u2013\u2014\u2212]/;
const DASH_ONLY = /^[-\u2013\u2014\u2212]$/;
const GROUPED = /^\d{1,3}( \d{3})*(,\d+)?$/;
const UNGROUPED = /^\d+(,\d+)?$/;

/**
 * Parses a Swedish amount written as text and returns it in kronor:
 * "1 393 712", "5 572,6", "−2 073 888", "- 21 090", "(1 234)", "12 tkr", "1,5 mnkr",
 * "17 157 195 kr", "1 234,-". Non-breaking, thin and figure spaces count as spaces.
 * A blank text and a dash alone ("-", "–") mean zero, as in printed tables. A minus inside
 * parentheses ("(−5)", "(-5 tkr)") is refused as ambiguous: it could be a double negative or
 * a negative written twice.
 * Anything else is an InputError naming the part that was not understood.
 */
export function parseSwedishAmount(text: string): Exact {
  let rest = text.replace(SPACES, " ").trim();
  if (rest === "" || DASH_ONLY.test(rest)) return new Exact(0);

  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    negative = true;
    rest = parenthesised[1].trim();
  }

  let unit: AmountUnit = "kr";
  const lower = rest.toLowerCase();
  const unitWord = UNIT_WORDS.find((w) => lower.endsWith(w) && /[\d\s)]/.test(rest.charAt(rest.length - w.length - 1)));
  if (unitWord) {
    unit = recogniseUnit(unitWord) as AmountUnit;
    rest = rest.slice(0, rest.length - unitWord.length).trim();
  }

  rest = rest.replace(/,[-\u2013]$/, ""); // "1 234,-": whole kronor

  const innerParens = !negative && /^\((.*)\)$/.exec(rest);
  if (innerParens) {
    negative = true;
    rest = innerParens[1].trim();
  }

  if (MINUS.test(rest)) {
    if (negative) throw ambiguousSign(text);
    negative = true;
    rest = rest.slice(1).trim();
  } else if (rest.startsWith("+")) {
    rest = rest.slice(1).trim();
  }

  if (!GROUPED.test(rest) && !UNGROUPED.test(rest)) throw notUnderstood(text, rest);

  const magnitude = new Exact(rest.replace(/ /g, "").replace(",", ".")).times(KRONOR_PER_UNIT[unit]);
  return negative ? magnitude.negated() : magnitude;
}

function ambiguousSign(text: string): Error {
  return invalidInput(
    `Kan inte läsa "${text}" som ett belopp: minustecken inom parentes är tvetydigt (skriv "(5)" eller "−5").`,
    `Cannot read "${text}" as an amount: a minus sign inside parentheses is ambiguous (write "(5)" or "−5").`,
  );
}

function notUnderstood(text: string, rest: string): Error {
  const culprit = describeCulprit(rest);
  return invalidInput(`Kan inte läsa "${text}" som ett belopp: ${culprit.sv}.`, `Cannot read "${text}" as an amount: ${culprit.en}.`);
}

function describeCulprit(rest: string): { sv: string; en: string } {
  if (rest === "") return { sv: "inga siffror", en: "no digits" };
  if (rest.includes(".")) {
    return {
      sv: 'punkt är inte decimaltecken på svenska (skriv "5 572,6")',
      en: 'a point is not the Swedish decimal sign (write "5 572,6")',
    };
  }
  if (rest.includes("%")) return { sv: "procent är inget belopp", en: "a percentage is not an amount" };
  const odd = /[^\d ,]+/.exec(rest);
  if (odd) return { sv: `"${odd[0]}" förstods inte`, en: `"${odd[0]}" was not understood` };
  if ((rest.match(/,/g) ?? []).length > 1) return { sv: "mer än ett decimalkomma", en: "more than one decimal comma" };
  return {
    sv: `siffergrupperna i "${rest}" är inte tusental om tre siffror`,
    en: `the digit groups in "${rest}" are not thousands of three digits`,
  };
}
