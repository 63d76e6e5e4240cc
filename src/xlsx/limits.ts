/** Bounds on what the reader accepts, so a hostile or huge file cannot exhaust memory. */
import v8 from "v8";

const MB = 1024 * 1024;

/**
 * ExcelJS holds about 20 bytes of heap per byte of sheet XML (measured: a 52 MB sheet of
 * 1.2 million cells peaks at 1.1 GB); with the grid and the engine on top, 24.
 */
const HEAP_PER_UNPACKED_BYTE = 24;

export const LIMITS = {
  /** Largest file read, in bytes. */
  maxFileBytes: 100 * MB,
  /** Most entries in the zip (a 1 000-sheet workbook has about 1 010). */
  maxEntries: 20_000,
};

/** Largest total of the zip entries' unpacked sizes: 200 MB, less when the heap is smaller. */
export function maxUnpackedBytes(): number {
  return Math.min(200 * MB, Math.floor(v8.getHeapStatistics().heap_size_limit / HEAP_PER_UNPACKED_BYTE));
}
