/**
 * A workbook with 1 000 sheets runs cleanly within a 512 MB heap: the findings of a sheet
 * that does not add up are reported, the others are silent, and progress goes to stderr
 * (never to stdout, which holds exactly one JSON document).
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import type { Cell, Sheet } from "../../src/model/grid";
import { gridToExcelJS } from "../../src/xlsx/grid-to-exceljs";
import { BIN, ROOT, buildCli } from "./build-cli";
import { finsam } from "./run-finsam";

const SHEETS = 1_000;
let dir: string;
let file: string;

const kr = (value: number): Cell => ({ value, numberFormat: "#,##0" });

/** A small budget table; on sheet 500 the typed total has two digits swapped (1 352 000 for 1 325 000: one column, so the diagnosis is the evidence). */
function sheet(n: number): Sheet {
  const total = n === 500 ? 1_352_000 : 1_000_000 + 250_000 + 75_000;
  return {
    name: `Projekt ${n}`,
    rows: [
      [{ value: `Budget projekt ${n}`, bold: true }],
      [],
      [
        { value: "Post", bold: true },
        { value: "Budget 2024", bold: true },
      ],
      [{ value: "Personal" }, kr(1_000_000)],
      [{ value: "Lokaler" }, kr(250_000)],
      [{ value: "Övrigt" }, kr(75_000)],
      [
        { value: "Summa", bold: true },
        { ...kr(total), bold: true },
      ],
    ],
  };
}

beforeAll(async () => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-many-"));
  file = path.join(dir, "tusen-blad.xlsx");
  const sheets = Array.from({ length: SHEETS }, (_, i) => sheet(i + 1));
  await gridToExcelJS({ sheets }).xlsx.writeFile(file);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("validates 1 000 sheets with progress on stderr and one JSON document on stdout", () => {
  const run = finsam(["validate", file, "--json"], ["--max-old-space-size=512"]);
  const doc = JSON.parse(run.stdout);
  const errors = doc.findings.filter((f: { severity: string }) => f.severity === "error");
  expect(errors.map((f: { sheet: string; cells: string[] }) => [f.sheet, f.cells[0]])).toEqual([["Projekt 500", "B7"]]);
  expect(run.code).toBe(1);
  expect(run.errLines).toContainEqual(expect.stringMatching(/läser blad 1\/1000 … \/ reading sheet 1\/1000 …/));
  expect(run.errLines).toContainEqual(expect.stringMatching(/kontrollerar 1000 blad … \/ checking 1000 sheets …/));
}, 120_000);

it("ends by itself when the reader of its progress goes away (2>&1 | head -1)", async () => {
  const child = spawn(process.execPath, [BIN, "validate", file], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  child.stderr.once("data", () => child.stderr.destroy());
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(-1);
    }, 60_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code).not.toBe(-1);
}, 90_000);
