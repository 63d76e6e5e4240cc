/**
 * A minimal zip writer for test files: entries stored or deflated, with the option to
 * declare a size other than the real one (a lying zip bomb) and to write the whole
 * archive in zip64 form (sizes and offsets in 8-byte extra fields), as some writers do.
 */
import zlib from "zlib";

export interface TestEntry {
  name: string;
  data: Buffer;
  /** Store instead of deflating (the "mimetype" entry of an .ods). */
  stored?: boolean;
  /** Pre-compressed deflate data to use as is (to reuse one big stream for many entries). */
  deflated?: Buffer;
  /** Uncompressed size to declare instead of data.length. */
  declaredSize?: number;
  /** CRC-32 of the uncompressed data when `deflated` is given (0 if unknown). */
  crc?: number;
}

const U32 = 0xffffffff;

export function zip(entries: TestEntry[], options: { zip64?: boolean } = {}): Buffer {
  const z64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const body = e.deflated ?? (e.stored ? e.data : zlib.deflateRawSync(e.data));
    const size = e.declaredSize ?? e.data.length;
    const crc = e.deflated ? (e.crc ?? 0) : crc32(e.data);
    const method = e.stored ? 0 : 8;
    // zip64: the 4-byte fields say 0xFFFFFFFF and the real values follow in extra field 0x0001.
    const localExtra = z64 ? extra64([size, body.length]) : Buffer.alloc(0);
    const centralExtra = z64 ? extra64([size, body.length, offset]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(z64 ? U32 : body.length, 18);
    local.writeUInt32LE(z64 ? U32 : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(z64 ? 45 : 20, 4);
    central.writeUInt16LE(z64 ? 45 : 20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(z64 ? U32 : body.length, 20);
    central.writeUInt32LE(z64 ? U32 : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(z64 ? U32 : offset, 42);
    locals.push(local, name, localExtra, body);
    centrals.push(central, name, centralExtra);
    offset += local.length + name.length + localExtra.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (z64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(z64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(z64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(z64 ? U32 : directory.length, 12);
  end.writeUInt32LE(z64 ? U32 : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}

function extra64(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

/** CRC-32 (zlib.crc32 needs Node 20.15; package.json allows 20.9). */
export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
