/**
 * finsam validate with companions: --budget, --prior and --together. The JSON carries the
 * findings the engine gives for the same set (computed here in process), the other side as
 * {"workbook","sheet","cell"}; the text line names it "workbook › 'sheet'!cell" (Excel's quoting). Each file is
 * read once; an unreadable companion is exit 2 with its one line.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { seed000 } from "../../examples/src/seed-000";
import { seed004 } from "../../examples/src/seed-004";
import { validateDocuments } from "../../src/documents/validate-documents";
import type { Finding } from "../../src/findings/finding";
import { REPORT_SHEET_NAME } from "../../src/findings/report-sheet-layout";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/validate-command";
import { validateWorkbook } from "../../src/engine/validate";
import * as reader from "../../src/xlsx/read-xlsx";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { BUDGET_2023_LINES } from "../documents/fixtures/register-000-004";
import { gridCell } from "../documents/grid-cell";
import { ROOT, buildCli } from "./build-cli";
import { findingAsJson } from "./finding-as-json";
import { finsam } from "./run-finsam";
import { spaced, unwrapped } from "./unwrapped";

beforeAll(buildCli, 180_000);

const R000 = "examples/000-arsredovisning-2023.xlsx";
const R004 = "examples/004-budget-2024.xlsx";
const PRIOR = "examples/000-arsredovisning-2022.xlsx";
const PLANTED = "examples/000-arsredovisning-2022-avvikelser.xlsx";

const kansli = BUDGET_2023_LINES.find((l) => l.label000 === "Kansli")!;
const KANSLI_000 = gridCell(seed000(), "Budget och utfall", "Kansli", kansli.value000);
const KANSLI_004 = gridCell(seed004(), "Budget brutto", "Kansli", kansli.value004);

async function engine(files: string[], roles: ("budget" | "prior-year-report" | undefined)[]): Promise<Finding[][]> {
  const inputs = await Promise.all(
    files.map(async (f, i) => ({ workbook: (await readXlsx(path.join(ROOT, f))).workbook, ...(roles[i] ? { role: roles[i] } : {}) })),
  );
  return validateDocuments(inputs).map((r) => r.findings);
}

describe("finsam validate 000 --budget 004", () => {
  it("--json: one document, the set's findings for 000, the Kansli finding with 004's cell", async () => {
    const [expected] = await engine([R000, R004], [undefined, "budget"]);
    const run = finsam(["validate", R000, "--budget", R004, "--json", "--lang", "en"]);
    expect(run.stderr).toBe("");
    const doc = JSON.parse(run.stdout);
    expect(doc.file).toBe(R000);
    expect(doc.findings).toEqual(expected.map(findingAsJson));
    const k = doc.findings.find((f: { check: string; cells: string[] }) => f.check === "adopted-budget" && f.cells[0] === KANSLI_000);
    expect(k.other).toEqual({ workbook: "004-budget-2024.xlsx", sheet: "Budget brutto", cell: KANSLI_004 });
    expect(run.code).toBe(1);
  });

  it("text: the line names both cells, the other as workbook › 'sheet'!cell (quoted as Excel writes it)", () => {
    const run = finsam(["validate", R000, "--budget", R004]);
    const lines = unwrapped(run.stdout).filter((l) => l.includes(`!${KANSLI_000}`) && l.includes("↔"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `'Budget och utfall'!${KANSLI_000}, 'Budget och utfall'!${gridCell(seed000(), "Budget och utfall", "Finansiella intäkter/kostnader", 8_000)} ↔`,
    );
    expect(lines[0]).toContain(spaced(`↔ 004-budget-2024.xlsx › 'Budget brutto'!${KANSLI_004}`));
    expect(run.stdout.match(/^Fil: /gm)).toHaveLength(1);
  });
});

describe("finsam validate 000 --prior", () => {
  it("the consistent prior year adds nothing to 000's own findings", async () => {
    const run = finsam(["validate", R000, "--prior", PRIOR, "--json", "--lang", "en"]);
    const alone = validateWorkbook((await readXlsx(path.join(ROOT, R000))).workbook);
    expect(JSON.parse(run.stdout).findings).toEqual(alone.map(findingAsJson));
  });

  it("the planted prior year: the engine's cross-document findings, each naming the planted workbook", async () => {
    const [expected] = await engine([R000, PLANTED], [undefined, "prior-year-report"]);
    const run = finsam(["validate", R000, "--prior", PLANTED, "--json", "--lang", "en"]);
    const doc = JSON.parse(run.stdout);
    expect(doc.findings).toEqual(expected.map(findingAsJson));
    const others = doc.findings.filter((f: { other?: unknown }) => f.other).map((f: { other: { workbook: string } }) => f.other.workbook);
    expect(new Set(others)).toEqual(new Set(["000-arsredovisning-2022-avvikelser.xlsx"]));
  });
});

it("--together: every file is reported, the findings across them in the earlier one", async () => {
  const expected = await engine([R000, R004], [undefined, undefined]);
  const run = finsam(["validate", "--together", R000, R004, "--json", "--lang", "en"]);
  const docs = JSON.parse(run.stdout);
  expect(docs.map((d: { file: string }) => d.file)).toEqual([R000, R004]);
  expect(docs.map((d: { findings: unknown[] }) => d.findings)).toEqual(expected.map((fs) => fs.map(findingAsJson)));
});

describe("bad companions", () => {
  it("an unreadable companion: exit 2, its one line, no report", () => {
    const run = finsam(["validate", R000, "--budget", "examples/saknas.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toMatch(/^finsam: examples\/saknas\.xlsx: .+ \/ .+$/);
  });

  it("--prior twice, or with two files without --together: exit 2 with one line", () => {
    for (const args of [
      ["validate", R000, "--prior", PRIOR, "--prior", PRIOR],
      ["validate", R000, R004, "--prior", PRIOR],
    ]) {
      const run = finsam(args);
      expect(run.code).toBe(2);
      expect(run.errLines).toHaveLength(1);
      expect(run.errLines[0]).toMatch(/^finsam: .*--prior.* \/ .*--prior/);
    }
  });
});

it("each file is read once; --out's report sheet names the other workbook's cell", async () => {
  const spy = jest.spyOn(reader, "readXlsx");
  const io: Io = { stdout: () => undefined, stderr: () => undefined };
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "finsam-documents-")), "kopia.xlsx");
  try {
    await main(["validate", path.join(ROOT, R000), "--budget", path.join(ROOT, R004), "--prior", path.join(ROOT, PRIOR), "--out", out], validateWorkbook, io);
    expect(spy.mock.calls.map((c) => path.relative(ROOT, c[0])).sort()).toEqual([R000, R004, PRIOR].sort());
  } finally {
    spy.mockRestore();
  }
  const wb = await reader.loadExcelJS(fs.readFileSync(out));
  const ws = wb.getWorksheet(REPORT_SHEET_NAME)!;
  const header = ws.getRow(1).values as unknown[];
  const col = header.indexOf("Andra arbetsboken");
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push(row.values as unknown[]));
  expect(rows.filter((r) => r[col] === `004-budget-2024.xlsx › 'Budget brutto'!${KANSLI_004}`)).toHaveLength(1);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
});
