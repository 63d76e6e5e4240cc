/* Draws the add-in icons (a white "F" on Finsam green with a gold bar) as PNGs with zlib
 * only: node assets/make-icons.js. The PNGs are committed; run again only to change them. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [0x1f, 0x6b, 0x4f, 255];
const WHITE = [255, 255, 255, 255];
const GOLD = [0xf2, 0xb7, 0x05, 255];

/** Colour of pixel (x, y) in a size×size icon, drawn on a 16-unit grid. */
function pixel(x, y, size) {
  const u = (16 * x) / size;
  const v = (16 * y) / size;
  const inF = (u >= 4 && u < 6.5 && v >= 3 && v < 13) || (u >= 4 && u < 12 && v >= 3 && v < 5.5) || (u >= 4 && u < 10.5 && v >= 7 && v < 9.5);
  if (inF) return WHITE;
  if (v >= 14 && v < 15 && u >= 2 && u < 14) return GOLD;
  return GREEN;
}

function crc32(buffer) {
  let c;
  let crc = 0xffffffff;
  for (const byte of buffer) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (1 + 4 * size));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + 4 * size)] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, y * (1 + 4 * size) + 1 + 4 * x);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
