import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");

/** What dist/ is built from; a newer file here means dist/ is stale. */
const INPUTS = ["src/functions", "src/core", "src/taskpane", "webpack.config.js", "manifest.xml", "assets"];
const OUTPUTS = ["functions.js", "functions.json", "functions.sv-SE.json", "manifest.xml", "taskpane.html", "taskpane.css", "taskpane.js"];
const LOCK = path.join(os.tmpdir(), `finsam-dist-build-${Buffer.from(ROOT).toString("hex").slice(-24)}.lock`);

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), stat.mtimeMs);
}

function isStale(): boolean {
  if (!OUTPUTS.every((f) => fs.existsSync(path.join(DIST, f)))) return true;
  const built = Math.min(...OUTPUTS.map((f) => fs.statSync(path.join(DIST, f)).mtimeMs));
  return INPUTS.some((p) => fs.existsSync(path.join(ROOT, p)) && newestMtime(path.join(ROOT, p)) > built);
}

/** A build takes well under a minute; a lock older than this was left by a killed run. */
const STALE_LOCK_MS = 180_000;

function lockAgeMs(): number {
  try {
    return Date.now() - fs.statSync(LOCK).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Returns dist/, building it with `webpack --mode production` first when it is missing or
 * older than its sources (`npm test` builds before jest, so usually nothing happens).
 * Test files run in parallel workers: a lock directory keeps them to one build at a time.
 */
export function ensureDist(): string {
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for another build (lock ${LOCK})`);
      if (lockAgeMs() > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed run
      sleep(500);
    }
  }
  try {
    if (isStale()) {
      execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    }
  } finally {
    fs.rmdirSync(LOCK);
  }
  return DIST;
}
