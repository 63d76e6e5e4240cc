/**
 * An example workbook repacked in zip64 form (8-byte sizes and offsets, as some writers
 * produce for any size) reads to the same grid as the original.
 */
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { crc32, zip } from "./zip-writer";

const EXAMPLE = path.resolve(__dirname, "../../examples/000-arsredovisning-2023.xlsx");
let dir: string;

beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-zip64-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The parts of an .xlsx, unpacked with zlib by walking its central directory (independent of the reader's parser). */
function parts(buf: Buffer): { name: string; data: Buffer }[] {
  const out: { name: string; data: Buffer }[] = [];
  // The central directory gives sizes even when local headers use data descriptors.
  let p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (p >= 0 && buf.readUInt32LE(p) === 0x02014b50) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

it("reads a zip64 archive like the plain one", async () => {
  const original = fs.readFileSync(EXAMPLE);
  const unpacked = parts(original);
  expect(unpacked.map((e) => e.name)).toContain("xl/workbook.xml");
  const file = path.join(dir, "zip64.xlsx");
  fs.writeFileSync(
    file,
    zip(
      unpacked.map((e) => ({ ...e, crc: crc32(e.data) })),
      { zip64: true },
    ),
  );
  expect((await readXlsx(file)).workbook.sheets).toEqual((await readXlsx(EXAMPLE)).workbook.sheets);
});
