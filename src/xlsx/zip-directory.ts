/**
 * Reads a zip archive's central directory (names, declared sizes, flags) without
 * unpacking anything, so that a file can be judged before ExcelJS inflates it.
 * Handles zip64 size fields. Throws ZipFormatError on a malformed archive. Also writes an
 * archive anew with some entries' data replaced (writeZip).
 */
import zlib from "zlib";
import { crc32 } from "./crc32";

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  /** CRC-32 of the uncompressed data, as the directory declares it. */
  crc: number;
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
      crc: buf.readUInt32LE(p + 16),
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

/**
 * A new archive of the same entries in the same order, those named in `replaced` with their
 * new (uncompressed) data deflated, the others' compressed bytes copied as they are.
 */
export function writeZip(buf: Buffer, entries: readonly ZipEntry[], replaced: ReadonlyMap<string, Buffer>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const fresh = replaced.get(e.name);
    const body = fresh ? zlib.deflateRawSync(fresh) : entryData(buf, e);
    const method = fresh ? 8 : e.method;
    const crc = fresh ? crc32(fresh) : e.crc;
    const size = fresh ? fresh.length : e.uncompressedSize;
    const flags = 0x0800; // UTF-8 name; sizes are in the headers, so no data descriptor follows
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
