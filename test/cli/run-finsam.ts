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

export interface RunOptions {
  /** Kills a run that hangs after this many ms: its code is then null. */
  timeout?: number;
  /** Variables added to the environment. */
  env?: Record<string, string>;
}

export function finsam(args: string[], nodeOptions: string[] = [], options: RunOptions = {}): Run {
  const env = { ...process.env, ...options.env };
  const r = spawnSync(process.execPath, [...nodeOptions, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout,
    env,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errLines: r.stderr.split("\n").filter((l) => l.trim() !== "") };
}
