/**
 * --out writes an annotated copy — a report sheet (REPORT_SHEET_NAME, the pane's too) with a row and a HYPERLINK per
 * finding, the findings' cells filled — and leaves the input byte for byte as it was;
 * an --out that is the input (directly or through a symlink), a symlink, a device, a fifo
 * or a folder is refused before anything is printed.
 */
import { execFileSync } from "child_process";
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { validateWorkbook } from "../../src/engine/validate";
import type { Finding } from "../../src/findings/finding";
import { REPORT_SHEET_NAME } from "../../src/findings/report-sheet-layout";
import type { Workbook } from "../../src/model/grid";
import { gridToExcelJS } from "../../src/xlsx/grid-to-exceljs";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { ROOT, buildCli } from "./build-cli";
import { finsam } from "./run-finsam";

const SOURCE = path.join(ROOT, "examples/004-budget-2024.xlsx");
let dir: string;
let input: string;
let original: Workbook;
let findings: Finding[];

/** "C12" on `sheet`, or "'Budget netto'!B24" on the sheet it names → "Sheet!Cell". */
function where(sheet: string, ref: string): { sheet: string; cell: string } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref) ?? /^([^!']+)!(.+)$/.exec(ref);
  return m ? { sheet: m[1].replace(/''/g, "'"), cell: m[2] } : { sheet, cell: ref };
}

function link(name: string, to: string): string {
  const p = path.join(dir, name);
  fs.symlinkSync(to, p);
  return p;
}

function fifo(name: string): string {
  const p = path.join(dir, name);
  execFileSync("mkfifo", [p]);
  return p;
}

const sha = (p: string) => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

beforeAll(async () => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-out-"));
  input = path.join(dir, "budget.xlsx");
  fs.copyFileSync(SOURCE, input);
  original = (await readXlsx(input)).workbook;
  findings = validateWorkbook(original);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--out", () => {
  let copy: ExcelJS.Workbook;
  let code: number | null;
  let before: string;

  beforeAll(async () => {
    before = sha(input);
    const out = path.join(dir, "granskad.xlsx");
    const run = finsam(["validate", input, "--out", out]);
    code = run.code;
    expect(run.errLines).toEqual([`finsam: skrev / wrote ${out}`]);
    copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
  }, 60_000);

  it("leaves the input unchanged and exits as without --out", () => {
    expect(sha(input)).toBe(before);
    expect(code).toBe(findings.some((f) => f.severity === "error") ? 1 : 0);
  });

  it("adds a report sheet with a header and one row per finding, linking to its first cell", () => {
    expect(REPORT_SHEET_NAME).toBe("Valideringsrapport");
    expect(copy.worksheets.map((w) => w.name)).toEqual([...original.sheets.map((s) => s.name), REPORT_SHEET_NAME]);
    const ws = copy.getWorksheet(REPORT_SHEET_NAME)!;
    expect(ws.rowCount).toBe(findings.length + 1);
    expect(findings.length).toBeGreaterThan(0);
    findings.forEach((f, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(5).value).toBe(f.message.sv);
      expect(row.getCell(6).value).toBe(f.expected);
      expect(row.getCell(10).value).toBe({ "ore-rounding": "öresavrundning", "sign-flipped": "omvänt tecken" }[f.cause ?? ""] ?? f.cause);
      const link = row.getCell(2);
      const first = where(f.sheet, f.cells[0]);
      // Shown as Excel writes the reference: example 004's names with a space quoted ('Budget netto'!D19), a one-word name bare.
      const shown = first.sheet.includes(" ") ? `'${first.sheet}'!${first.cell}` : `${first.sheet}!${first.cell}`;
      expect(link.formula).toBe(`HYPERLINK("#'${first.sheet}'!${first.cell}","${shown}")`);
      expect(link.result).toBe(shown);
    });
  });

  it("fills every finding cell, red for errors, and no other cell", () => {
    const filled = new Set<string>();
    for (const ws of copy.worksheets.filter((w) => w.name !== REPORT_SHEET_NAME)) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          if (fill?.pattern === "solid") filled.add(`${ws.name}!${cell.address}:${fill.fgColor?.argb}`);
        }),
      );
    }
    const expected = new Set<string>();
    const rank = { error: 0, warning: 1, info: 2 };
    const best = new Map<string, Finding["severity"]>();
    for (const f of findings)
      for (const c of f.cells) {
        const at = where(f.sheet, c);
        const key = `${at.sheet}!${at.cell}`;
        const prev = best.get(key);
        if (!prev || rank[f.severity] < rank[prev]) best.set(key, f.severity);
      }
    const colour = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
    for (const [key, sev] of best) expected.add(`${key}:${colour[sev]}`);
    expect(filled).toEqual(expected);
  });

  it("keeps the original sheets' values, formulas and formats", async () => {
    const read = (await readXlsx(path.join(dir, "granskad.xlsx"))).workbook;
    expect(read.sheets.slice(0, original.sheets.length)).toEqual(original.sheets);
  });
});

it("--out names its sheet so that no sheet has the name in another case (valideringsrapport, VALIDERINGSRAPPORT 2 → Valideringsrapport 3)", async () => {
  const p = path.join(dir, "egna-blad.xlsx");
  const sheets = ["valideringsrapport", "VALIDERINGSRAPPORT 2"].map((name) => ({
    name,
    rows: [
      [{ value: "Post" }, { value: 2024 }],
      [{ value: "Kansli" }, { value: 100 }],
    ],
  }));
  await gridToExcelJS({ sheets }).xlsx.writeFile(p);
  const out = path.join(dir, "egna-blad-granskad.xlsx");
  const run = finsam(["validate", p, "--out", out]);
  expect(run.errLines).toEqual([`finsam: skrev / wrote ${out}`]);
  expect(run.code).toBe(0);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  expect(copy.worksheets.map((w) => w.name)).toEqual(["valideringsrapport", "VALIDERINGSRAPPORT 2", "Valideringsrapport 3"]);
});

describe("--out refused", () => {
  it("when it is the input file", () => {
    const before = sha(input);
    const run = finsam(["validate", input, "--out", input]);
    expect(run.code).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/inte vara indatafilen.*must not be the input file/);
    expect(sha(input)).toBe(before);
  });

  it("when it is a symlink to the input file", () => {
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    const before = sha(input);
    expect(finsam(["validate", input, "--out", link]).code).toBe(2);
    expect(sha(input)).toBe(before);
  });

  it.each([
    ["a device (/dev/null)", () => "/dev/null", /ingen vanlig fil.*not a regular file/],
    ["a symlink to a device", () => link("till-enhet.xlsx", "/dev/null"), /symbolisk länk.*symbolic link/],
    ["a symlink to a file", () => link("till-fil.xlsx", path.join(dir, "annan.xlsx")), /symbolisk länk.*symbolic link/],
    ["a fifo", () => fifo("fifo.xlsx"), /ingen vanlig fil.*not a regular file/],
    ["a folder", () => fs.mkdirSync(path.join(dir, "mapp.xlsx")) ?? path.join(dir, "mapp.xlsx"), /en mapp.*a folder/],
  ])("when it is %s: exit 2 before any report, the target left as it was", (_what, target, pattern) => {
    const out = target();
    const before = fs.lstatSync(out);
    const run = finsam(["validate", input, "--out", out], [], { timeout: 30_000 });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(pattern as RegExp);
    const after = fs.lstatSync(out);
    expect([after.ino, after.mode, after.mtimeMs]).toEqual([before.ino, before.mode, before.mtimeMs]);
  });

  it("when its folder does not exist, with one line", () => {
    const run = finsam(["validate", input, "--out", path.join(dir, "saknas", "ut.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/--out: kan inte skriva.*cannot write/);
  });
});
