import fs from "fs";
import path from "path";
import vm from "vm";
import { makeCustomFunctionsStub } from "../functions/custom-functions-stub";
import { ensureDist } from "./ensure-dist";

/**
 * Loads the shipped dist/functions.js on its own in a Node vm with a stub CustomFunctions and
 * Office, as Excel's runtime would, and calls every registered function.
 */
const stub = makeCustomFunctionsStub();
let metadataIds: string[] = [];

beforeAll(() => {
  const dist = ensureDist();
  const context = vm.createContext({
    CustomFunctions: stub,
    Office: { onReady: () => Promise.resolve({ host: "Excel" }), HostType: { Excel: "Excel" } },
    console,
  });
  vm.runInContext(fs.readFileSync(path.join(dist, "functions.js"), "utf8"), context, { filename: "functions.js" });
  metadataIds = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
}, 300_000);

const call = (id: string, ...args: unknown[]) => {
  const fn = stub.registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("dist/functions.js in a vm", () => {
  it("registers exactly the functions its metadata lists, SPLIT/VARIANCE/RESERVE/NUMBER/SOLIDITET/ROUNDSUM among them", () => {
    expect([...stub.registered.keys()].sort()).toEqual([...metadataIds].sort());
    expect(metadataIds).toEqual(expect.arrayContaining(["SPLIT", "VARIANCE", "RESERVE", "NUMBER", "SOLIDITET", "ROUNDSUM"]));
  });

  it("SPLIT reproduces 000, 002 and the issue's figures", () => {
    expect(call("SPLIT", 16278000, null, null, null)).toEqual([[8139000], [4069500], [4069500]]);
    expect(call("SPLIT", 6930000, [[44], [27], [29]], null, null)).toEqual([[3465000], [1732500], [762300], [467775], [502425]]);
    expect(call("SPLIT", 14600, [[47], [47], [6]], 1, null)).toEqual([[7300], [3650], [1715.5], [1715.5], [219]]);
    const odd = call("SPLIT", 11630339, [[44], [27], [29]], null, null) as number[][];
    expect(odd.reduce((s, [x]) => s + x, 0)).toBe(11630339);
  });

  it("VARIANCE reproduces 000 T3 (Resursråden, Kansli, Totalt, Resultat)", () => {
    expect(call("VARIANCE", [[1393712], [6959733], [26863655]], [[1227385], [7555465], [25342310]], null, null)).toEqual([
      [166327],
      [-595732],
      [1521345],
    ]);
    expect(call("VARIANCE", [[-2252231]], [[896674]], "resultat", null)).toEqual([[3148905]]);
  });

  it("RESERVE, NUMBER, SOLIDITET and ROUNDSUM compute seed figures", () => {
    expect(call("RESERVE", 16278000, [[0.1075]], null, null)).toBe(1749885);
    expect(call("NUMBER", [["1 393 712"], ["\u22122 073 888"], ["5 572,6 tkr"]], null)).toEqual([[1393712], [-2073888], [5572600]]);
    expect(call("SOLIDITET", 4898904, 15691256)).toBeCloseTo(4898904 / 15691256, 15);
    expect(call("ROUNDSUM", [[300.001], [988.038], [243.817], [266.705], [3172.701]], null)).toEqual([[300], [988], [244], [267], [3172]]);
  });

  it("bad input leaves as a CustomFunctions.Error with a Swedish then English message", () => {
    const error = thrown(() => call("NUMBER", [["12 euro"]], null)) as InstanceType<typeof stub.Error>;
    expect(error).toBeInstanceOf(stub.Error);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Kan inte läsa "12 euro".* \/ Cannot read "12 euro"/);
    expect((thrown(() => call("VARIANCE", [[0]], [[1]], "kostnad", "procent")) as InstanceType<typeof stub.Error>).code).toBe("#DIV/0!");
  });

  it("never throws a bare exception, whatever it is given", () => {
    const odd: unknown[] = [undefined, null, "", "x", true, NaN, Infinity, -1, 1e300, {}, [], [[]], [[1, 2], [3]], [["a", true]]];
    for (const id of metadataIds) {
      for (const a of odd) {
        for (const b of odd) {
          const error = thrown(() => call(id, a, b, a, b));
          if (error !== undefined) expect(error).toBeInstanceOf(stub.Error);
        }
      }
    }
  });
});
