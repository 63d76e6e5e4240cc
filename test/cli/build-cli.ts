/**
 * Compiles the CLI and what it imports (engine, reader, core) into build/, as
 * `npm run build:cli` would, so the process tests run the real bin/finsam.js. Skips the
 * compile when build/cli/finsam.js is newer than every source file.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/finsam.js");
const ENTRY = path.join(ROOT, "build/cli/finsam.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : e.name.endsWith(".ts") ? fs.statSync(p).mtimeMs : 0);
  }
  return newest;
}

export function buildCli(): void {
  if (fs.existsSync(ENTRY) && fs.statSync(ENTRY).mtimeMs > newestSource(path.join(ROOT, "src"))) return;
  const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", path.join(__dirname, "tsconfig.cli.json")], { cwd: ROOT, stdio: "pipe" });
  } catch (err) {
    const out = (err as { stdout?: Buffer }).stdout?.toString() ?? "";
    throw new Error(`the CLI does not compile:\n${out}`);
  }
}
