/**
 * The simulated host's document: what Excel keeps per cell and per sheet. Plain data,
 * JSON-serialisable so a page reload (pane closed and reopened) can keep it.
 */
export type SimValue = number | string | boolean | null;

export interface SimBorder {
  style: string;
  color: string;
  weight: string;
}

export interface SimFormat {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fontName: string;
  fontSize: number;
  /** null = no fill (pattern "None"). */
  fillColor: string | null;
  horizontalAlignment: string;
  borders: Record<string, SimBorder>;
}

export interface SimCell {
  value: SimValue;
  formula?: string;
  error?: string;
  format: SimFormat;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface SimSheet {
  name: string;
  /** Key "row,col" (0-based). */
  cells: Record<string, SimCell>;
  columnWidths: Record<number, number>;
}

export interface SimDocument {
  name: string;
  sheets: SimSheet[];
  activeSheet: string;
  /** Selected range, e.g. { sheet: "RR", address: "C14" }. */
  selection: { sheet: string; address: string };
  /** Saved document settings (Office.context.document.settings after saveAsync). */
  settings: Record<string, unknown>;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export function noBorder(): SimBorder {
  return { style: "None", color: "#000000", weight: "Thin" };
}

export function defaultFormat(): SimFormat {
  const borders: Record<string, SimBorder> = {};
  for (const e of BORDER_EDGES) borders[e] = noBorder();
  return {
    numberFormat: "General",
    bold: false,
    italic: false,
    fontColor: "#000000",
    fontName: "Calibri",
    fontSize: 11,
    fillColor: null,
    horizontalAlignment: "General",
    borders,
  };
}

export function emptyCell(): SimCell {
  return { value: null, format: defaultFormat() };
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** The cell at (row, col); created (empty) when `create` is set. */
export function getCell(sheet: SimSheet, row: number, col: number, create: true): SimCell;
export function getCell(sheet: SimSheet, row: number, col: number, create?: boolean): SimCell | undefined;
export function getCell(sheet: SimSheet, row: number, col: number, create = false): SimCell | undefined {
  const k = cellKey(row, col);
  let c = sheet.cells[k];
  if (!c && create) {
    c = emptyCell();
    sheet.cells[k] = c;
  }
  return c;
}

export function hasContent(c: SimCell): boolean {
  return c.value !== null || c.formula !== undefined || c.error !== undefined;
}

export function findSheet(doc: SimDocument, name: string): SimSheet | undefined {
  return doc.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export function cloneDocument(doc: SimDocument): SimDocument {
  return JSON.parse(JSON.stringify(doc)) as SimDocument;
}
