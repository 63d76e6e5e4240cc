/**
 * Reads an .xlsx file into the grid: checks the file first (check-xlsx-file), then lets
 * ExcelJS parse it from memory. Any failure is an XlsxReadError; the file is only read.
 */
import path from "path";
import type ExcelJS from "exceljs";
import { Workbook } from "../model/grid";
import { readXlsxBytes } from "./check-xlsx-file";
import type { AddinSettings } from "./office-settings";
import { damaged } from "./read-error";

export interface ReadOptions {
  /** Called once the file passed the checks, before ExcelJS parses it (for progress). */
  onParse?: (bytes: number) => void;
  /** Called before each sheet is converted (for progress on big workbooks). */
  onSheet?: (index: number, total: number) => void;
  /** Keep ExcelJS's workbook for an annotated copy (--out), so the file is parsed once; else it is let go before the checks run. */
  keepExcelJS?: boolean;
}

export interface XlsxFile {
  workbook: Workbook;
  /** Bytes of the file as checked (sheet XML bounded). */
  size: number;
  /** With keepExcelJS: ExcelJS's workbook, parsed from the checked bytes, for an annotated copy; the file itself is never written. */
  excel?: ExcelJS.Workbook;
  /** Our add-in's document settings stored in the file (the review marks among them). */
  addinSettings: AddinSettings;
}

export async function readXlsx(file: string, options: ReadOptions = {}): Promise<XlsxFile> {
  const { bytes, emptyTextResults, addinSettings } = readXlsxBytes(file);
  options.onParse?.(bytes.length);
  const excel = await loadExcelJS(bytes);
  // Loaded on first use: ExcelJS takes most of the start-up time, and refusals do not need it.
  const { excelJSToGrid } = await import("./exceljs-to-grid");
  let workbook: Workbook;
  try {
    workbook = excelJSToGrid(excel, { name: path.basename(file), emptyTextResults, onSheet: options.onSheet });
  } catch (err) {
    throw damaged(err);
  }
  return options.keepExcelJS ? { workbook, size: bytes.length, excel, addinSettings } : { workbook, size: bytes.length, addinSettings };
}

/** Parses checked bytes with ExcelJS. */
export async function loadExcelJS(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw damaged(err);
  }
  return wb;
}
