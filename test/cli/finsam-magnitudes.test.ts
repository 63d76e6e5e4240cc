/**
 * Figures the engine cannot judge exactly (10^15 or more, ±1e308, "1e400" read as Infinity)
 * are not summed: one warning per sheet names them, and no Infinity or NaN reaches the text
 * report, the JSON or the --out copy. A copy that would have to hold a number no file can is
 * refused (exit 2) and not written. A sheet name with a newline cannot forge a report line.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { entryData, readZipDirectory } from "../../src/xlsx/zip-directory";
import zlib from "zlib";
import { rawXlsx } from "../xlsx/raw-xlsx";
import { buildCli } from "./build-cli";
import { finsam } from "./run-finsam";
import { unwrapped } from "./unwrapped";

let dir: string;
let huge: string;
let named: string;
// Each test spawns the CLI; two cores shared with other runs make a few seconds many.
jest.setTimeout(60_000);

const sha = (p: string) => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

/** The forged name: read as "A", a newline, then what looks like a finding line. */
const FORGED = "A\nfel      B!C1  falskt";

interface JsonFinding {
  check: string;
  severity: string;
  sheet: string;
  cells: string[];
  expected: number | null;
  actual: number | null;
  difference: number | null;
  tolerance: number | null;
}

beforeAll(async () => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-magnitudes-"));
  huge = path.join(dir, "stora-tal.xlsx");
  const wb = new ExcelJS.Workbook();
  const budget = wb.addWorksheet("Budget");
  budget.addRows([
    ["Post", "Budget 2024", "Budget 2023"],
    ["Intäkter", 1e308, 1e15],
    ["Kostnader", -1e308, 5],
    ["Summa", { formula: "SUM(B2:B3)", result: 0 }, { formula: "SUM(C2:C3)", result: 1e15 + 5 }],
  ]);
  const note = wb.addWorksheet("Not 1");
  note.addRows([
    ["Post", "Budget 2024"],
    ["Kansli", 100],
    ["Insatser", 200],
    ["Summa", { formula: "SUM(B2:B3)", result: 400 }],
  ]);
  await wb.xlsx.writeFile(huge);
  // A sheet named with a newline (&#10; in the XML) holding "1e400", which reads as Infinity.
  named = path.join(dir, "blad-med-radbrytning.xlsx");
  const body =
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Post</t></is></c><c r="B1"><v>2024</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Kansli</t></is></c><c r="B2"><v>1e400</v></c></row></sheetData>';
  fs.writeFileSync(
    named,
    rawXlsx([{ name: "PLACEHOLDER", body }], {
      edit: (entries) =>
        entries.map((e) =>
          e.name === "xl/workbook.xml" ? { ...e, data: Buffer.from(e.data.toString("utf8").replace("PLACEHOLDER", FORGED.replace("\n", "&#10;"))) } : e,
        ),
    }),
  );
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function part(zip: Buffer, name: string): string {
  const entry = readZipDirectory(zip).find((e) => e.name === name)!;
  const data = entryData(zip, entry);
  return (entry.method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
}

describe("±1e308 and 10^15", () => {
  it("--json: valid JSON, one warning naming the 4 cells of 10^15 or more, every amount finite; the other sheet still judged (exit 1)", () => {
    const run = finsam(["validate", "--json", huge]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/Infinity|NaN/);
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    const warned = doc.findings.filter((f) => f.check === "too-large-figure");
    expect(warned.map((f) => [f.sheet, f.severity, f.cells])).toEqual([["Budget", "warning", ["B2", "C2", "B3", "C4"]]]);
    expect((warned[0] as unknown as { message: string }).message).toMatch(/^4 tal är för stora för att kontrolleras exakt/);
    // Nothing else is said about Budget: its columns are not judged.
    expect(doc.findings.filter((f) => f.sheet === "Budget" && f.check !== "too-large-figure")).toEqual([]);
    // 100 + 200 = 300, not 400.
    expect(doc.findings.filter((f) => f.sheet === "Not 1" && f.severity === "error").map((f) => [f.cells[0], f.expected, f.actual])).toContainEqual([
      "B4",
      300,
      400,
    ]);
    for (const f of doc.findings) for (const v of [f.expected, f.actual, f.difference, f.tolerance]) expect(v === null || Number.isFinite(v)).toBe(true);
  });

  it("the text report says it in English with --lang en, with no Infinity", () => {
    const run = finsam(["validate", "--lang", "en", huge]);
    expect(run.code).toBe(1);
    expect(unwrapped(run.stdout).join("\n")).toMatch(/warning +Budget!B2, Budget!C2, Budget!B3, Budget!C4 +4 figures are too large to check exactly/);
    expect(run.stdout).not.toMatch(/Infinity|NaN/);
  });

  it("--out writes a valid copy that re-reads, with the figures as they were and no Infinity in any part", async () => {
    const before = sha(huge);
    const out = path.join(dir, "stora-tal-granskad.xlsx");
    const run = finsam(["validate", huge, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.errLines).toEqual([`finsam: skrev / wrote ${out}`]);
    expect(sha(huge)).toBe(before);
    const zip = fs.readFileSync(out);
    for (const e of readZipDirectory(zip).filter((x) => x.name.endsWith(".xml"))) expect(part(zip, e.name)).not.toMatch(/Infinity|NaN/);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(zip as unknown as ExcelJS.Buffer);
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Budget", "Not 1", "Valideringsrapport"]);
    const original = (await readXlsx(huge)).workbook.sheets;
    expect((await readXlsx(out)).workbook.sheets.slice(0, 2)).toEqual(original);
    const rows: unknown[] = [];
    copy.getWorksheet("Valideringsrapport")!.eachRow((row, i) => i > 1 && rows.push(row.getCell(4).value));
    // The check by its Swedish title (the copy is in the default language).
    expect(rows).toContain("Tal för stora för att kontrolleras");
  });
});

describe("a sheet named with a newline, holding 1e400", () => {
  it("the text report prints the name on one line: no line is forged", () => {
    const run = finsam(["validate", named]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.filter((l) => /^fel\s/.test(l))).toEqual([]);
    expect(lines).toContain("A fel      B!C1  falskt  [0 fel, 1 varning, 0 info]");
    expect(unwrapped(run.stdout).join("\n")).toMatch(/varning 'A fel B!C1 falskt'!B2 1 tal är för stort för att kontrolleras exakt/);
    expect(run.stdout).not.toMatch(/Infinity|NaN/);
  });

  it("--json keeps the name as it is, escaped by JSON, and reports the cell", () => {
    const run = finsam(["validate", "--json", named]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(JSON.stringify(FORGED));
    const doc = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    expect(doc.findings.map((f) => [f.check, f.sheet, f.cells])).toEqual([["too-large-figure", FORGED, ["B2"]]]);
  });

  it("--out is refused after the report, in one line: the copy would hold Infinity; nothing is written", () => {
    const before = sha(named);
    const out = path.join(dir, "radbrytning-granskad.xlsx");
    const run = finsam(["validate", named, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Sammanfattning: 0 fel, 1 varning, 0 info");
    expect(run.errLines).toEqual([
      "finsam: --out: 1 cell håller ett tal utanför vad en Excel-fil kan hålla ('A fel      B!C1  falskt'!B2); ingen kopia skrevs / --out: 1 cell holds a number beyond what an Excel file can hold ('A fel      B!C1  falskt'!B2); no copy was written",
    ]);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(sha(named)).toBe(before);
  });
});
