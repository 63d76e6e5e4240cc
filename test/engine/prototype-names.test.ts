/**
 * Sheet names, words and config keys that are Object members ("constructor", "toString",
 * "__proto__") are plain text: a sheetRoles config does not give such a sheet a function
 * as its role (its checks still run), a "__proto__" key is kept as a sheet name, and such
 * words in a function argument are unknown words, not prototype members.
 */
import { parseConfig } from "../../src/cli/config-file";
import { recogniseUnit } from "../../src/core/amount-unit";
import { InputError } from "../../src/core/input-error";
import { parseVarianceKind, parseVarianceMode } from "../../src/core/variance";
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { f, sheet, workbook } from "../checks/grid-literal";

const NAMES = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

/** Three cost lines whose SUM total shows 100 kr too much: an error the sum check must report. */
const costs = (name: string) =>
  sheet(name, [
    ["Budget 2024"],
    ["Belopp i kr"],
    ["Post", "Budget 2024"],
    ["Insatser", 1_000_000],
    ["Kansli", 500_000],
    ["Styrelse", 200_000],
    ["Summa kostnader", f("SUM(B4:B6)", 1_000_000 + 500_000 + 200_000 + 100)],
  ]);

describe.each(NAMES)("a sheet named %s", (name) => {
  it("keeps its checks when --config has sheetRoles for other sheets", () => {
    const config = parseConfig(JSON.parse('{"sheetRoles": {"Annat blad": "budget"}}'));
    const errors = validateWorkbook(workbook(costs(name)), config).filter((x) => x.severity === "error");
    expect(errors.map((x) => [x.check, x.sheet, x.cells[0], x.difference])).toEqual([["sum", name, "B7", 100]]);
  });

  it("has no role from Object.prototype, and takes the one configured for it", () => {
    const none = understandWorkbook(workbook(costs(name)), parseConfig({ sheetRoles: { Annat: "rr" } }));
    expect(typeof none.sheets[0].kind).toBe("string");
    expect(none.sheets[0].kind).not.toBe("rr");
    const own = understandWorkbook(workbook(costs(name)), parseConfig(JSON.parse(`{"sheetRoles": {${JSON.stringify(name)}: "rr"}}`)));
    expect(own.sheets[0].kind).toBe("rr");
  });

  it("is an unknown word as a variance kind, mode or unit", () => {
    expect(() => parseVarianceKind(name)).toThrow(InputError);
    expect(() => parseVarianceMode(name)).toThrow(InputError);
    expect(recogniseUnit(name)).toBeUndefined();
  });
});

it('--config keeps a "__proto__" sheet name as its own key', () => {
  const config = parseConfig(JSON.parse('{"sheetRoles": {"__proto__": "br", "Blad1": "rr"}}'));
  expect(Object.keys(config.sheetRoles!)).toEqual(["__proto__", "Blad1"]);
  expect(Object.getPrototypeOf(config.sheetRoles)).toBe(Object.prototype);
});
