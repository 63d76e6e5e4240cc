/**
 * The `finsam` command without the process around it: parses the arguments, runs the
 * command, turns every failure into one line on stderr and an exit code (2), never a
 * stack trace (set FINSAM_DEBUG=1 to see one).
 */
import fs from "fs";
import path from "path";
import { oneLine } from "../understand/cell-reading";
import { XlsxReadError } from "../xlsx/read-error";
import { USAGE, parseArgs } from "./args";
import { CliError } from "./cli-error";
import { validateDocuments } from "../documents/validate-documents";
import { Io, SetValidator, Validator, runValidate } from "./validate-command";

export async function main(argv: string[], validate: Validator, io: Io, validateSet: SetValidator = validateDocuments): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
    if (args.command === "version") {
      io.stdout(version() + "\n");
      return 0;
    }
    return await runValidate(args, validate, io, validateSet);
  } catch (err) {
    io.stderr(failureLine(err));
    return 2;
  }
}

/** The line a failure prints (with FINSAM_DEBUG, an internal error's stack instead); names in it cannot break it. */
export function failureLine(err: unknown): string {
  if (err instanceof CliError || err instanceof XlsxReadError) return oneLine(`finsam: ${err.sv} / ${err.en}`);
  const why = oneLine((err instanceof Error ? err.message : String(err)).split("\n")[0]);
  if (process.env.FINSAM_DEBUG && err instanceof Error) return `finsam: ${err.stack}`;
  return `finsam: internt fel: ${why} (kör med FINSAM_DEBUG=1 för detaljer) / internal error: ${why} (run with FINSAM_DEBUG=1 for details)`;
}

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string };
  return `finsam ${pkg.version}`;
}
