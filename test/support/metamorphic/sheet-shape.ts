/** What the transformations need to know of a sheet's layout: blank rows, width, label and value columns, an own title. */
import type { Cell, Sheet } from "../../../src/model/grid";

export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === "") && cell.formula === undefined && cell.error === undefined);
}

export function isBlankRow(sheet: Sheet, row: number): boolean {
  return (sheet.rows[row] ?? []).every(isEmptyCell);
}

/** Number of columns in use: one past the rightmost non-empty cell or merged range. */
export function sheetWidth(sheet: Sheet): number {
  let width = 0;
  sheet.rows.forEach((cells) =>
    (cells ?? []).forEach((cell, c) => {
      if (!isEmptyCell(cell)) width = Math.max(width, c + 1);
    }),
  );
  for (const m of sheet.merged ?? []) width = Math.max(width, m.right + 1);
  return width;
}

function numbersInColumn(sheet: Sheet, col: number): number {
  return sheet.rows.filter((cells) => typeof cells?.[col]?.value === "number").length;
}

/** The leftmost column holding at least two texts: the label column. */
export function labelColumn(sheet: Sheet): number | null {
  const width = sheetWidth(sheet);
  for (let c = 0; c < width; c++) if (sheet.rows.filter((cells) => typeof cells?.[c]?.value === "string").length >= 2) return c;
  return null;
}

/** The leftmost column holding at least two numbers: the first value column. Columns left of it are label columns. */
export function firstValueColumn(sheet: Sheet): number | null {
  const width = sheetWidth(sheet);
  for (let c = 0; c < width; c++) if (numbersInColumn(sheet, c) >= 2) return c;
  return null;
}

/** The value column right of the first one, when there is one (at least two numbers). */
export function secondValueColumn(sheet: Sheet): number | null {
  const first = firstValueColumn(sheet);
  if (first === null) return null;
  return numbersInColumn(sheet, first + 1) >= 2 ? first + 1 : null;
}

/** The sheet's first non-blank row is a single text: a title of its own. */
export function hasOwnTitle(sheet: Sheet): boolean {
  const row = sheet.rows.findIndex((_, r) => !isBlankRow(sheet, r));
  if (row < 0) return false;
  const filled = (sheet.rows[row] ?? []).filter((c) => !isEmptyCell(c));
  return filled.length === 1 && typeof filled[0]!.value === "string";
}
