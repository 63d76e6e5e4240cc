import { Exact, toNumber } from "./exact-decimal";
import { invalidInput } from "./input-error";
import { roundKeepingTotal } from "./largest-remainder";

/** The Finsam split of a member contribution (lag 2003:1210): state ½, region ¼, municipalities ¼. */
export interface MemberSplit {
  /** Staten (Försäkringskassan + Arbetsförmedlingen): half. */
  state: number;
  /** Regionen: a quarter. */
  region: number;
  /** The municipal quarter, one part per key (or one part when no keys are given). */
  municipalities: number[];
}

const STATE_REGION_MUNICIPAL_WEIGHTS = [2, 1, 1];

/**
 * Splits `total` 50/25/25 and the municipal quarter by `keys` (populations or percentages,
 * any scale), rounded to `decimals` places (0 = whole kronor, 1 = one decimal, −3 = whole
 * thousands). Largest remainder at both levels: the three shares add up to the rounded total
 * and the municipal parts add up to the municipal quarter, exactly. A negative total (a
 * repayment) splits as the exact mirror of the positive one: every part negated, so ties
 * fall on the same parts either way.
 */
export function splitMemberContribution(total: number, keys: readonly number[] = [], decimals = 0): MemberSplit {
  if (!Number.isFinite(total)) throw invalidInput("Totalen är inte ett tal.", "The total is not a number.");
  checkKeys(keys);
  if (total < 0) return mirrored(splitMemberContribution(-total, keys, decimals));
  const exactTotal = new Exact(total);
  const [state, region, municipal] = allocate(exactTotal, STATE_REGION_MUNICIPAL_WEIGHTS, decimals);
  const municipalities = keys.length === 0 ? [municipal] : allocate(municipal, keys, decimals, municipal);
  return { state: toNumber(state), region: toNumber(region), municipalities: municipalities.map((m) => toNumber(m)) };
}

function allocate(amount: Exact, weights: readonly number[], decimals: number, total?: Exact): Exact[] {
  const sum = weights.reduce((s, w) => s.plus(w), new Exact(0));
  return roundKeepingTotal(
    weights.map((w) => amount.times(w)),
    decimals,
    total,
    sum,
  );
}

function checkKeys(keys: readonly number[]): void {
  for (const key of keys) {
    if (!Number.isFinite(key) || key < 0) {
      throw invalidInput(`Fördelningsnycklar måste vara tal ≥ 0, inte ${key}.`, `Split keys must be numbers ≥ 0, not ${key}.`);
    }
  }
  if (keys.length > 0 && keys.every((k) => k === 0)) {
    throw invalidInput("Fördelningsnycklarna summerar till 0.", "The split keys add up to 0.");
  }
}

/** Every part negated (0 stays 0, never −0). */
function mirrored(split: MemberSplit): MemberSplit {
  const negate = (x: number) => (x === 0 ? 0 : -x);
  return { state: negate(split.state), region: negate(split.region), municipalities: split.municipalities.map(negate) };
}
