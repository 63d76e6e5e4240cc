/**
 * Files whose XML claims far more rows, merges or validated cells than they hold are read
 * with work that grows with their cells (or refused with a coded, bilingual message):
 * the grid keeps every value where it was, merges are clipped to the cells there are.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { forEachRow } from "../../src/model/grid";
import { XlsxReadError } from "../../src/xlsx/read-error";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { CLAIMING, writeClaimingFiles } from "./hostile-files";
import { rawXlsx } from "./raw-xlsx";

let dir: string;
let files: Map<string, string>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-claims-"));
  files = writeClaimingFiles(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function outcome(p: string): Promise<XlsxReadError | Awaited<ReturnType<typeof readXlsx>>> {
  try {
    return await readXlsx(p);
  } catch (err) {
    if (err instanceof XlsxReadError) return err;
    throw err;
  }
}

it.each(CLAIMING.map((c) => [c.name, c.refused]))("%s: %s within 10 s", async (name, refused) => {
  const started = Date.now();
  const result = await outcome(files.get(name as string)!);
  expect(Date.now() - started).toBeLessThan(10_000);
  if (refused === null) {
    expect(result).not.toBeInstanceOf(XlsxReadError);
  } else {
    expect(result).toBeInstanceOf(XlsxReadError);
    const err = result as XlsxReadError;
    expect(err.code).toBe(refused);
    expect(`${err.sv} ${err.en}`).not.toMatch(/\n/);
    expect(err.sv).not.toEqual(err.en);
  }
});

it("keeps a value in the last row of each of 20 sheets, with one row object per sheet", async () => {
  const { workbook } = (await readXlsx(files.get("last-row-20-sheets.xlsx")!)) as Awaited<ReturnType<typeof readXlsx>>;
  expect(workbook.sheets).toHaveLength(20);
  workbook.sheets.forEach((sheet, i) => {
    const seen: [number, number | null][] = [];
    forEachRow(sheet, (row, r) => seen.push([r, row[0]?.value as number]));
    expect(seen).toEqual([[1_048_575, i + 1]]);
  });
});

it("drops a merge that clips to one cell and clips one that reaches past the used range", async () => {
  const p = path.join(dir, "clip.xlsx");
  const cells = '<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c></row>';
  // Used range A1:D3. A1:XFD1 → A1:D1; B2:XFD1048576 → B2:D3; E5:F6 lies outside → dropped; D3:D9 → D3 alone → dropped.
  const merges =
    '<mergeCells count="4"><mergeCell ref="A1:XFD1"/><mergeCell ref="B2:XFD1048576"/><mergeCell ref="E5:F6"/><mergeCell ref="D3:D9"/></mergeCells>';
  fs.writeFileSync(p, rawXlsx([{ name: "Blad1", body: `<sheetData>${cells}</sheetData>${merges}` }]));
  const sheet = ((await readXlsx(p)) as Awaited<ReturnType<typeof readXlsx>>).workbook.sheets[0];
  expect(sheet.merged).toEqual([
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 1, bottom: 2, right: 3 },
  ]);
  expect(sheet.rows[0]?.[0]?.value).toBe(1);
  expect(sheet.rows[2]?.[1]).toBeUndefined(); // B3 is inside the clipped merge B2:D3: not its top-left cell
});

it("clips data validations to the used range and keeps them in the workbook the copy is made from", async () => {
  const p = path.join(dir, "validation-clip.xlsx");
  // Used range A1:C3. B1:B1048576 → B1:B3,
  // D:D lies outside → dropped from the list, E5 alone → the validation dropped.
  const cells = '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c></row>';
  const validations =
    '<dataValidations count="2"><dataValidation type="whole" sqref="B1:B1048576 D:D"><formula1>0</formula1></dataValidation>' +
    '<dataValidation type="whole" sqref="E5"><formula1>0</formula1></dataValidation></dataValidations>';
  fs.writeFileSync(p, rawXlsx([{ name: "Blad1", body: `<sheetData>${cells}</sheetData>${validations}` }]));
  const wb = ((await readXlsx(p, { keepExcelJS: true })) as Awaited<ReturnType<typeof readXlsx>>).excel!;
  const model = (wb.worksheets[0] as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  expect(Object.keys(model).sort()).toEqual(["B1", "B2", "B3"]);
});
