import { reserve } from "../../src/functions/functions";
import { excelErrorOf, installCustomFunctionsStub } from "./custom-functions-stub";

const cf = installCustomFunctionsStub();

/** A made-up staircase as a user would keep it in a Parametrar range (NOT an official rule). */
const PARAMETRAR = [
  ["Från", "Procentsats", "Fast belopp"],
  [0, 0.3, ""],
  [5000000, 0.2, ""],
  [10000000, 0.1, ""],
];

describe("FINSAM.RESERVE", () => {
  it("percent rule: =FINSAM.RESERVE(16278000;10,75%) → 1 749 885", () => {
    expect(reserve(16278000, [[0.1075]])).toBe(1749885);
    expect(reserve(16278000, 0.1075 as any)).toBe(1749885);
  });

  it("staircase from a Parametrar range, marginal by default, hela on request", () => {
    expect(reserve(15596000, PARAMETRAR)).toBe(3059600);
    expect(reserve(15596000, PARAMETRAR, null, "hela")).toBe(1559600);
    expect(reserve(15596000, PARAMETRAR, "", "whole")).toBe(1559600);
  });

  it("with eget kapital: 000 BR 2023 4 898 904 against 2 646 410 (004) is an excess", () => {
    expect(reserve(15596000, [[2646410 / 15596000]], 4898904)).toBeCloseTo(-2252494, 6);
    expect(reserve(15596000, PARAMETRAR, 3000000)).toBe(59600);
  });

  it("rates written as whole per cents, text rules and unknown methods are #VALUE! with a message", () => {
    expect(excelErrorOf(cf, () => reserve(1000, [[17]])).message).toMatch(/skriv 17 % eller 0,17/);
    expect(excelErrorOf(cf, () => reserve(1000, [["17 %"]])).message).toMatch(/regel: texten "17 %" är inget tal/);
    expect(excelErrorOf(cf, () => reserve(1000, [[true]])).message).toMatch(/regel: SANT/);
    expect(excelErrorOf(cf, () => reserve(1000, PARAMETRAR, null, "trappa")).message).toMatch(/Okänd trappmetod/);
    expect(excelErrorOf(cf, () => reserve("15 596 000", PARAMETRAR)).message).toMatch(/medlemsintäkter: texten/);
    expect(excelErrorOf(cf, () => reserve(1000, [[""]])).message).toMatch(/procentsats eller en trappa/);
    expect(
      excelErrorOf(cf, () =>
        reserve(1000, [
          [0, 0.1],
          [5000, "x"],
        ]),
      ).message,
    ).toMatch(/rad 2 kolumn 2/);
  });

  it("blank income is 0", () => {
    expect(reserve("", [[0.17]])).toBe(0);
  });
});
