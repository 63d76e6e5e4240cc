/** Settings as stored in the document → the engine's config; user-typed numbers; the staircase range. */
import { reserveRuleFromCells } from "../../src/core/reserve-rule-table";
import { parseRangeRef, toValidationConfig } from "../../src/taskpane/stored-config";
import { parseUserNumber } from "../../src/taskpane/user-number";
import { languageOf, translator } from "../../src/taskpane/i18n";
import { SettingsForm, formOf, readForm } from "../../src/taskpane/settings-form";

describe("parseUserNumber", () => {
  it.each([
    ["12", 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" 17,5 % ", 17.5],
    ["1 000", 1000],
    ["", null],
    ["tio", NaN],
    ["1,2,3", NaN],
  ])("%j → %p", (s, n) => expect(parseUserNumber(s)).toEqual(n));
});

describe("parseRangeRef", () => {
  it("reads plain and quoted sheet names, drops $", () => {
    expect(parseRangeRef("Parametrar!A2:C6")).toEqual({ sheet: "Parametrar", address: "A2:C6" });
    expect(parseRangeRef("'Mina parametrar'!$A$2:$C$6")).toEqual({ sheet: "Mina parametrar", address: "A2:C6" });
    expect(parseRangeRef("'O''Brien'!B3")).toEqual({ sheet: "O'Brien", address: "B3" });
  });
  it("refuses what is not a sheet-qualified range", () => {
    expect(parseRangeRef("A2:C6")).toBeNull();
    expect(parseRangeRef("Parametrar!")).toBeNull();
    expect(parseRangeRef("Parametrar!A2:C6:D7")).toBeNull();
  });
});

describe("the staircase range: the same strict reading as FINSAM.RESERVE (issue 12 §4)", () => {
  const range = { ceiling: { kind: "range" as const, ref: "Parametrar!A1:C4", mode: "marginal" as const } };

  it("reads from/rate/fixed rows with rates as fractions, skips a header row, a blank fixed amount is none", () => {
    const values = [
      ["Från (kr)", "Sats", "Fast belopp"],
      [0, 0.17, ""],
      [5_000_000, 0.15, null],
      [10_000_000, 0.12, 500_000],
    ];
    const steps = [
      { from: 0, rate: 0.17 },
      { from: 5_000_000, rate: 0.15 },
      { from: 10_000_000, rate: 0.12, fixed: 500_000 },
    ];
    expect(toValidationConfig(range, values)).toEqual({ equityCeiling: { kind: "staircase", mode: "marginal", steps } });
    expect(toValidationConfig(range, values).equityCeiling).toEqual(reserveRuleFromCells(values, "marginal"));
  });

  it("refuses what it used to fix silently: a rate as text or in whole per cents, an amount as text, a bad row", () => {
    const header = ["Från (kr)", "Sats", "Fast belopp"];
    const refused: [unknown[][], RegExp][] = [
      [
        [header, [0, "12 %", ""]],
        /Parametrar!A1:C4: Regeln, rad 2 kolumn 2: väntade ett tal, fick "12 %".* \/ Equity ceiling, Parametrar!A1:C4: The rule, row 2 column 2/,
      ],
      [[header, [0, 15]], /Tak för eget kapital, Parametrar!A1:C4: Procentsatsen 15 ligger utanför 0–100 %.* \/ Equity ceiling, .*The rate 15 is outside/],
      [[header, [0, 0.2], ["5 000 000", 0.15]], /rad 3 kolumn 1: väntade ett tal, fick "5 000 000".*row 3 column 1/],
      [[header, [0, 0.2], ["x", "y"]], /rad 3 kolumn 1.*row 3 column 1/],
      [[header, [0, 0.2], [0, 0.1]], /Två trappsteg börjar på 0.*Two steps start at 0/],
      [[header], /Trappan har inga steg.*The staircase has no steps/],
    ];
    for (const [values, message] of refused) expect(() => toValidationConfig(range, values)).toThrow(message);
  });
});

describe("toValidationConfig", () => {
  it("passes roles and targets through and turns a percentage into a percent rule", () => {
    expect(toValidationConfig({ sheetRoles: { Blad1: "rr" }, adminShareTarget: 0.1, ceiling: { kind: "percent", rate: 0.17 } }, null)).toEqual({
      sheetRoles: { Blad1: "rr" },
      adminShareTarget: 0.1,
      equityCeiling: { kind: "percent", rate: 0.17 },
    });
  });
  it("builds a staircase from the range's values; a range holding no rule is refused, not ignored", () => {
    const s = { ceiling: { kind: "range" as const, ref: "Parametrar!A1:B2", mode: "whole" as const } };
    expect(
      toValidationConfig(s, [
        [0, 0.2],
        [1_000_000, 0.1],
      ]),
    ).toEqual({
      equityCeiling: {
        kind: "staircase",
        mode: "whole",
        steps: [
          { from: 0, rate: 0.2 },
          { from: 1_000_000, rate: 0.1 },
        ],
      },
    });
    expect(toValidationConfig(s, [[0.17]])).toEqual({ equityCeiling: { kind: "percent", rate: 0.17 } });
    expect(() => toValidationConfig(s, [["text"]])).toThrow(/Parametrar!A1:B2: Regeln ska vara en procentsats eller en trappa.*The rule must be a rate/);
    expect(toValidationConfig({ ceiling: { kind: "none" } }, null)).toEqual({});
  });
});

describe("language", () => {
  it("is English only for an English display language", () => {
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("en-GB")).toBe("en");
    expect(languageOf("sv-SE")).toBe("sv");
    expect(languageOf("fi-FI")).toBe("sv");
    expect(languageOf(undefined)).toBe("sv");
  });
  it("fills placeholders", () => {
    expect(translator("sv")("findingsCount", 3, 2)).toBe("3 avvikelser på 2 blad");
    expect(translator("en")("findingsCount", 3, 2)).toBe("3 findings on 2 sheets");
  });
});

describe("the settings form", () => {
  const blank: SettingsForm = { roles: [], ceiling: "none", rate: "", rangeRef: "", mode: "marginal", admin: "" };

  it("shows stored fractions as the per cent the user types, in the user's decimal sign", () => {
    const stored = { adminShareTarget: 0.12, ceiling: { kind: "percent" as const, rate: 0.175 } };
    expect(formOf(stored, "sv")).toEqual({ ceiling: "percent", rate: "17,5", rangeRef: "", mode: "marginal", admin: "12" });
    expect(formOf(stored, "en").rate).toBe("17.5");
    expect(formOf({ ceiling: { kind: "range", ref: "Parametrar!A2:C6", mode: "whole" } }, "sv")).toEqual({
      ceiling: "range",
      rate: "",
      rangeRef: "Parametrar!A2:C6",
      mode: "whole",
      admin: "",
    });
    expect(formOf({}, "sv")).toEqual({ ceiling: "none", rate: "", rangeRef: "", mode: "marginal", admin: "" });
  });

  it("reads a filled-in form as the settings it stands for", () => {
    expect(
      readForm({
        ...blank,
        roles: [
          ["Resultaträkning", "rr"],
          ["Blad2", ""],
        ],
        ceiling: "percent",
        rate: "17,5",
        admin: "12",
      }),
    ).toEqual({
      ok: { sheetRoles: { Resultaträkning: "rr" }, adminShareTarget: 0.12, ceiling: { kind: "percent", rate: 0.175 } },
    });
    expect(readForm({ ...blank, ceiling: "range", rangeRef: " 'Mina parametrar'!A2:C6 ", mode: "whole" })).toEqual({
      ok: { ceiling: { kind: "range", ref: "'Mina parametrar'!A2:C6", mode: "whole" } },
    });
    expect(readForm(blank)).toEqual({ ok: {} });
  });

  it("a sheet named __proto__ is a role like any other, not the prototype", () => {
    const read = readForm({ ...blank, roles: [["__proto__", "br"]] });
    expect("ok" in read && Object.getOwnPropertyNames(read.ok.sheetRoles)).toEqual(["__proto__"]);
    expect("ok" in read && Object.getPrototypeOf(read.ok.sheetRoles)).toBe(Object.prototype);
  });

  it("names the first field to correct: the admin share, the rate, the range", () => {
    expect(readForm({ ...blank, admin: "tio", ceiling: "percent", rate: "x" })).toEqual({ invalid: "admin", message: "invalidNumber" });
    expect(readForm({ ...blank, ceiling: "percent", rate: "" })).toEqual({ invalid: "rate", message: "invalidNumber" });
    expect(readForm({ ...blank, ceiling: "range", rangeRef: "A2:C6" })).toEqual({ invalid: "rangeRef", message: "invalidRange" });
    // A rate left behind when another choice is made is not read.
    expect(readForm({ ...blank, ceiling: "none", rate: "x" })).toEqual({ ok: {} });
  });
});
