/**
 * Reads a file and makes sure it is an .xlsx workbook ExcelJS may safely open: present,
 * not empty, a zip (not an OLE container — encrypted workbook or .xls —, not text, not
 * .ods or .xlsb), with the parts of an Excel workbook, and unpacking to a bounded size. The
 * declared sizes are verified by inflating each entry with an output cap, because a zip
 * bomb can lie about them. A sheet whose merges or data validations claim more than its cells
 * is bounded (sheet-extent): the bytes returned are then a rewritten copy. Throws
 * XlsxReadError; never writes the file.
 */
import fs from "fs";
import zlib from "zlib";
import { LIMITS, maxUnpackedBytes } from "./limits";
import { XlsxReadError, damaged } from "./read-error";
import { crc32 } from "./crc32";
import { SheetFacts, checkPackage, emptyTextResults } from "./package-structure";
import { AddinSettings, WEB_EXTENSION_PART, readAddinSettings } from "./office-settings";
import { WORKSHEET_PART, boundSheetXml } from "./sheet-extent";
import { ZipEntry, entryData, readZipDirectory, writeZip } from "./zip-directory";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const MB = 1024 * 1024;

export interface CheckedXlsx {
  /** The file's bytes, or a copy with bounded sheet XML (sheet-extent). */
  bytes: Buffer;
  /** By sheet name, the formula cells whose cached result is an empty text (package-structure). */
  emptyTextResults: Map<string, Set<string>>;
  /** Our add-in's document settings, from the web extension parts (office-settings). */
  addinSettings: AddinSettings;
}

export function readXlsxBytes(file: string): CheckedXlsx {
  const buf = readBounded(file);
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) throw oleError(buf);
  if (!buf.subarray(0, 4).equals(ZIP_MAGIC) && !buf.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) throw notZipError(buf);
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(buf);
  } catch (err) {
    throw damaged(err);
  }
  checkIsWorkbook(buf, entries);
  const { bounded, emptyTextResults, webExtensions } = checkParts(buf, entries);
  return { bytes: bounded.size === 0 ? buf : writeZip(buf, entries, bounded), emptyTextResults, addinSettings: readAddinSettings(webExtensions) };
}

function readBounded(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new XlsxReadError("missing", "filen finns inte", "file not found");
    }
    throw unreadable(code);
  }
  if (stat.isDirectory()) throw new XlsxReadError("not-a-file", "det är en mapp, inte en fil", "it is a directory, not a file");
  if (stat.size === 0) throw new XlsxReadError("empty", "filen är tom (0 byte)", "the file is empty (0 bytes)");
  if (stat.size > LIMITS.maxFileBytes) {
    const mb = (stat.size / MB).toFixed(0);
    const max = LIMITS.maxFileBytes / MB;
    throw new XlsxReadError("too-large", `filen är ${mb} MB, större än gränsen ${max} MB`, `the file is ${mb} MB, larger than the ${max} MB limit`);
  }
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw unreadable((err as NodeJS.ErrnoException).code);
  }
}

function unreadable(code: string | undefined): XlsxReadError {
  const why = code ?? "okänt fel";
  return new XlsxReadError("unreadable", `filen kan inte läsas (${why})`, `the file cannot be read (${code ?? "unknown error"})`);
}

/** An OLE (CFB) container is either an encrypted OOXML package or a legacy binary Office file. */
function oleError(buf: Buffer): XlsxReadError {
  if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
    return new XlsxReadError(
      "encrypted",
      "arbetsboken är lösenordsskyddad (krypterad); spara en kopia utan lösenord i Excel och försök igen",
      "the workbook is password-protected (encrypted); save a copy without a password in Excel and try again",
    );
  }
  return new XlsxReadError(
    "legacy-office",
    "filen är en äldre Office-fil (t.ex. .xls), inte .xlsx; spara den som Excel-arbetsbok (.xlsx)",
    "the file is a legacy Office file (e.g. .xls), not .xlsx; save it as an Excel Workbook (.xlsx)",
  );
}

function notZipError(buf: Buffer): XlsxReadError {
  const head = buf.subarray(0, 4096);
  if (!head.includes(0)) {
    return new XlsxReadError(
      "text",
      "filen är en textfil (t.ex. CSV eller HTML), inte en Excel-arbetsbok (.xlsx)",
      "the file is a text file (e.g. CSV or HTML), not an Excel workbook (.xlsx)",
    );
  }
  return new XlsxReadError("not-xlsx", "filen är inte en Excel-arbetsbok (.xlsx)", "the file is not an Excel workbook (.xlsx)");
}

function checkIsWorkbook(buf: Buffer, entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype && mimetype.method === 0 && entryData(buf, mimetype).toString("latin1").includes("opendocument")) {
    throw new XlsxReadError(
      "ods",
      "filen är ett OpenDocument-dokument (t.ex. .ods); spara den som Excel-arbetsbok (.xlsx)",
      "the file is an OpenDocument file (e.g. .ods); save it as an Excel Workbook (.xlsx)",
    );
  }
  if (names.has("xl/workbook.bin")) {
    throw new XlsxReadError(
      "xlsb",
      "filen är en binär Excel-arbetsbok (.xlsb); spara den som Excel-arbetsbok (.xlsx)",
      "the file is an Excel Binary Workbook (.xlsb); save it as an Excel Workbook (.xlsx)",
    );
  }
  if (!names.has("[Content_Types].xml") || !entries.some((e) => /^xl\/[^/]*workbook[^/]*\.xml$/i.test(e.name))) {
    throw new XlsxReadError(
      "zip-not-xlsx",
      "filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx)",
      "the file is a zip archive but not an Excel workbook (.xlsx)",
    );
  }
  if (entries.some((e) => e.encrypted)) {
    throw new XlsxReadError("encrypted", "zip-arkivet är krypterat", "the zip archive is encrypted");
  }
}

/**
 * Inflates every entry once, checking its size and CRC, then the package's structure; returns the
 * worksheets whose XML had to be bounded (sheet-extent), by entry name, the empty-text results and
 * the web extension parts (office-settings).
 */
function checkParts(
  buf: Buffer,
  entries: ZipEntry[],
): { bounded: Map<string, Buffer>; emptyTextResults: Map<string, Set<string>>; webExtensions: Map<string, Buffer> } {
  if (entries.length > LIMITS.maxEntries) {
    throw new XlsxReadError(
      "zip-bomb",
      `filen har ${entries.length} delar, fler än gränsen ${LIMITS.maxEntries}`,
      `the file has ${entries.length} parts, more than the ${LIMITS.maxEntries} limit`,
    );
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > maxUnpackedBytes()) throw tooBig(total);
  const bounded = new Map<string, Buffer>();
  const facts = new Map<string, SheetFacts>();
  const webExtensions = new Map<string, Buffer>();
  let workbookXml: string | undefined;
  let relsXml: string | undefined;
  for (const entry of entries) {
    const data = inflateChecked(buf, entry);
    const name = partName(entry);
    if (WORKSHEET_PART.test(name)) {
      const sheet = boundSheetXml(name, data);
      if (sheet.xml) bounded.set(entry.name, sheet.xml);
      facts.set(name, { sharedStringCells: sheet.sharedStringCells, emptyTextResults: emptyTextResults(data) });
    } else if (name === "xl/workbook.xml") {
      workbookXml = data.toString("utf8");
    } else if (name === "xl/_rels/workbook.xml.rels") {
      relsXml = data.toString("utf8");
    } else if (WEB_EXTENSION_PART.test(name)) {
      webExtensions.set(name, data);
    }
  }
  const names = new Set(entries.map(partName));
  return { bounded, emptyTextResults: checkPackage(names, workbookXml, relsXml, facts), webExtensions };
}

/** An entry's name as ExcelJS reads it (a leading "/" dropped). */
function partName(entry: ZipEntry): string {
  return entry.name.replace(/^\//, "");
}

/** Over the limit: a zip bomb, or a workbook too big for this process's memory. */
function tooBig(bytes: number): XlsxReadError {
  const mb = (bytes / MB).toFixed(0);
  const max = (maxUnpackedBytes() / MB).toFixed(0);
  return new XlsxReadError(
    "zip-bomb",
    `filen packas upp till ${mb} MB, mer än gränsen ${max} MB (skydd mot zip-bomber och slut på minne)`,
    `the file unpacks to ${mb} MB, more than the ${max} MB limit (protection against zip bombs and running out of memory)`,
  );
}

/** Inflates an entry with its declared size as the cap: a lying entry fails here, not in ExcelJS. */
function inflateChecked(buf: Buffer, entry: ZipEntry): Buffer {
  let data: Buffer;
  try {
    data = entryData(buf, entry);
  } catch (err) {
    throw damaged(err);
  }
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw damaged(new Error(`${entry.name}: stored size mismatch`));
    checkCrc(entry, data);
    return data;
  }
  if (entry.method !== 8) throw damaged(new Error(`${entry.name}: compression method ${entry.method}`));
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new XlsxReadError(
        "zip-bomb",
        `filen innehåller mer data än den uppger (${entry.name}; möjlig zip-bomb)`,
        `the file holds more data than it declares (${entry.name}; possible zip bomb)`,
      );
    }
    throw damaged(err);
  }
  if (out.length !== entry.uncompressedSize) throw damaged(new Error(`${entry.name}: size mismatch`));
  checkCrc(entry, out);
  return out;
}

/** A wrong CRC means the bytes are not the ones written: read on, the damage would pass unnoticed. */
function checkCrc(entry: ZipEntry, data: Buffer): void {
  if (crc32(data) !== entry.crc) throw damaged(new Error(`${entry.name}: CRC-32 mismatch`));
}
