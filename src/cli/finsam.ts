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
};

export async function run(argv: string[]): Promise<void> {
  // A closed pipe (finsam … | head) ends the output quietly.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(argv, validateWorkbook, io);
}

export function fail(err: unknown): void {
  process.stderr.write(failureLine(err) + "\n");
  process.exitCode = 2;
}
