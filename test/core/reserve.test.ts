import { parseStaircaseMode, reserveCeiling, reserveHeadroom } from "../../src/core/reserve";
import type { ReserveRule } from "../../src/core/reserve-rule";
import { reserveRuleFromCells } from "../../src/core/reserve-rule-table";

/** A made-up staircase for the tests. NOT Nationella rådet's rule, which we do not know. */
const STAIRS = [
  { from: 0, rate: 0.3 },
  { from: 5_000_000, rate: 0.2 },
  { from: 10_000_000, rate: 0.1 },
];

describe("reserveCeiling", () => {
  it("percent rule: 10,75 % of 000/004's 2023 member income 16 278 000 is 1 749 885", () => {
    expect(reserveCeiling(16278000, { kind: "percent", rate: 0.1075 })).toBe(1749885);
  });

  it("headroom: 000 BR eget kapital 4 898 904 against 004's quoted ceiling 2 646 410 for 15 596 000 is an excess of 2 252 494", () => {
    const rule: ReserveRule = { kind: "percent", rate: 2646410 / 15596000 };
    expect(reserveCeiling(15596000, rule)).toBeCloseTo(2646410, 6);
    expect(reserveHeadroom(15596000, rule, 4898904)).toBeCloseTo(2646410 - 4898904, 6);
  });

  it("marginal staircase: each rate applies to the part within its step", () => {
    // 5 000 000 × 30 % + 5 000 000 × 20 % + 5 596 000 × 10 % = 1 500 000 + 1 000 000 + 559 600.
    expect(reserveCeiling(15596000, { kind: "staircase", mode: "marginal", steps: STAIRS })).toBe(3059600);
    expect(reserveCeiling(4000000, { kind: "staircase", mode: "marginal", steps: STAIRS })).toBe(1200000);
  });

  it("whole staircase: the rate of the step the amount falls in applies to the whole amount, plus its fixed amount", () => {
    expect(reserveCeiling(15596000, { kind: "staircase", mode: "whole", steps: STAIRS })).toBe(1559600);
    const withFixed = STAIRS.map((s, i) => (i === 2 ? { ...s, fixed: 500000 } : s));
    expect(reserveCeiling(15596000, { kind: "staircase", mode: "whole", steps: withFixed })).toBe(2059600);
    expect(reserveCeiling(15596000, { kind: "staircase", mode: "marginal", steps: withFixed })).toBe(3559600);
  });

  it("sorts steps, and is 0 below the first step", () => {
    const reversed = [...STAIRS].reverse();
    expect(reserveCeiling(15596000, { kind: "staircase", mode: "marginal", steps: reversed })).toBe(3059600);
    expect(reserveCeiling(500000, { kind: "staircase", mode: "whole", steps: [{ from: 1000000, rate: 0.2 }] })).toBe(0);
  });

  it("rejects rates written as whole per cents, duplicate steps, no steps and negative income", () => {
    expect(() => reserveCeiling(1000, { kind: "percent", rate: 17 })).toThrow(/skriv 17 % eller 0,17.*write 17 % or 0.17/);
    const dup = [
      { from: 0, rate: 0.1 },
      { from: 0, rate: 0.2 },
    ];
    expect(() => reserveCeiling(1000, { kind: "staircase", mode: "whole", steps: dup })).toThrow(/Två trappsteg.*Two steps/);
    expect(() => reserveCeiling(1000, { kind: "staircase", mode: "whole", steps: [] })).toThrow(/inga steg.*no steps/);
    expect(() => reserveCeiling(-1, { kind: "percent", rate: 0.1 })).toThrow(/Medlemsintäkterna.*Member income/);
  });
});

describe("reserveRuleFromCells (a Parametrar range)", () => {
  it("one number is a percentage rule", () => {
    expect(reserveRuleFromCells([[0.17]], "marginal")).toEqual({ kind: "percent", rate: 0.17 });
  });

  it("skips the heading and blank rows; a blank fixed amount means none", () => {
    const rows = [
      ["Från medlemsintäkter", "Procentsats", "Fast belopp"],
      [0, 0.3, ""],
      [5000000, 0.2, null],
      ["", "", ""],
      [10000000, 0.1, 500000],
      [null, null, null],
    ];
    expect(reserveRuleFromCells(rows, "whole")).toEqual({
      kind: "staircase",
      mode: "whole",
      steps: [
        { from: 0, rate: 0.3 },
        { from: 5000000, rate: 0.2 },
        { from: 10000000, rate: 0.1, fixed: 500000 },
      ],
    });
  });

  it("names a bad cell by row and column", () => {
    expect(() =>
      reserveRuleFromCells(
        [
          [0, 0.3],
          [5000000, "20 %"],
        ],
        "whole",
      ),
    ).toThrow(/rad 2 kolumn 2.*row 2 column 2/);
    expect(() => reserveRuleFromCells([["a"], ["b"]], "whole")).toThrow(/procentsats eller en trappa/);
  });
});

describe("parseStaircaseMode", () => {
  it("reads marginal/hela in Swedish and English", () => {
    expect(["marginal", "Marginell", "hela", "whole"].map(parseStaircaseMode)).toEqual(["marginal", "marginal", "whole", "whole"]);
    expect(() => parseStaircaseMode("trappa")).toThrow(/Okänd trappmetod.*Unknown staircase method/);
  });
});

describe("reserveRuleFromCells: strict, nothing skipped but headings (issue 12 §4)", () => {
  it("a first row with a number is a step, so a bad cell in it is an error, not a heading", () => {
    expect(() =>
      reserveRuleFromCells(
        [
          ["Från", "Sats"],
          [0, "12 %"],
          [5000000, 0.1],
        ],
        "marginal",
      ),
    ).toThrow(/rad 2 kolumn 2: väntade ett tal, fick "12 %"/);
    expect(() => reserveRuleFromCells([[0, "12 %"]], "marginal")).toThrow(/rad 1 kolumn 2.*row 1 column 2/);
  });

  it("checks the rule it read: rates above 100 %, two steps from the same amount", () => {
    expect(() => reserveRuleFromCells([[17]], "marginal")).toThrow(/skriv 17 % eller 0,17/);
    expect(() =>
      reserveRuleFromCells(
        [
          [0, 15],
          [1000, 0.1],
        ],
        "marginal",
      ),
    ).toThrow(/Procentsatsen 15 ligger utanför/);
    expect(() =>
      reserveRuleFromCells(
        [
          [0, 0.2],
          [0, 0.1],
        ],
        "whole",
      ),
    ).toThrow(/Två trappsteg börjar på 0/);
  });
});
