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

/** The file looks like an .xlsx but its content cannot be parsed (damaged, or beyond ExcelJS). */
export function damaged(err: unknown): XlsxReadError {
  const detail = (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200);
  return new XlsxReadError(
    "corrupt",
    `filen kan inte läsas: den är skadad eller innehåller något som läsaren inte klarar (${detail}); prova att spara om den i Excel`,
    `the file cannot be read: it is damaged or holds something the reader cannot handle (${detail}); try saving it again in Excel`,
  );
}
