/**
 * A problem with how the command was called (options, --config, --out): one message in
 * Swedish and English, printed on one line, exit code 2.
 */
export class CliError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(`${sv} / ${en}`);
    this.name = "CliError";
  }
}
