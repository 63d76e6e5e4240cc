/**
 * bin/finsam.js on example 000 with review marks stored the way Office stores the add-in's
 * settings (test/support/addin-settings-xlsx.ts): --json carries each marked finding's
 * review, the summary counts the approved ones, the text folds them under "Godkända (n)",
 * the exit code looks at the errors still open, the --out copy's report sheet lists every
 * finding with its mark; a changed figure un-approves its finding; damaged marks are one
 * line on stderr and no marks. Expected findings come from the engine run in process.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { validateWorkbook } from "../../src/engine/validate";
import { CHECKS } from "../../src/engine/registry";
import type { Finding } from "../../src/findings/finding";
import { REPORT_SHEET_NAME } from "../../src/findings/report-sheet-layout";
import { fingerprintOf } from "../../src/findings/review-fingerprint";
import type { ReviewMark } from "../../src/findings/review-mark";
import { REVIEW_SETTING, serializeReview } from "../../src/findings/review-store";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { withAddinSettings } from "../support/addin-settings-xlsx";
import { ROOT, buildCli } from "./build-cli";
import { finsam } from "./run-finsam";

const SOURCE = path.join(ROOT, "examples/000-arsredovisning-2023.xlsx");
let dir: string;
let findings: Finding[];
let errors: Finding[];
let marks: Map<string, ReviewMark>;
let marked: string;

const approved: ReviewMark = { status: "approved", comment: "Förklarad i not 3", by: "Anna Ek", at: "2026-12-01T10:00:00.000Z" };
const question: ReviewMark = { status: "question", comment: "Vilket år gäller?", by: "Bo Berg", at: "2026-12-01T11:30:00.000Z" };

function write(name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

beforeAll(async () => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-review-"));
  findings = validateWorkbook((await readXlsx(SOURCE)).workbook);
  errors = findings.filter((f) => f.severity === "error");
  const d24 = errors.find((f) => f.check === "difference-column" && f.cells[0] === "D24")!;
  const info = findings.find((f) => f.severity === "info")!;
  marks = new Map([
    [fingerprintOf(errors[0]), approved],
    [fingerprintOf(d24), approved],
    [fingerprintOf(info), question],
  ]);
  marked = write("granskad.xlsx", withAddinSettings(fs.readFileSync(SOURCE), { [REVIEW_SETTING]: serializeReview(marks), "finsam.config": {} }));
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("example 000 has 7 errors and 9 infos (the seed's count)", () => {
  expect([errors.length, findings.length - errors.length]).toEqual([7, 9]);
}, 60_000);

it("--json: review on each marked finding, none on the others, the approved counted", () => {
  const run = finsam(["validate", marked, "--json"]);
  expect(run.stderr).toBe("");
  const doc = JSON.parse(run.stdout);
  expect(doc.findings.map((f: { review?: ReviewMark }) => f.review ?? null)).toEqual(findings.map((f) => marks.get(fingerprintOf(f)) ?? null));
  expect(doc.findings.filter((f: { review?: ReviewMark }) => f.review)).toHaveLength(3);
  expect(doc.summary).toEqual({ errors: 7, warnings: 0, infos: 9, approved: { errors: 2, warnings: 0, infos: 0 } });
  expect(run.code).toBe(1);
}, 60_000);

it("text: the approved folded under Godkända (2), the summary '7 fel, varav 2 godkända'", () => {
  const run = finsam(["validate", marked]);
  const lines = run.stdout.split("\n");
  expect(lines).toContain("Godkända (2)");
  expect(lines).toContain("Sammanfattning: 7 fel, varav 2 godkända, 0 varningar, 9 info");
  const fold = lines.indexOf("Godkända (2)");
  expect(lines.slice(fold).filter((l) => l.includes("Godkänd (förklarad): Förklarad i not 3 (Anna Ek, 2026-12-01)"))).toHaveLength(2);
  // Before the fold, the sheets list the 5 open errors and the 9 infos, the question tagged.
  expect(lines.slice(0, fold).filter((l) => /^ {2}(fel|info) {2,}/.test(l))).toHaveLength(14);
  expect(run.stdout.replace(/\n {11}/g, " ").replace(/ +/g, " ")).toContain("[Fråga: Vilket år gäller? (Bo Berg, 2026-12-01)]");
  expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
}, 60_000);

it("every error approved: exit 0; --lang en counts '7 errors, 7 of them approved'", () => {
  const all = new Map(errors.map((f) => [fingerprintOf(f), approved]));
  const p = write("alla-godkanda.xlsx", withAddinSettings(fs.readFileSync(SOURCE), { [REVIEW_SETTING]: serializeReview(all) }));
  const run = finsam(["validate", p, "--lang", "en"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("Summary: 7 errors, 7 of them approved, 0 warnings, 9 infos");
}, 60_000);

it("--out: the report sheet lists every finding with its check's title, mark, comment, who and when", async () => {
  const out = path.join(dir, "kopia.xlsx");
  const run = finsam(["validate", marked, "--out", out]);
  expect(run.errLines).toEqual([`finsam: skrev / wrote ${out}`]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(REPORT_SHEET_NAME)!;
  expect((ws.getRow(1).values as unknown[]).slice(12, 16)).toEqual(["Granskning", "Kommentar", "Granskad av", "Granskad"]);
  expect(ws.rowCount).toBe(findings.length + 1);
  const status = { approved: "Godkänd (förklarad)", question: "Fråga", "to-fix": "Fel att rätta" };
  findings.forEach((f, i) => {
    const row = ws.getRow(i + 2);
    expect(row.getCell(4).value).toBe(CHECKS.find((c) => c.meta.id === f.check)!.meta.title.sv);
    const m = marks.get(fingerprintOf(f));
    expect([12, 13, 14, 15].map((c) => row.getCell(c).value)).toEqual(m ? [status[m.status], m.comment, m.by, m.at] : [null, null, null, null]);
  });
  expect(ws.getRow(2).getCell(4).value).toBe("Samma tal på flera ställen");
}, 60_000);

it("a changed figure un-approves its finding, the other mark stays", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(SOURCE) as unknown as ExcelJS.Buffer);
  const cell = wb.getWorksheet("Budget och utfall")!.getCell("D24");
  expect(typeof cell.value).toBe("number");
  cell.value = (cell.value as number) + 1000;
  const edited = Buffer.from(await wb.xlsx.writeBuffer());
  const p = write("andrad.xlsx", withAddinSettings(edited, { [REVIEW_SETTING]: serializeReview(marks) }));
  const doc = JSON.parse(finsam(["validate", p, "--json"]).stdout);
  const d24 = doc.findings.find((f: { check: string; cells: string[] }) => f.check === "difference-column" && f.cells[0] === "D24");
  expect(d24.actual).toBe(errors.find((f) => f.cells[0] === "D24")!.actual! + 1000);
  expect(d24.review).toBeUndefined();
  expect(doc.summary.approved).toEqual({ errors: 1, warnings: 0, infos: 0 });
}, 60_000);

it("damaged marks: one line on stderr in Swedish and English, the findings as without marks", () => {
  const p = write("trasig.xlsx", withAddinSettings(fs.readFileSync(SOURCE), {}, { rawProperties: { [REVIEW_SETTING]: "{inte json" } }));
  const run = finsam(["validate", p, "--json"]);
  expect(run.errLines).toEqual([
    `finsam: ${p}: Granskningsmarkeringarna är inte giltig JSON; inga markeringar visas. / The review marks are not valid JSON; no marks are shown.`,
  ]);
  const doc = JSON.parse(run.stdout);
  expect(doc.summary).toEqual({ errors: 7, warnings: 0, infos: 9 });
  expect(run.code).toBe(1);
}, 60_000);
