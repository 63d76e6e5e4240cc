/**
 * The --out copy is written to a temporary file created exclusively beside the target and
 * renamed over it: a symlink planted where the temporary file used to go (.<name>.<pid>.tmp,
 * guessable by anyone who can write to the folder) never makes the copy land in its target.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { writeAnnotatedCopy } from "../../src/cli/annotated-copy";
import { REPORT_SHEET_NAME } from "../../src/findings/report-sheet-layout";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { ROOT } from "./build-cli";

let dir: string;
let input: string;
const sha = (p: string) => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-copy-"));
  input = path.join(dir, "budget.xlsx");
  fs.copyFileSync(path.join(ROOT, "examples/002-budget-2022.xlsx"), input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("does not write through a symlink planted under the temporary file's old name", async () => {
  const out = path.join(dir, "granskad.xlsx");
  const victim = path.join(dir, "offer.xlsx");
  fs.copyFileSync(input, victim);
  fs.symlinkSync(victim, path.join(dir, `.granskad.xlsx.${process.pid}.tmp`));
  const before = [sha(input), sha(victim)];
  const { excel } = await readXlsx(input, { keepExcelJS: true });
  await writeAnnotatedCopy(input, excel!, out, [], "sv");
  expect([sha(input), sha(victim)]).toEqual(before);
  expect(fs.lstatSync(out).isFile()).toBe(true);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  expect(copy.worksheets.map((w) => w.name)).toEqual(["Sammanfattning", "Spec", REPORT_SHEET_NAME]);
  // Nothing of the temporary file is left beside the copy.
  expect(fs.readdirSync(dir).sort()).toEqual([`.granskad.xlsx.${process.pid}.tmp`, "budget.xlsx", "granskad.xlsx", "offer.xlsx"]);
});

it("replaces an existing regular file only with the complete copy", async () => {
  const out = path.join(dir, "gammal.xlsx");
  fs.writeFileSync(out, "en gammal kopia");
  const { excel } = await readXlsx(input, { keepExcelJS: true });
  await writeAnnotatedCopy(input, excel!, out, [], "en");
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  expect(copy.worksheets.map((w) => w.name)).toContain(REPORT_SHEET_NAME);
});
