/**
 * Why a file could not be read as an .xlsx workbook. Carries one message in Swedish
 * and English; views print it on one line, never with a stack trace.
 */
export type ReadErrorCode =
  | "missing"
  | "not-a-file"
  | "unreadable"
  | "empty"
  | "too-large"
  | "encrypted"
  | "legacy-office"
  | "ods"
  | "xlsb"
  | "text"
  | "zip-not-xlsx"
  | "not-xlsx"
  | "corrupt"
  | "zip-bomb";

export class XlsxReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly sv: string,
    readonly en: string,
  ) {
    super(`${sv} / ${en}`);
    this.name = "XlsxReadError";
  }
}

/** The file is a zip/xlsx but its content cannot be parsed. */
export function damaged(err: unknown): XlsxReadError {
  const detail = (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200);
  return new XlsxReadError("corrupt", `filen är skadad och kan inte läsas (${detail})`, `the file is damaged and cannot be read (${detail})`);
}
