/**
 * The CLI, engine included, on a workbook with merged cells, hidden rows, error values,
 * dates, rich text, shared formulas, a 10 000-character label and a 16 384-column row:
 * it runs to a JSON document (exit 0 or 1), and every finding points at a cell the
 * workbook has.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { parseA1 } from "../../src/model/grid";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { writeOddCellsWorkbook } from "../xlsx/odd-cells-workbook";
import { buildCli } from "./build-cli";
import { finsam } from "./run-finsam";

let dir: string;
let file: string;

beforeAll(async () => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-odd-"));
  file = path.join(dir, "udda.xlsx");
  await writeOddCellsWorkbook(file);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("validates without crashing and points only at existing cells", async () => {
  const run = finsam(["validate", file, "--json"]);
  expect([0, 1]).toContain(run.code);
  expect(run.stderr).toBe("");
  const doc = JSON.parse(run.stdout);
  const wb = (await readXlsx(file)).workbook;
  for (const f of doc.findings as { sheet: string; cells: string[] }[]) {
    for (const ref of f.cells) {
      const bang = ref.lastIndexOf("!");
      const sheetName = bang < 0 ? f.sheet : ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
      const sheet = wb.sheets.find((s) => s.name === sheetName);
      const pos = parseA1(bang < 0 ? ref : ref.slice(bang + 1));
      expect(sheet && pos ? sheet.rows[pos.row]?.[pos.col] : undefined).toBeDefined();
    }
  }
});
