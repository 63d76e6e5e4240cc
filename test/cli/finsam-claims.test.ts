/**
 * Tiny files claiming the whole grid (a value in the last row of 20 sheets, a row past
 * Excel's last, a merge or a data validation over A1:XFD1048576) end within seconds in a
 * 256 MB heap: read and reported, or refused with exit 2 and one bilingual line — never a
 * V8 abort, never a hang. Also with --out, whose copy is made from the same bounded bytes.
 * Time and peak RSS of each run are printed for the record.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { CLAIMING, writeClaimingFiles } from "../xlsx/hostile-files";
import { buildCli } from "./build-cli";
import { finsam } from "./run-finsam";

let dir: string;
let files: Map<string, string>;
const HEAP = ["--max-old-space-size=256", "-r", path.join(__dirname, "record-rss.js")];
const TIMEOUT_MS = 30_000;
const RSS_LIMIT_KB = 400 * 1024;

beforeAll(() => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-claims-"));
  files = writeClaimingFiles(dir);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function measured(args: string[]) {
  const rssFile = path.join(dir, "rss.txt");
  fs.rmSync(rssFile, { force: true });
  const started = Date.now();
  const run = finsam(args, HEAP, { timeout: TIMEOUT_MS, env: { FINSAM_TEST_RSS_FILE: rssFile } });
  const ms = Date.now() - started;
  const rssKb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) : NaN;
  return { run, ms, rssKb };
}

describe.each(CLAIMING.map((c) => [c.name, c.refused]))("%s", (name, refused) => {
  it.each([[[]], [["--out"]]])(
    "ends in time and memory %j",
    (extra) => {
      const input = files.get(name as string)!;
      const args = ["validate", input, ...(extra.length ? ["--out", path.join(dir, `ut-${name}`)] : [])];
      const { run, ms, rssKb } = measured(args);
      console.log(`${name} ${extra.join(" ")}: exit ${run.code}, ${ms} ms, peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
      expect(run.stderr).not.toMatch(/\n\s+at |FATAL|internt fel/);
      expect(run.code).not.toBeNull();
      expect(rssKb).toBeLessThan(RSS_LIMIT_KB);
      if (refused === null) {
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/Sammanfattning: 0 fel/);
      } else {
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.errLines).toHaveLength(1);
        expect(run.errLines[0]).toMatch(/^finsam: .+: .+ \/ .+/);
      }
    },
    TIMEOUT_MS + 5_000,
  );
});
