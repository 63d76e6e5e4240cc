/**
 * bin/finsam.js refuses what it cannot read or was called with wrongly: exit 2, nothing
 * on stdout, exactly one line on stderr in Swedish and English, no stack trace, and the
 * input file unchanged byte for byte. A zip bomb is refused within a 192 MB heap.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { HOSTILE, writeHostileFiles } from "../xlsx/hostile-files";
import { zip } from "../xlsx/zip-writer";
import { buildCli } from "./build-cli";
import { Run, finsam } from "./run-finsam";

let dir: string;
let files: Map<string, string>;
const EXAMPLE = "examples/002-budget-2022.xlsx";

beforeAll(() => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-cli-"));
  files = writeHostileFiles(dir);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (p: string) => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

function expectRefusal(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.errLines).toHaveLength(1);
  expect(run.errLines[0]).toMatch(/^finsam: .+ \/ .+/);
  expect(run.errLines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe("unreadable files", () => {
  it.each(HOSTILE.map((h) => [h.name, h.code]))("%s (%s): exit 2, one line, file unchanged; also with --json", (name) => {
    const p = files.get(name)!;
    const before = sha(p);
    expectRefusal(finsam(["validate", p], ["--max-old-space-size=192"]), new RegExp(name.replace(/\./g, "\\.")));
    expectRefusal(finsam(["validate", "--json", p]), /finsam: /);
    expect(sha(p)).toBe(before);
  });

  it("names the problem: encrypted, csv, zip bomb, missing", () => {
    expect(finsam(["validate", files.get("encrypted.xlsx")!]).stderr).toMatch(/lösenordsskyddad.*password-protected/);
    expect(finsam(["validate", files.get("renamed-csv.xlsx")!]).stderr).toMatch(/textfil.*text file/);
    expect(finsam(["validate", files.get("zip-bomb.xlsx")!]).stderr).toMatch(/zip-bomb.*zip bomb/);
    expectRefusal(finsam(["validate", path.join(dir, "saknas.xlsx")]), /finns inte.*not found/);
  });

  it("reports the readable files and exits 2 when one of several cannot be read", () => {
    const run = finsam(["validate", EXAMPLE, files.get("empty.xlsx")!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`Fil: ${EXAMPLE}`);
    expect(run.errLines).toHaveLength(1);
  });
});

it("bounds memory by the heap: 15 MB of XML is too much for a 192 MB heap, not for the default one", () => {
  const p = path.join(dir, "femton-mb.xlsx");
  const body = Buffer.alloc(15 * 1024 * 1024, " ");
  fs.writeFileSync(
    p,
    zip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: body, deflated: zlib.deflateRawSync(body) },
    ]),
  );
  expectRefusal(finsam(["validate", p], ["--max-old-space-size=192"]), /packas upp till 15 MB.*unpacks to 15 MB/);
  const roomy = finsam(["validate", p]);
  expect(roomy.code).toBe(2);
  expect(roomy.stderr).not.toMatch(/packas upp/);
});

describe("bad calls", () => {
  it.each([
    [["validate"], /minst en .*at least one/],
    [["validera", EXAMPLE], /okänt kommando.*unknown command/],
    [["validate", EXAMPLE, "--lang", "fr"], /--lang.*sv eller en.*sv or en/],
    [["validate", EXAMPLE, "--lang"], /kräver ett värde.*needs a value/],
    [["validate", EXAMPLE, "--bogus"], /okänd flagga.*unknown option/],
    [["validate", EXAMPLE, EXAMPLE, "--out", "x.xlsx"], /en indatafil.*one input file/],
  ])("finsam %j: exit 2 with a message", (args, pattern) => {
    expectRefusal(finsam(args as string[]), pattern as RegExp);
  });

  it("--help prints the usage and exits 0", () => {
    const run = finsam(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("finsam validate <fil.xlsx>");
  });
});

describe("--config", () => {
  const config = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };

  it.each([
    ["not-json.json", "{ equityCeiling: 0.17 ", /inte giltig JSON.*not valid JSON/],
    ["array.json", "[]", /JSON-objekt.*JSON object/],
    ["unknown-key.json", '{"ceiling": 0.17}', /okänd nyckel "ceiling".*unknown key "ceiling"/],
    ["rate-17.json", '{"equityCeiling": {"kind": "percent", "rate": 17}}', /17.*0–100 %.*0\.17/],
    ["bad-kind.json", '{"equityCeiling": {"kind": "trappa"}}', /"percent" eller "staircase".*"percent" or "staircase"/],
    ["no-steps.json", '{"equityCeiling": {"kind": "staircase", "mode": "whole", "steps": []}}', /minst ett steg.*at least one step/],
    [
      "bad-step.json",
      '{"equityCeiling": {"kind": "staircase", "mode": "whole", "steps": [{"from": "0", "rate": 0.2}]}}',
      /steps\[0\]\.from.*ett tal.*a number/,
    ],
    ["admin-10.json", '{"adminShareTarget": 10}', /adminShareTarget.*0\.1 = 10 %/],
    ["bad-role.json", '{"sheetRoles": {"Blad1": "resultat"}}', /sheetRoles\["Blad1"\].*"resultat"/],
    // 50 000 nested objects: refused by depth, not by a stack overflow.
    [
      "deep.json",
      `{"equityCeiling": {"kind": ${'{"a": '.repeat(50_000)}1${"}".repeat(50_000)}}}`,
      /^finsam: --config: filen är nästlad för djupt \(mer än 8 nivåer\) \/ --config: the file is nested too deeply \(more than 8 levels\)$/,
    ],
    ["deep-array.json", `${"[".repeat(50_000)}${"]".repeat(50_000)}`, /för djupt.*too deeply/],
    [
      "rate-1e400.json",
      '{"equityCeiling": {"kind": "percent", "rate": 1e400}}',
      /equityCeiling\.rate är ett för stort tal \/ --config: equityCeiling\.rate is too large a number$/,
    ],
    ["admin-1e400.json", '{"adminShareTarget": -1e400}', /adminShareTarget är ett för stort tal.*adminShareTarget is too large a number$/],
    ["role-newline.json", '{"sheetRoles": {"Blad1\\nfel  X!A1": "resultat"}}', /sheetRoles\["Blad1\\nfel {2}X!A1"\]: okänd roll "resultat"/],
  ])("%s is refused with an explanation", (name, text, pattern) => {
    expectRefusal(finsam(["validate", EXAMPLE, "--config", config(name as string, text as string)]), pattern as RegExp);
  });

  it("a missing config file is refused", () => {
    expectRefusal(finsam(["validate", EXAMPLE, "--config", path.join(dir, "nope.json")]), /--config: kan inte läsa.*cannot read/);
  });

  it("a valid config is accepted", () => {
    const p = config(
      "ok.json",
      JSON.stringify({
        equityCeiling: {
          kind: "staircase",
          mode: "marginal",
          steps: [
            { from: 0, rate: 0.2 },
            { from: 10_000_000, rate: 0.1, fixed: 0 },
          ],
        },
        adminShareTarget: 0.3,
        sheetRoles: { Spec: "budget" },
      }),
    );
    const run = finsam(["validate", EXAMPLE, "--config", p, "--json"]);
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).file).toBe(EXAMPLE);
  });
});
