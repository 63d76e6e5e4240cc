/** Bounds on what the reader accepts, so a hostile file cannot exhaust memory. */
export const LIMITS = {
  /** Largest file read, in bytes. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Largest total of the zip entries' unpacked sizes, in bytes. */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Most entries in the zip (a 1 000-sheet workbook has about 1 010). */
  maxEntries: 20_000,
};
