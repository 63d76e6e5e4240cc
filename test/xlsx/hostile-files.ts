/**
 * Hostile and wrong files, generated (nothing binary is committed): each with the read
 * error code the reader must give. Shared by the reader tests and the CLI process tests.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import type { ReadErrorCode } from "../../src/xlsx/read-error";
import { rawXlsx } from "./raw-xlsx";
import { crc32, zip } from "./zip-writer";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MB = 1024 * 1024;
const EXAMPLE = path.resolve(__dirname, "../../examples/002-budget-2022.xlsx");

/** An OLE container padded to a sector, optionally naming the EncryptedPackage stream like an encrypted .xlsx. */
function ole(encrypted: boolean): Buffer {
  const body = Buffer.alloc(4096);
  OLE.copy(body, 0);
  Buffer.from(encrypted ? "EncryptedPackage" : "Workbook", "utf16le").copy(body, 1024);
  return body;
}

function contentTypes(): Buffer {
  return Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
}

const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;
const oneValue = (ref: string, v: number) => `<row r="${ref.replace(/^[A-Z]+/, "")}"><c r="${ref}"><v>${v}</v></c></row>`;

export interface HostileFile {
  name: string;
  code: ReadErrorCode;
  bytes: () => Buffer;
}

export const HOSTILE: HostileFile[] = [
  { name: "empty.xlsx", code: "empty", bytes: () => Buffer.alloc(0) },
  { name: "encrypted.xlsx", code: "encrypted", bytes: () => ole(true) },
  { name: "legacy.xls.xlsx", code: "legacy-office", bytes: () => ole(false) },
  { name: "renamed-csv.xlsx", code: "text", bytes: () => Buffer.from("Post;År 2024;År 2023\nKansli;7 366 215;6 967 733\n", "utf8") },
  { name: "random.xlsx", code: "not-xlsx", bytes: () => Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10]) },
  {
    name: "renamed-ods.xlsx",
    code: "ods",
    bytes: () =>
      zip([
        { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), stored: true },
        { name: "content.xml", data: Buffer.from("<office:document-content/>") },
      ]),
  },
  {
    name: "renamed-xlsb.xlsx",
    code: "xlsb",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: contentTypes() },
        { name: "xl/workbook.bin", data: Buffer.from([0x83, 0x01, 0x00]) },
      ]),
  },
  {
    name: "renamed-docx.xlsx",
    code: "zip-not-xlsx",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: contentTypes() },
        { name: "word/document.xml", data: Buffer.from("<w:document/>") },
      ]),
  },
  { name: "truncated.xlsx", code: "corrupt", bytes: () => fs.readFileSync(EXAMPLE).subarray(0, 3000) },
  {
    name: "garbled-entry.xlsx",
    code: "corrupt",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: contentTypes() },
        { name: "xl/workbook.xml", data: Buffer.alloc(100), deflated: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]) },
      ]),
  },
  {
    name: "not-really-a-workbook.xlsx",
    code: "corrupt",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: contentTypes() },
        { name: "xl/workbook.xml", data: Buffer.from("this is not xml <<<") },
      ]),
  },
  {
    // Honest sizes, 5 × 60 MB of zeros: unpacks to 300 MB from a few hundred kB.
    name: "zip-bomb.xlsx",
    code: "zip-bomb",
    bytes: () => {
      const zeros = zlib.deflateRawSync(Buffer.alloc(60 * MB));
      const sheets = [1, 2, 3, 4, 5].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: Buffer.alloc(0), deflated: zeros, declaredSize: 60 * MB }));
      return zip([{ name: "[Content_Types].xml", data: contentTypes() }, { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }, ...sheets]);
    },
  },
  {
    // Declares 1 kB, inflates to 50 MB.
    name: "lying-zip-bomb.xlsx",
    code: "zip-bomb",
    bytes: () =>
      zip([
        { name: "[Content_Types].xml", data: contentTypes() },
        { name: "xl/workbook.xml", data: Buffer.alloc(0), deflated: zlib.deflateRawSync(Buffer.alloc(50 * MB)), declaredSize: 1024 },
      ]),
  },
  {
    // Listed in workbook.xml and its relationships, but the part is not in the archive.
    name: "sheet-part-missing.xlsx",
    code: "corrupt",
    bytes: () =>
      rawXlsx(
        [
          { name: "Budget", body: sheetData(oneValue("A1", 1)) },
          { name: "Utfall", body: sheetData(oneValue("A1", 2)) },
        ],
        {
          edit: (entries) => entries.filter((e) => e.name !== "xl/worksheets/sheet2.xml"),
        },
      ),
  },
  {
    // Cells refer to shared strings 0 and 1, and xl/sharedStrings.xml is missing.
    name: "shared-strings-missing.xlsx",
    code: "corrupt",
    bytes: () =>
      rawXlsx([{ name: "Budget", body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' + oneValue("B2", 5)) }]),
  },
  {
    // The sheet's bytes are intact but its CRC-32 in the archive is not theirs.
    name: "wrong-crc.xlsx",
    code: "corrupt",
    bytes: () =>
      rawXlsx([{ name: "Budget", body: sheetData(oneValue("A1", 1)) }], {
        edit: (entries) =>
          entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { ...e, deflated: zlib.deflateRawSync(e.data), crc: (crc32(e.data) ^ 1) >>> 0 } : e)),
      }),
  },
];

/** Writes every hostile file into `dir`; returns their paths by name. */
export function writeHostileFiles(dir: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const h of HOSTILE) {
    const p = path.join(dir, h.name);
    fs.writeFileSync(p, h.bytes());
    paths.set(h.name, p);
  }
  return paths;
}

/**
 * Small legal or nearly legal files whose XML claims far more than the cells they hold: the
 * reader's work must grow with the cells, so each is read (or refused) within seconds and a
 * small heap. `refused` is the read error code, or null when the file is read.
 */
export interface ClaimingFile {
  name: string;
  refused: ReadErrorCode | null;
  bytes: () => Buffer;
}

export const CLAIMING: ClaimingFile[] = [
  {
    name: "last-row-20-sheets.xlsx",
    refused: null,
    bytes: () => rawXlsx(Array.from({ length: 20 }, (_, i) => ({ name: `Blad${i + 1}`, body: sheetData(oneValue("A1048576", i + 1)) }))),
  },
  {
    name: "row-50000000.xlsx",
    refused: "corrupt",
    bytes: () => rawXlsx([{ name: "Blad1", body: sheetData(oneValue("A1", 1) + '<row r="50000000"><c r="A50000000"><v>2</v></c></row>') }]),
  },
  {
    name: "merge-C1-XFD1048576.xlsx",
    refused: null,
    bytes: () =>
      rawXlsx([
        {
          name: "Blad1",
          body:
            sheetData('<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row>') + '<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>',
        },
      ]),
  },
  {
    name: "validation-A1-XFD1048576.xlsx",
    refused: null,
    bytes: () =>
      rawXlsx([
        {
          name: "Blad1",
          body:
            sheetData(oneValue("A1", 1)) +
            '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>10</formula2></dataValidation></dataValidations>',
        },
      ]),
  },
  {
    // Clipping cannot help: a value in the last cell makes the whole sheet the used range.
    name: "merge-whole-used-sheet.xlsx",
    refused: "too-large",
    bytes: () =>
      rawXlsx([
        {
          name: "Blad1",
          body: sheetData(oneValue("A1", 1) + oneValue("XFD1048576", 2)) + '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        },
      ]),
  },
  {
    name: "col-max-2000000000.xlsx",
    refused: "corrupt",
    bytes: () => rawXlsx([{ name: "Blad1", body: '<cols><col min="1" max="2000000000" width="9"/></cols>' + sheetData(oneValue("A1", 1)) }]),
  },
];

/** Writes every claiming file into `dir`; returns their paths by name. */
export function writeClaimingFiles(dir: string): Map<string, string> {
  return new Map(CLAIMING.map((c) => [c.name, writeFile(dir, c.name, c.bytes())]));
}

function writeFile(dir: string, name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}
