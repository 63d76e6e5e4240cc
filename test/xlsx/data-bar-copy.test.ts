/**
 * ExcelJS's one use of `uuid` (pinned to 11.1.1 in package.json "overrides" for GHSA-w5hq-g745-h8pq):
 * the x14 id of a data bar's extension, written when --out rewrites a workbook that has one.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import zlib from "zlib";
import { writeAnnotatedCopy } from "../../src/cli/annotated-copy";
import { loadExcelJS } from "../../src/xlsx/read-xlsx";
import { entryData, readZipDirectory } from "../../src/xlsx/zip-directory";

/** A deflated (or stored) part of a zip, as text. */
function part(zip: Buffer, name: string): string {
  const entry = readZipDirectory(zip).find((e) => e.name === name)!;
  const data = entryData(zip, entry);
  return (entry.method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
}

it("--out keeps a data bar, with a fresh GUID for its extension", async () => {
  const source = new ExcelJS.Workbook();
  const ws = source.addWorksheet("Budget");
  ws.addRows([
    ["Kansli", 100],
    ["Styrelse", 50],
  ]);
  ws.addConditionalFormatting({
    ref: "B1:B2",
    rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as ExcelJS.DataBarRuleType],
  });
  const bytes = Buffer.from(await source.xlsx.writeBuffer());
  const parsed = await loadExcelJS(bytes);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-databar-"));
  try {
    const out = path.join(dir, "kopia.xlsx");
    await writeAnnotatedCopy(path.join(dir, "in.xlsx"), parsed, out, [], "sv");
    const xml = part(fs.readFileSync(out), "xl/worksheets/sheet1.xml");
    expect(xml).toContain("<dataBar");
    expect(xml).toMatch(/<x14:id>\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}<\/x14:id>/i);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
