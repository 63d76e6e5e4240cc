/**
 * Reads the open workbook into the grid (src/model/grid.ts) in a bounded number of
 * round trips: one sync for the sheet list, one for every sheet's used range, then
 * values/formulas/number formats/value types in row chunks packed into batches of at
 * most `maxPayloadBytes` (estimated per cell, re-estimated from what arrives), one sync
 * per batch. N sheets never cost N syncs. A batch refused for its size is split and retried.
 * Cell sizes come from a small sample of the first sheet read with the used ranges, so the
 * first batch is filled like the others. Cost: 2 + batches; batches = 1 for a workbook that
 * fits, else about ⌈payload / budget⌉ (+ 1 when the sample holds nothing: a quarter-size
 * first batch then measures the cells).
 */
import type { Cell, Sheet, Workbook } from "../model/grid";

export const DEFAULT_MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** First guess of the JSON size of one cell across the four loaded properties. */
const INITIAL_BYTES_PER_CELL = 64;
/** Margin on measured cell sizes: later rows can be a little wider than earlier ones (the host's limit is above the budget). */
const SAFETY = 1.04;
/** The sample: the top-left cells of the first sheet (titles, headers, first lines); 24 cells stay under the limit even at Excel's longest texts. */
const SAMPLE_ROWS = 4;
const SAMPLE_COLS = 6;
/** The body's figures can be wider than the sample's (larger amounts further down): its size per cell times this. */
const SAMPLE_MARGIN = 1.25;

export interface ReadOptions {
  maxPayloadBytes?: number;
  /** Called after each batch with the share of cells read (0..1). */
  onProgress?: (done: number) => void;
}

export interface ReadResult {
  workbook: Workbook;
  syncs: number;
  batches: number;
  /** JSON size of the cell data received. */
  payloadBytes: number;
}

interface Chunk {
  sheetIndex: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface LoadedChunk {
  chunk: Chunk;
  range: Excel.Range;
}

const CELL_PROPS = "values,formulas,numberFormat,valueTypes";

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const budget = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };

  const collection = context.workbook.worksheets;
  collection.load("items/name");
  context.workbook.load("name");
  await sync();
  const worksheets = collection.items;
  const sheets: Sheet[] = worksheets.map((ws) => ({ name: ws.name, rows: [] }));

  const used = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  const sample = worksheets.length > 0 ? worksheets[0].getRangeByIndexes(0, 0, SAMPLE_ROWS, SAMPLE_COLS).load(CELL_PROPS) : null;
  await sync();

  const pending: Chunk[] = [];
  used.forEach((r, sheetIndex) => {
    if (r.isNullObject) return;
    pending.push({ sheetIndex, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount });
  });
  const totalCells = pending.reduce((n, c) => n + c.rows * c.cols, 0);

  const measured = sample ? measureSample(sample) : { bytes: 0, bytesPerCell: null };
  let bytesPerCell = measured.bytesPerCell !== null ? SAMPLE_MARGIN * measured.bytesPerCell : INITIAL_BYTES_PER_CELL;
  // No sample to go by and more than one batch by the guess: read a quarter-size first batch to measure
  // real cell sizes, so a text-heavy workbook is not refused for its size; a small workbook goes in one batch.
  let firstBudget = measured.bytesPerCell === null && totalCells * bytesPerCell > budget ? budget / 4 : budget;
  let doneCells = 0;
  let batches = 0;
  let payloadBytes = measured.bytes;
  while (pending.length > 0) {
    const batch = takeBatch(pending, Math.max(1, Math.floor(firstBudget / bytesPerCell)));
    const loaded: LoadedChunk[] = batch.map((chunk) => ({
      chunk,
      range: worksheets[chunk.sheetIndex].getRangeByIndexes(chunk.top, chunk.left, chunk.rows, chunk.cols).load(CELL_PROPS),
    }));
    try {
      await sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || !splitForRetry(batch, pending)) throw e;
      // The refused batch was over the host's limit (about our budget): the next one gets half its cells or fewer.
      const refusedCells = batch.reduce((n, c) => n + c.rows * c.cols, 0);
      bytesPerCell = Math.max(bytesPerCell * 4, Math.ceil((2 * budget) / refusedCells));
      firstBudget = budget;
      continue;
    }
    batches++;
    let batchBytes = 0;
    let batchCells = 0;
    let tail = 0;
    for (const { chunk, range } of loaded) {
      const size = putChunk(sheets[chunk.sheetIndex], chunk, range);
      batchBytes += size.bytes;
      batchCells += chunk.rows * chunk.cols;
      tail = size.tailBytesPerCell;
    }
    payloadBytes += batchBytes;
    doneCells += batchCells;
    // The next batch goes on where this one stopped: its cells are as wide as the last rows read, or the
    // batch's average; when the last rows were wider than the average, wider still by as much (amounts growing).
    const average = batchBytes / batchCells;
    bytesPerCell = SAFETY * Math.max(average, tail + Math.max(0, tail - average));
    firstBudget = budget;
    options.onProgress?.(totalCells ? doneCells / totalCells : 1);
  }
  return { workbook: { name: context.workbook.name, sheets }, syncs, batches, payloadBytes };
}

/** Takes whole chunks (splitting the last by rows) up to `cellBudget` cells. */
function takeBatch(pending: Chunk[], cellBudget: number): Chunk[] {
  const out: Chunk[] = [];
  let left = cellBudget;
  while (pending.length > 0 && left > 0) {
    const c = pending[0];
    const rowsFit = Math.floor(left / c.cols);
    if (rowsFit >= c.rows) {
      out.push(pending.shift()!);
      left -= c.rows * c.cols;
    } else if (rowsFit > 0 || out.length === 0) {
      const rows = Math.max(1, rowsFit);
      out.push({ ...c, rows });
      pending[0] = { ...c, top: c.top + rows, rows: c.rows - rows };
      break;
    } else {
      break;
    }
  }
  return out;
}

/** Puts a refused batch back, halved; false when it cannot get smaller (one row). */
function splitForRetry(batch: Chunk[], pending: Chunk[]): boolean {
  const halves: Chunk[] = [];
  for (const c of batch) {
    if (c.rows > 1) {
      const half = Math.ceil(c.rows / 2);
      halves.push({ ...c, rows: half }, { ...c, top: c.top + half, rows: c.rows - half });
    } else halves.push(c);
  }
  if (halves.length === batch.length && batch.length === 1) return false;
  pending.unshift(...halves);
  return true;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? "";
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/.test(code);
}

/** JSON size of the sample, and per cell that holds something (null when none does: empty cells tell nothing). */
function measureSample(range: Excel.Range): { bytes: number; bytesPerCell: number | null } {
  const props = [range.values, range.formulas, range.numberFormat, range.valueTypes] as unknown[][][];
  const bytes = props.reduce((n, p) => n + JSON.stringify(p).length, 0);
  let cellBytes = 0;
  let cells = 0;
  range.valueTypes.forEach((row, r) =>
    row.forEach((type, c) => {
      const formula = range.formulas[r][c];
      if (type === "Empty" && !(typeof formula === "string" && formula.startsWith("="))) return;
      cells++;
      cellBytes += props.reduce((n, p) => n + JSON.stringify(p[r][c]).length + 1, 0);
    }),
  );
  return { bytes, bytesPerCell: cells > 0 ? cellBytes / cells : null };
}

/** Rows at the end of a chunk whose size tells how wide the next cells are (when they are enough cells to go by). */
const TAIL_SHARE = 0.1;
const MIN_TAIL_CELLS = 256;

/** Copies a loaded chunk into the sheet's rows; returns its JSON size, and bytes per cell over its last rows (0 when too few). */
function putChunk(sheet: Sheet, chunk: Chunk, range: Excel.Range): { bytes: number; tailBytesPerCell: number } {
  const values = range.values;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  const types = range.valueTypes;
  for (let r = 0; r < chunk.rows; r++) {
    for (let c = 0; c < chunk.cols; c++) {
      const cell = toCell(values[r][c], formulas[r][c], formats[r][c], types[r][c]);
      if (!cell) continue;
      const row = chunk.top + r;
      (sheet.rows[row] ??= [])[chunk.left + c] = cell;
    }
  }
  for (let r = 0; r < sheet.rows.length; r++) sheet.rows[r] ??= [];
  const bytes = JSON.stringify(values).length + JSON.stringify(formulas).length + JSON.stringify(formats).length + JSON.stringify(types).length;
  const tailRows = Math.ceil(chunk.rows * TAIL_SHARE);
  if (tailRows * chunk.cols < MIN_TAIL_CELLS) return { bytes, tailBytesPerCell: 0 };
  let tailBytes = 0;
  for (let r = chunk.rows - tailRows; r < chunk.rows; r++) {
    tailBytes +=
      JSON.stringify(values[r]).length + JSON.stringify(formulas[r]).length + JSON.stringify(formats[r]).length + JSON.stringify(types[r]).length + 4;
  }
  return { bytes, tailBytesPerCell: tailBytes / (tailRows * chunk.cols) };
}

function toCell(value: unknown, formula: unknown, numberFormat: unknown, type: unknown): Cell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=") && formula.length > 1;
  if (type === "Empty" && !hasFormula) return undefined;
  const cell: Cell = { value: null };
  if (type === "Error") cell.error = String(value);
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") cell.value = value;
  if (hasFormula) cell.formula = (formula as string).slice(1);
  if (typeof numberFormat === "string") cell.numberFormat = numberFormat;
  return cell;
}
