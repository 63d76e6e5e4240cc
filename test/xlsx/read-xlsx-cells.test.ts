/**
 * The reader turns what a real workbook holds into the grid: cached formula values,
 * formula text without "=", shared formulas, errors, dates as serials with their format,
 * rich text and hyperlinks as text, merged ranges, hidden rows, number formats, bold,
 * very wide rows and very long labels (odd-cells-workbook.ts, made with ExcelJS directly).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { Sheet, cellAt, parseA1 } from "../../src/model/grid";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { writeOddCellsWorkbook } from "./odd-cells-workbook";

let dir: string;
let sheet: Sheet;
let wide: Sheet;

const at = (s: Sheet, ref: string) => {
  const p = parseA1(ref)!;
  return cellAt(s, p.row, p.col);
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-cells-"));
  const file = path.join(dir, "cells.xlsx");
  await writeOddCellsWorkbook(file);
  const read = (await readXlsx(file)).workbook;
  [sheet, wide] = read.sheets;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readXlsx cells", () => {
  it("keeps a number and its format", () => {
    expect(at(sheet, "B2")).toEqual({ value: 1_393_712, numberFormat: "#,##0" });
    expect(at(sheet, "B3")).toEqual({ value: 0 });
  });

  it("reads a formula as its text without '=' and its cached value, also a cached 0", () => {
    expect(at(sheet, "B4")).toEqual({ value: 1_393_712, formula: "SUM(B2:B3)", bold: true });
    expect(at(sheet, "B5")).toEqual({ value: 0, formula: "B2-B2" });
  });

  it("reads a formula never calculated as value null", () => {
    expect(at(sheet, "B6")).toEqual({ value: null, formula: "B2*2" });
  });

  it("reads error values, also as a formula's result", () => {
    expect(at(sheet, "B7")).toEqual({ value: null, error: "#REF!" });
    expect(at(sheet, "B8")).toEqual({ value: null, formula: "1/0", error: "#DIV/0!" });
  });

  it("reads a date as its 1900-system serial with the date format", () => {
    expect(at(sheet, "C2")).toEqual({ value: 45291, numberFormat: "yyyy-mm-dd" });
  });

  it("flattens rich text and hyperlinks to their text", () => {
    expect(at(sheet, "C3")?.value).toBe("Summa intäkter");
    expect(at(sheet, "C4")?.value).toBe("Not 6");
  });

  it("keeps percent formats, text that looks like a number, booleans and long labels", () => {
    expect(at(sheet, "C5")).toEqual({ value: 0.312, numberFormat: "0.0%" });
    expect(at(sheet, "C6")).toEqual({ value: "1 393 712" });
    expect(at(sheet, "C7")).toEqual({ value: true });
    expect((at(sheet, "A9")?.value as string).length).toBe(10_000);
  });

  it("keeps a merged range once, in its top-left cell", () => {
    expect(sheet.merged).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(at(sheet, "A1")).toEqual({ value: "Sammanställning", bold: true });
    expect(at(sheet, "B1")).toBeUndefined();
    expect(at(sheet, "D1")).toBeUndefined();
  });

  it("lists hidden rows (0-based)", () => {
    expect(sheet.hiddenRows).toEqual([7]);
  });

  it("translates a shared formula to each cell", () => {
    expect(at(sheet, "D2")).toEqual({ value: 2_787_424, formula: "B2*2" });
    expect(at(sheet, "D3")).toEqual({ value: 0, formula: "B3*2" });
    expect(at(sheet, "D4")).toEqual({ value: 2_787_424, formula: "B4*2" });
  });

  it("reads a row as wide as Excel allows", () => {
    expect(wide.rows[0].length).toBe(16_369);
    expect(cellAt(wide, 0, 16_368)?.value).toBe(16_369);
  });
});
