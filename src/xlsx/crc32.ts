/** CRC-32 of a zip entry's data: zlib's own where Node has it (20.15+), else a table (package.json allows 20.9). */
import zlib from "zlib";

const native = (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32;

let table: Uint32Array | undefined;

export function crc32(data: Buffer): number {
  if (native) return native(data) >>> 0;
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
