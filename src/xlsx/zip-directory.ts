/**
 * Reads a zip archive's central directory (names, declared sizes, flags) without
 * unpacking anything, so that a file can be judged before ExcelJS inflates it.
 * Handles zip64 size fields. Throws ZipFormatError on a malformed archive.
 */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's central directory record starts. */
  centralHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U16 = 0xffff;
const U32 = 0xffffffff;

export function readZipDirectory(buf: Buffer): ZipEntry[] {
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === U16 || size === U32 || offset === U32) {
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipFormatError("zip64 locator missing");
    const z = safeNumber(buf.readBigUInt64LE(locator + 8));
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_EOCD) throw new ZipFormatError("zip64 directory end missing");
    count = safeNumber(buf.readBigUInt64LE(z + 32));
    size = safeNumber(buf.readBigUInt64LE(z + 40));
    offset = safeNumber(buf.readBigUInt64LE(z + 48));
  }
  if (offset + size > buf.length) throw new ZipFormatError("central directory outside the file");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw new ZipFormatError("central directory entry outside the file");
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      encrypted: (flags & 1) === 1,
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      centralHeaderOffset: p,
    };
    applyZip64Extra(entry, buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    entries.push(entry);
    p = end;
  }
  return entries;
}

/** Where an entry's compressed bytes are in the file. */
export function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`${entry.name} extends beyond the file`);
  return buf.subarray(start, end);
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= min; p--) {
    if (buf.readUInt32LE(p) === EOCD) return p;
  }
  throw new ZipFormatError("end of central directory not found");
}

/** Zip64 extended information (0x0001): 8-byte sizes/offset for the fields set to 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + len) throw new ZipFormatError("short zip64 field");
        const v = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === U32) entry.uncompressedSize = take();
      if (entry.compressedSize === U32) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32) entry.localHeaderOffset = take();
      return;
    }
    p += 4 + len;
  }
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError("zip64 size out of range");
  return Number(v);
}
