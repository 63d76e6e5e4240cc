import fc from "fast-check";
import { splitMemberContribution } from "../../src/core/member-split";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("splitMemberContribution: seed figures", () => {
  it("000 Not 2 / 004 T1 2023: 16 278 000 → 8 139 000 / 4 069 500 / 4 069 500", () => {
    expect(splitMemberContribution(16278000)).toEqual({ state: 8139000, region: 4069500, municipalities: [4069500] });
  });

  it("004 T1 2024: 15 596 000 → 7 798 000 / 3 899 000, municipalities by their own amounts as keys", () => {
    // Haninge, Tyresö, Nynäshamn 2024; the printed amounts are themselves a valid key.
    const parts = splitMemberContribution(15596000, [2152515, 1084466, 662019]);
    expect(parts).toEqual({ state: 7798000, region: 3899000, municipalities: [2152515, 1084466, 662019] });
  });

  it("004 T1 2020: 16 316 000 → 8 158 000 / 4 079 000 / Haninge 2 207 472, Tyresö 1 177 561, Nynäshamn 693 967", () => {
    const parts = splitMemberContribution(16316000, [2207472, 1177561, 693967]);
    expect(parts).toEqual({ state: 8158000, region: 4079000, municipalities: [2207472, 1177561, 693967] });
  });

  it("002 T3: 6 930 000 with keys 44/27/29 → 3 465 000 / 1 732 500 / 762 300 / 467 775 / 502 425", () => {
    expect(splitMemberContribution(6930000, [44, 27, 29])).toEqual({
      state: 3465000,
      region: 1732500,
      municipalities: [762300, 467775, 502425],
    });
  });

  it("14 600 tkr with keys 47/47/6 and one decimal → 7 300 / 3 650 / 1 715,5 / 1 715,5 / 219", () => {
    expect(splitMemberContribution(14600, [47, 47, 6], 1)).toEqual({
      state: 7300,
      region: 3650,
      municipalities: [1715.5, 1715.5, 219],
    });
  });

  it("an odd total, 11 630 339, adds up exactly: the two missing kronor go to the largest remainders", () => {
    // Exact shares 5 815 169,5 / 2 907 584,75 / 2 907 584,75: rounded down they miss 2 kr,
    // which go to the two ,75 remainders.
    const parts = splitMemberContribution(11630339);
    expect(parts).toEqual({ state: 5815169, region: 2907585, municipalities: [2907585] });
    const keyed = splitMemberContribution(11630339, [44, 27, 29]);
    expect(keyed.state + keyed.region + sum(keyed.municipalities)).toBe(11630339);
    expect(sum(keyed.municipalities)).toBe(2907585);
    // 2 907 585 × 44 % = 1 279 337,4; × 27 % = 785 047,95; × 29 % = 843 199,65: rounded down
    // they miss 2 kr, which go to ,95 and ,65.
    expect(keyed.municipalities).toEqual([1279337, 785048, 843200]);
  });

  it("rounds to whole thousands with decimals -3 and still adds up", () => {
    const parts = splitMemberContribution(6930000, [44, 27, 29], -3);
    // 6 930 000 / 2 = 3 465 000; /4 = 1 732 500 → 1 732 000 or 1 733 000; total stays 6 930 000.
    expect(parts.state + parts.region + sum(parts.municipalities)).toBe(6930000);
    [parts.state, parts.region, ...parts.municipalities].forEach((p) => expect(p % 1000).toBe(0));
  });

  it("rejects negative keys, keys that add up to 0 and fractional decimals, in Swedish and English", () => {
    expect(() => splitMemberContribution(1000, [1, -1])).toThrow(/Fördelningsnycklar.*\/ Split keys/);
    expect(() => splitMemberContribution(1000, [0, 0])).toThrow(/summerar till 0/);
    expect(() => splitMemberContribution(1000, [], 1.5)).toThrow(/decimaler.*decimals/);
  });
});

describe("splitMemberContribution: properties", () => {
  const totals = fc.integer({ min: -1e11, max: 1e11 });
  const keyLists = fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 8 }).filter((ks) => ks.some((k) => k > 0));

  it("parts always add up to the total, and municipal parts to the municipal quarter", () => {
    fc.assert(
      fc.property(totals, keyLists, fc.integer({ min: -3, max: 2 }), (total, keys, decimals) => {
        const parts = splitMemberContribution(total, keys, decimals);
        const unit = 10 ** -decimals;
        const inUnits = (x: number) => Math.sign(x) * Math.round(Math.abs(x / unit)) + 0;
        const roundedTotal = inUnits(total);
        const all = [parts.state, parts.region, ...parts.municipalities].map(inUnits);
        expect(sum(all)).toBe(roundedTotal);
        expect(all[0] + all[1] + inUnits(sum(parts.municipalities))).toBe(roundedTotal);
      }),
    );
  });

  it("does not depend on the scale of the keys (populations or percentages)", () => {
    fc.assert(
      fc.property(totals, keyLists, fc.integer({ min: 2, max: 1000 }), (total, keys, scale) => {
        expect(
          splitMemberContribution(
            total,
            keys.map((k) => k * scale),
          ),
        ).toEqual(splitMemberContribution(total, keys));
      }),
    );
    expect(splitMemberContribution(6930000, [0.44, 0.27, 0.29])).toEqual(splitMemberContribution(6930000, [44, 27, 29]));
  });
});

/**
 * An independent model in whole öre with BigInt: largest remainder with remainders compared
 * exactly, ties to the earlier part, at both levels (50/25/25, then the municipal quarter by keys).
 */
function largestRemainderOre(numerators: bigint[], perUnit: bigint, targetUnits: bigint): bigint[] {
  const floors = numerators.map((n) => n / perUnit);
  let missing = targetUnits - floors.reduce((a, b) => a + b, 0n);
  const order = numerators.map((n, i) => ({ i, r: n % perUnit })).sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  const units = [...floors];
  for (const { i } of order) {
    if (missing <= 0n) break;
    units[i] += 1n;
    missing -= 1n;
  }
  return units;
}

function modelSplitOre(totalOre: bigint, keys: number[], decimals: number): bigint[] {
  const unit = 10n ** BigInt(2 - decimals); // öre per unit of the result
  const target = (2n * totalOre + unit) / (2n * unit); // half up, totalOre ≥ 0
  const [state, region, municipal] = largestRemainderOre(
    [2n, 1n, 1n].map((w) => totalOre * w),
    4n * unit,
    target,
  ).map((u) => u * unit);
  if (keys.length === 0) return [state, region, municipal];
  const k = keys.map(BigInt);
  const sumK = k.reduce((a, b) => a + b, 0n);
  const parts = largestRemainderOre(
    k.map((key) => municipal * key),
    sumK * unit,
    municipal / unit,
  ).map((u) => u * unit);
  return [state, region, ...parts];
}

describe("splitMemberContribution: a repayment is the mirror of a payment (issue 10, Also)", () => {
  const flat = (s: ReturnType<typeof splitMemberContribution>) => [s.state, s.region, ...s.municipalities];

  it("1,5 over three equal keys: 1 / 1 / 0 / 0 / 0, and −1,5: −1 / −1 / 0 / 0 / 0", () => {
    expect(flat(splitMemberContribution(1.5, [1, 1, 1]))).toEqual([1, 1, 0, 0, 0]);
    expect(flat(splitMemberContribution(-1.5, [1, 1, 1]))).toEqual([-1, -1, 0, 0, 0]);
  });

  it("equal fractions tie exactly: a municipal quarter of 2 over keys 4/1/1 gives 2 / 0 / 0", () => {
    // 2 × 4/6 = 1 1/3, 2 × 1/6 = 1/3 twice: all three remainders are 1/3; the missing krona goes to the first.
    expect(flat(splitMemberContribution(8, [4, 1, 1]))).toEqual([4, 2, 2, 0, 0]);
    expect(flat(splitMemberContribution(-8, [4, 1, 1]))).toEqual([-4, -2, -2, 0, 0]);
  });

  it("matches the exact öre model for payments, and its negation for repayments", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.oneof(fc.constant([] as number[]), keyListsForMirror()),
        fc.integer({ min: -3, max: 2 }),
        (totalOre, keys, decimals) => {
          const expected = modelSplitOre(totalOre, keys, decimals).map((ore) => Number(ore) / 100);
          const total = Number(totalOre) / 100;
          expect(flat(splitMemberContribution(total, keys, decimals))).toEqual(expected);
          expect(flat(splitMemberContribution(-total, keys, decimals))).toEqual(expected.map((x) => (x === 0 ? 0 : -x)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

function keyListsForMirror() {
  // Small keys make exact ties between remainders common, where rounding errors would show.
  return fc
    .array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5_000_000 })), { minLength: 1, maxLength: 8 })
    .filter((ks) => ks.some((k) => k > 0));
}
