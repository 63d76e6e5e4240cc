/**
 * main() in process, with stand-in validators: an engine that throws still gives one
 * line and exit 2 (no stack trace); amounts that are not finite become JSON null;
 * --version and --help exit 0.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Io, Validator } from "../../src/cli/validate-command";
import type { Finding } from "../../src/findings/finding";

const EXAMPLE = path.resolve(__dirname, "../../examples/002-budget-2022.xlsx");

async function run(argv: string[], validate: Validator): Promise<{ code: number; out: string; err: string[] }> {
  let out = "";
  const err: string[] = [];
  const io: Io = { stdout: (t) => (out += t), stderr: (t) => err.push(t) };
  const code = await main(argv, validate, io);
  return { code, out, err };
}

const none: Validator = () => [];

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-main-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("an engine that throws: exit 2, one line naming an internal error, no stack", async () => {
  const r = await run(["validate", EXAMPLE], () => {
    throw new TypeError("cannot read properties of undefined (reading 'rows')\n    at understand (x.js:1:1)");
  });
  expect(r.code).toBe(2);
  expect(r.err).toEqual([
    "finsam: internt fel: cannot read properties of undefined (reading 'rows') (kör med FINSAM_DEBUG=1 för detaljer) / internal error: cannot read properties of undefined (reading 'rows') (run with FINSAM_DEBUG=1 for details)",
  ]);
});

it("--json writes a non-finite amount as null and counts severities", async () => {
  const f: Finding = {
    check: "ratio",
    severity: "warning",
    sheet: "Sammanfattning",
    cells: ["B8"],
    expected: Number.NaN,
    actual: 0.32,
    difference: Number.POSITIVE_INFINITY,
    tolerance: null,
    cause: null,
    message: { sv: "sv", en: "en" },
  };
  const r = await run(["validate", EXAMPLE, "--json", "--lang", "en"], () => [f]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toEqual({
    file: EXAMPLE,
    findings: [
      {
        check: "ratio",
        severity: "warning",
        sheet: "Sammanfattning",
        cells: ["B8"],
        expected: null,
        actual: 0.32,
        difference: null,
        tolerance: null,
        cause: null,
        message: "en",
      },
    ],
    summary: { errors: 0, warnings: 1, infos: 0 },
  });
});

it("passes the --config to the engine", async () => {
  const p = path.join(dir, "c.json");
  fs.writeFileSync(p, '{"adminShareTarget": 0.12, "sheetRoles": {"Spec": "budget"}}');
  let seen: unknown;
  await run(["validate", EXAMPLE, "--config", p], (_wb, config) => {
    seen = config;
    return [];
  });
  expect(seen).toEqual({ adminShareTarget: 0.12, sheetRoles: { Spec: "budget" } });
});

it("warns on stderr about a sheetRoles name the workbook does not have, and goes on", async () => {
  const p = path.join(dir, "roles.json");
  fs.writeFileSync(p, '{"sheetRoles": {"Spec": "budget", "Resultatrakning": "rr"}}');
  const r = await run(["validate", EXAMPLE, "--config", p], none);
  expect(r.code).toBe(0);
  expect(r.err).toEqual([`finsam: ${EXAMPLE}: --config sheetRoles: bladet "Resultatrakning" finns inte / sheet "Resultatrakning" does not exist`]);
});

it("--version and --help exit 0", async () => {
  expect(await run(["--version"], none)).toEqual({ code: 0, out: "finsam 0.1.0\n", err: [] });
  expect((await run(["--help"], none)).out).toMatch(/^Användning \/ Usage:/);
});

it("a sheetRoles name with a newline is warned about on one line", async () => {
  const p = path.join(dir, "roles-newline.json");
  fs.writeFileSync(p, JSON.stringify({ sheetRoles: { "Spec\nfinsam: falskt": "budget" } }));
  const r = await run(["validate", EXAMPLE, "--config", p], none);
  expect(r.code).toBe(0);
  expect(r.err).toEqual([`finsam: ${EXAMPLE}: --config sheetRoles: bladet "Spec finsam: falskt" finns inte / sheet "Spec finsam: falskt" does not exist`]);
});

it("with --out, ExcelJS parses the input once: the copy is made from the workbook the checks read", async () => {
  const load = jest.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => Promise<unknown> }, "load");
  try {
    const out = path.join(dir, "kopia.xlsx");
    const r = await run(["validate", EXAMPLE, "--out", out], none);
    expect(r).toEqual({ code: 0, out: expect.stringContaining("Fil: ") as string, err: [`finsam: skrev / wrote ${out}`] });
    expect(load).toHaveBeenCalledTimes(1);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Sammanfattning", "Spec", "Valideringsrapport"]);
  } finally {
    load.mockRestore();
  }
});
