/**
 * Reads the open workbook into the grid (src/model/grid.ts) in a bounded number of
 * round trips: one sync for the sheet list, one for every sheet's used range, then
 * values/formulas/number formats/value types in row chunks packed into batches of at
 * most `maxPayloadBytes` (estimated per cell, re-estimated from what arrives), one sync
 * per batch. N sheets never cost N syncs. A batch refused for its size is split and retried.
 * Cost: 2 + batches; batches = 1 for a workbook that fits, else about ⌈payload / budget⌉ + 1
 * (the first, quarter-size batch measures the cells).
 */
import type { Cell, Sheet, Workbook } from "../model/grid";

export const DEFAULT_MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** First guess of the JSON size of one cell across the four loaded properties. */
const INITIAL_BYTES_PER_CELL = 64;
/** Margin on measured cell sizes: later rows can be a little wider than earlier ones. */
const SAFETY = 1.05;

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
  await sync();

  const pending: Chunk[] = [];
  used.forEach((r, sheetIndex) => {
    if (r.isNullObject) return;
    pending.push({ sheetIndex, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount });
  });
  const totalCells = pending.reduce((n, c) => n + c.rows * c.cols, 0);

  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  // More than one batch by the guess: read a quarter-size first batch to measure real cell sizes,
  // so a text-heavy workbook is not refused for its size; a small workbook goes in one batch.
  let firstBudget = totalCells * bytesPerCell > budget ? budget / 4 : budget;
  let doneCells = 0;
  let batches = 0;
  let payloadBytes = 0;
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
    for (const { chunk, range } of loaded) {
      batchBytes += putChunk(sheets[chunk.sheetIndex], chunk, range);
      batchCells += chunk.rows * chunk.cols;
    }
    payloadBytes += batchBytes;
    doneCells += batchCells;
    bytesPerCell = Math.ceil((SAFETY * batchBytes) / batchCells);
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

/** Copies a loaded chunk into the sheet's rows; returns its JSON size. */
function putChunk(sheet: Sheet, chunk: Chunk, range: Excel.Range): number {
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
  return JSON.stringify(values).length + JSON.stringify(formulas).length + JSON.stringify(formats).length + JSON.stringify(types).length;
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
