import fs from "fs";
import path from "path";
import { ensureDist, ROOT } from "./ensure-dist";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { swedishMetadata } = require("../../src/functions/swedish-metadata.js");

interface Parameter {
  name: string;
  description: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}

let english: FunctionMetadata[] = [];
let swedish: FunctionMetadata[] = [];

beforeAll(() => {
  const dist = ensureDist();
  english = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions;
  swedish = JSON.parse(fs.readFileSync(path.join(dist, "functions.sv-SE.json"), "utf8")).functions;
}, 300_000);

/** id → parameters as [name, shape, optional], and the result shape. */
const EXPECTED_SHAPES: Record<string, { parameters: [string, "scalar" | "matrix", boolean][]; result: "scalar" | "matrix" }> = {
  SPLIT: {
    parameters: [["total", "scalar", false], ["municipalKeys", "matrix", true], ["decimals", "scalar", true], ["withLabels", "scalar", true]],
    result: "matrix",
  },
  VARIANCE: {
    parameters: [["budget", "matrix", false], ["actual", "matrix", false], ["kind", "scalar", true], ["mode", "scalar", true]],
    result: "matrix",
  },
  RESERVE: {
    parameters: [["memberIncome", "scalar", false], ["rule", "matrix", false], ["equity", "scalar", true], ["method", "scalar", true]],
    result: "scalar",
  },
  NUMBER: { parameters: [["text", "matrix", false], ["unit", "scalar", true]], result: "matrix" },
  SOLIDITET: { parameters: [["equity", "scalar", false], ["totalAssets", "scalar", false]], result: "scalar" },
  ROUNDSUM: { parameters: [["values", "matrix", false], ["decimals", "scalar", true]], result: "matrix" },
};

/** Swedish parameter names as the issue writes the signatures. */
const SWEDISH_PARAMETER_NAMES: Record<string, string[]> = {
  SPLIT: ["total", "kommunnycklar", "decimaler", "etiketter"],
  VARIANCE: ["budget", "utfall", "typ", "läge"],
  RESERVE: ["medlemsintäkter", "regel", "eget_kapital", "metod"],
  NUMBER: ["text", "enhet"],
  SOLIDITET: ["eget_kapital", "summa_tillgångar"],
  ROUNDSUM: ["värden", "decimaler"],
};

describe("generated functions.json", () => {
  it("has every function, id = name, with English descriptions", () => {
    expect(english.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED_SHAPES).sort());
    for (const f of english) {
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(20);
      f.parameters.forEach((p) => expect(p.description.length).toBeGreaterThan(5));
    }
  });

  it.each(Object.entries(EXPECTED_SHAPES))("%s has the parameter and result shapes the functions are written for", (id, shape) => {
    const f = english.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional ?? false])).toEqual(shape.parameters);
    expect(f.result.dimensionality ?? "scalar").toBe(shape.result);
  });
});

describe("functions.sv-SE.json", () => {
  it("has the same ids, names and parameter shapes as functions.json", () => {
    expect(swedish.map((f) => [f.id, f.name])).toEqual(english.map((f) => [f.id, f.name]));
    swedish.forEach((f, i) => {
      const en = english[i];
      expect(f.parameters.map((p) => [p.dimensionality, p.optional, p.type])).toEqual(en.parameters.map((p) => [p.dimensionality, p.optional, p.type]));
      expect(f.result).toEqual(en.result);
    });
  });

  it("describes every function and parameter in Swedish", () => {
    for (const f of swedish) {
      const en = english.find((x) => x.id === f.id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(SWEDISH_PARAMETER_NAMES[f.id]);
      expect(f.description).not.toBe(en.description);
      f.parameters.forEach((p, i) => expect(p.description).not.toBe(en.parameters[i].description));
    }
  });

  it("the Swedish table in src/functions covers exactly the generated ids and parameters", () => {
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/functions.sv.json"), "utf8"));
    expect(Object.keys(table).sort()).toEqual(english.map((f) => f.id).sort());
    const metadata = { functions: english };
    const { [english[0].id]: _dropped, ...missingOne } = table;
    expect(() => swedishMetadata(metadata, missingOne)).toThrow(`no entry for ${english[0].id}`);
    expect(() => swedishMetadata(metadata, { ...table, EXTRA: { description: "x", parameters: {} } })).toThrow(/unknown functions: EXTRA/);
    const renamed = { ...table, SOLIDITET: { ...table.SOLIDITET, parameters: { equity: table.SOLIDITET.parameters.equity } } };
    expect(() => swedishMetadata(metadata, renamed)).toThrow(/SOLIDITET: parameters equity do not match equity,totalAssets/);
  });
});
