/**
 * Compiles the CLI and what it imports (engine, reader, core) into build/, as
 * `npm run build:cli` would, so the process tests run the real bin/finsam.js. Skips the
 * compile when build/cli/finsam.js is newer than every source file. Test files run in
 * parallel workers: a lock directory lets one compile while the others wait.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/finsam.js");
const ENTRY = path.join(ROOT, "build/cli/finsam.js");
const LOCK = path.join(ROOT, "build/.cli-test-build.lock");
const LOCK_WAIT_MS = 180_000;

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : e.name.endsWith(".ts") ? fs.statSync(p).mtimeMs : 0);
  }
  return newest;
}

const fresh = () => fs.existsSync(ENTRY) && fs.statSync(ENTRY).mtimeMs > newestSource(path.join(ROOT, "src"));

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function buildCli(): void {
  if (fresh()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() - started > LOCK_WAIT_MS) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed run
      sleep(200);
    }
  }
  try {
    if (!fresh()) compile();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function compile(): void {
  const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", path.join(__dirname, "tsconfig.cli.json")], { cwd: ROOT, stdio: "pipe" });
  } catch (err) {
    const out = (err as { stdout?: Buffer }).stdout?.toString() ?? "";
    throw new Error(`the CLI does not compile:\n${out}`);
  }
}
