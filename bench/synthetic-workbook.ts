/**
 * Synthetic Finsam-like workbooks for the benchmarks: each sheet repeats a budget table
 * (title, unit line, header of years, item rows, SUM-formula subtotals, a grand total and a
 * difference column), with planted errors: a subtotal off by 1 000 kr, a difference with a
 * flipped sign, and a number stored as text. Deterministic for a given size.
 */
import { Cell, Sheet, Workbook, a1, columnLetters } from "../src/model/grid";

export interface SyntheticSize {
  sheets: number;
  rowsPerSheet: number;
  /** Columns including the label column; the last value column is a difference column. */
  cols: number;
}

const KR = "#,##0";
const ITEMS_PER_BLOCK = 12;

/** A small deterministic generator so every run measures the same workbook. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Where each kind of error was planted: sheet and A1 cell, as findings name them. */
export interface PlantedCell {
  sheet: string;
  cell: string;
}

export interface PlantedErrors {
  wrongSubtotals: PlantedCell[];
  flippedDifferences: PlantedCell[];
  textNumbers: PlantedCell[];
}

export function syntheticWorkbook(size: SyntheticSize): { workbook: Workbook; planted: PlantedErrors } {
  const planted: PlantedErrors = { wrongSubtotals: [], flippedDifferences: [], textNumbers: [] };
  const sheets: Sheet[] = [];
  for (let s = 0; s < size.sheets; s++) sheets.push(syntheticSheet(`Budget ${s + 1}`, size, s, planted));
  return { workbook: { name: `synthetic-${size.sheets}x${size.rowsPerSheet}x${size.cols}`, sheets }, planted };
}

function syntheticSheet(name: string, size: SyntheticSize, index: number, planted: PlantedErrors): Sheet {
  const rand = lcg(index + 1);
  const valueCols = size.cols - 2; // label + values + difference
  const firstYear = 2024 - valueCols + 1;
  const rows: (Cell | undefined)[][] = [];
  const push = (cells: (Cell | undefined)[]) => rows.push(cells);

  push([{ value: `Budget och utfall, verksamhetsområde ${index + 1}`, bold: true }]);
  push([{ value: "Belopp i kr" }]);
  const header: Cell[] = [{ value: "Post", bold: true }];
  for (let c = 0; c < valueCols; c++) header.push({ value: `År ${firstYear + c}`, bold: true });
  header.push({ value: `Skillnad År ${firstYear + valueCols - 1} - År ${firstYear + valueCols - 2}`, bold: true });
  push(header);

  const diffCol = size.cols - 1;
  const diffCell = (r: number, a: number, b: number, flip: boolean): Cell => {
    const value = flip ? b - a : a - b;
    return { value, numberFormat: KR, formula: flip ? undefined : `${columnLetters(diffCol - 1)}${r + 1}-${columnLetters(diffCol - 2)}${r + 1}` };
  };

  const subtotalRows: number[] = [];
  let block = 0;
  while (rows.length < size.rowsPerSheet - 2) {
    const first = rows.length;
    const sums = new Array<number>(valueCols).fill(0);
    const itemCount = Math.min(ITEMS_PER_BLOCK, size.rowsPerSheet - 3 - rows.length);
    if (itemCount < 1) break;
    for (let i = 0; i < itemCount; i++) {
      const r = rows.length;
      const cells: Cell[] = [{ value: `Insats ${block + 1}.${i + 1}` }];
      const textCol = (block * ITEMS_PER_BLOCK + i) % 211 === 7 ? 1 + Math.floor(valueCols / 2) : -1;
      for (let c = 0; c < valueCols; c++) {
        const v = Math.round(rand() * 5_000_000);
        // Excel's SUM skips a number stored as text: the cached subtotal leaves it out.
        if (c + 1 === textCol) {
          cells.push({ value: String(v).replace(/\B(?=(\d{3})+(?!\d))/g, " ") });
          planted.textNumbers.push({ sheet: name, cell: a1(r, c + 1) });
        } else {
          sums[c] += v;
          cells.push({ value: v, numberFormat: KR });
        }
      }
      const last = cells[valueCols].value as number;
      const prev = cells[valueCols - 1].value as number;
      const flip = (block * ITEMS_PER_BLOCK + i) % 97 === 13;
      if (flip) planted.flippedDifferences.push({ sheet: name, cell: a1(r, diffCol) });
      cells.push(diffCell(r, last, prev, flip));
      push(cells);
    }
    const r = rows.length;
    const wrong = block % 7 === 3;
    if (wrong) planted.wrongSubtotals.push({ sheet: name, cell: a1(r, 1) });
    const total: Cell[] = [{ value: `Summa område ${block + 1}`, bold: true }];
    for (let c = 0; c < valueCols; c++) {
      const L = columnLetters(c + 1);
      const value = sums[c] + (wrong && c === 0 ? 1000 : 0);
      total.push(
        wrong && c === 0 ? { value, numberFormat: KR, bold: true } : { value, numberFormat: KR, bold: true, formula: `SUM(${L}${first + 1}:${L}${r})` },
      );
    }
    total.push({ ...diffCell(r, sums[valueCols - 1], sums[valueCols - 2], false), bold: true });
    push(total);
    subtotalRows.push(r);
    push([]);
    block++;
  }

  const r = rows.length;
  const grand: Cell[] = [{ value: "Total budget", bold: true }];
  for (let c = 0; c < valueCols; c++) {
    let sum = 0;
    for (const sr of subtotalRows) sum += rows[sr][c + 1]!.value as number;
    const L = columnLetters(c + 1);
    grand.push({ value: sum, numberFormat: KR, bold: true, formula: subtotalRows.map((sr) => `${L}${sr + 1}`).join("+") });
  }
  grand.push({ ...diffCell(r, grand[valueCols].value as number, grand[valueCols - 1].value as number, false), bold: true });
  push(grand);
  return { name, rows };
}

export function cellCount(workbook: Workbook): number {
  let n = 0;
  for (const sheet of workbook.sheets) for (const row of sheet.rows) if (row) for (const cell of row) if (cell) n++;
  return n;
}
