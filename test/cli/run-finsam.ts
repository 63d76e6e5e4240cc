/** Spawns bin/finsam.js and collects what it printed and its exit code. */
import { spawnSync } from "child_process";
import { BIN, ROOT } from "./build-cli";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stderr split into its non-empty lines. */
  errLines: string[];
}

export function finsam(args: string[], nodeOptions: string[] = []): Run {
  const r = spawnSync(process.execPath, [...nodeOptions, BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errLines: r.stderr.split("\n").filter((l) => l.trim() !== "") };
}
