/**
 * The bytes of an example workbook: the grid written by ExcelJS, with every zip entry's
 * modification time set to a fixed date, so that rebuilding unchanged grids gives
 * byte-identical files (ExcelJS stamps the entries with the current time).
 */
import { gridToExcelJS } from "../../src/xlsx/grid-to-exceljs";
import { readZipDirectory } from "../../src/xlsx/zip-directory";
import type { Example } from "./seeds";

/** 2024-01-01 00:00 in MS-DOS date/time format. */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

export async function exampleBytes(example: Example): Promise<Buffer> {
  const buf = Buffer.from(await gridToExcelJS(example.build()).xlsx.writeBuffer());
  for (const entry of readZipDirectory(buf)) {
    buf.writeUInt16LE(DOS_TIME, entry.localHeaderOffset + 10);
    buf.writeUInt16LE(DOS_DATE, entry.localHeaderOffset + 12);
    buf.writeUInt16LE(DOS_TIME, entry.centralHeaderOffset + 12);
    buf.writeUInt16LE(DOS_DATE, entry.centralHeaderOffset + 14);
  }
  return buf;
}
