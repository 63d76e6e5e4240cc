/**
 * The `finsam` process: the real engine, the process's stdout/stderr, the exit code.
 * bin/finsam.js loads the compiled form of this file from build/cli/.
 */
import { validateWorkbook } from "../engine/validate";
import { failureLine, main } from "./main";
import type { Io } from "./validate-command";

const io: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text + "\n"),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};

export async function run(argv: string[]): Promise<void> {
  // A closed pipe (finsam … | head, 2>&1 | head) ends the process quietly; an error on
  // stdout/stderr must not be reported on stderr again.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", () => process.exit(process.exitCode ?? 2));
  }
  process.exitCode = await main(argv, validateWorkbook, io);
}

let failed = false;

/** Last resort for an error nothing caught: one line, exit code 2, reported once. */
export function fail(err: unknown): void {
  process.exitCode = 2;
  if (failed) return;
  failed = true;
  try {
    process.stderr.write(failureLine(err) + "\n");
  } catch {
    // stderr is gone; the exit code still tells.
  }
}
