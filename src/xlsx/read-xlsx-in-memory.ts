/**
 * The reader for a file already in memory (one the user picked in the task pane: nothing
 * is fetched, nothing leaves the computer): ExcelJS parses the bytes and excelJSToGrid
 * turns them into the grid, as readXlsx does for a file on disk. The pane loads this
 * module on demand, as its own chunk, so its start-up does not carry ExcelJS.
 */
import type { Workbook } from "../model/grid";
import { excelJSToGrid } from "./exceljs-to-grid";
import { damaged } from "./read-error";

export async function readXlsxInMemory(bytes: ArrayBuffer, name: string): Promise<Workbook> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes);
    return excelJSToGrid(wb, { name });
  } catch (err) {
    throw damaged(err);
  }
}
