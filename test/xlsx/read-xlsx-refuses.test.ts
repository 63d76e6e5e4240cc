/**
 * The reader refuses what is not a readable .xlsx with a coded, bilingual message, and
 * never changes the file it was given.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { XlsxReadError } from "../../src/xlsx/read-error";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { HOSTILE, writeHostileFiles } from "./hostile-files";

let dir: string;
let files: Map<string, string>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-hostile-"));
  files = writeHostileFiles(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (p: string) => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

async function failure(p: string): Promise<XlsxReadError> {
  try {
    await readXlsx(p);
  } catch (err) {
    if (err instanceof XlsxReadError) return err;
    throw err;
  }
  throw new Error(`${p} was read without error`);
}

describe("readXlsx refuses", () => {
  it.each(HOSTILE.map((h) => [h.name, h.code]))("%s with code %s, a message in both languages, the file untouched", async (name, code) => {
    const p = files.get(name)!;
    const before = sha(p);
    const err = await failure(p);
    expect(err.code).toBe(code);
    expect(err.sv.length).toBeGreaterThan(10);
    expect(err.en.length).toBeGreaterThan(10);
    expect(err.sv).not.toEqual(err.en);
    expect(`${err.sv} ${err.en}`).not.toMatch(/\n| {4}at /);
    expect(sha(p)).toBe(before);
  });

  it("a missing file", async () => {
    expect((await failure(path.join(dir, "nope.xlsx"))).code).toBe("missing");
  });

  it("a directory", async () => {
    expect((await failure(dir)).code).toBe("not-a-file");
  });
});
