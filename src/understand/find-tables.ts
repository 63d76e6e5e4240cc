/**
 * Finds the tables on a sheet: each header block (one or more header rows) opens a
 * table, with the text rows just above it as title and unit line; the body runs until
 * the next table's title, two blank rows, or the end. Figure rows no header claims form
 * header-less tables. Then reads columns, unit and rows (labels, note references, figures).
 */
import type { Sheet } from "../model/grid";
import { cellText, displayStep, isPercentFormat, isTooLargeFigure, readTextNumber, roundToStep } from "./cell-reading";
import {
  basisFromHeader,
  isCodeText,
  isCountKey,
  isHeaderText,
  isNoteHeader,
  isRatioKey,
  labelKey,
  MAX_LABEL_LENGTH,
  noteRefs,
  noteRefsInLabel,
  unitFromText,
  yearsIn,
} from "./labels";
import { headerCellText, headerCellYear, type ScannedCell, type ScannedRow } from "./sheet-scan";
import type { Span } from "./segment-sheet";
import { keep, tableUnit, type FigureSizes } from "./table-unit";
import type { Figure, TextNumberCell, UnderstoodColumn, UnderstoodRow, Unit, UnitSource } from "./types";

/** A table as laid out, before kinds, roles and coverage are worked out. */
export interface TableLayout {
  /** Columns the table lies in (its lane of the sheet; every column when nothing stands beside it). */
  span: Span;
  titleLines: { row: number; text: string }[];
  unitRow: number | null;
  headerRows: number[];
  bodyStart: number;
  bodyEnd: number;
}

const MAX_TITLE_LINES = 4;
const MAX_TITLE_GAP = 2;

function blockEnd(scan: ScannedRow[], from: number, limit: number): number {
  // Body ends before two blank rows in a row, or at limit; trailing figure-less rows are dropped.
  let end = from - 1;
  let blanks = 0;
  for (let r = from; r < limit; r++) {
    if (scan[r].blank) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (scan[r].figureCols.length > 0) end = r;
  }
  return end;
}

function titleAbove(scan: ScannedRow[], start: number, floor: number): { row: number; text: string }[] {
  const lines: { row: number; text: string }[] = [];
  let r = start - 1;
  // One gap of at most MAX_TITLE_GAP blank rows may separate the title from its table (or two of its lines).
  let gaps = 0;
  let blanks = 0;
  while (r >= floor && lines.length < MAX_TITLE_LINES) {
    const s = scan[r];
    if (s.blank) {
      if (blanks === 0) gaps++;
      blanks++;
      if (gaps > 1 || blanks > MAX_TITLE_GAP || lines.length > 1) break;
      r--;
      continue;
    }
    blanks = 0;
    if (s.figureCols.length > 0 || s.header) break;
    const text = s.cells
      .map((c) => cellText(c.cell))
      .join(" ")
      .trim();
    if (text.length > MAX_LABEL_LENGTH) break;
    lines.unshift({ row: r, text });
    r--;
  }
  return lines;
}

/** Tables in rows [from, to) of a scan (a whole sheet, or one lane of side-by-side tables: see ./segment-sheet). */
export function findTableLayouts(scan: ScannedRow[], from = 0, to = scan.length, span: Span = { left: 0, right: Infinity }): TableLayout[] {
  const headerBlocks: [number, number][] = [];
  for (let r = from; r < to; r++) {
    const last = headerBlocks[headerBlocks.length - 1];
    const joins = last && last[1] === r - 1;
    if (!scan[r].header && !(joins && isSubHeader(scan[r], scan[r - 1]))) continue;
    if (joins) last[1] = r;
    else headerBlocks.push([r, r]);
  }
  const layouts: TableLayout[] = [];
  let floor = from;
  for (let i = 0; i < headerBlocks.length; i++) {
    const [h0, h1] = headerBlocks[i];
    const nextStart = i + 1 < headerBlocks.length ? headerBlocks[i + 1][0] : to;
    // Header-less figure rows before this header form their own tables.
    for (const l of headerless(scan, floor, h0, span)) layouts.push(l);
    const titleLines = titleAbove(scan, h0, floor);
    const nextTitle = i + 1 < headerBlocks.length ? titleAbove(scan, nextStart, h1 + 1) : [];
    const limit = nextTitle.length ? nextTitle[0].row : nextStart;
    const bodyEnd = blockEnd(scan, h1 + 1, limit);
    layouts.push({ span, titleLines, unitRow: null, headerRows: range(h0, h1), bodyStart: h1 + 1, bodyEnd });
    floor = Math.max(bodyEnd + 1, h1 + 1);
  }
  for (const l of headerless(scan, floor, to, span)) layouts.push(l);
  for (const l of layouts) {
    const unitLine = l.titleLines.find((t) => unitFromText(t.text) !== null);
    l.unitRow = unitLine ? unitLine.row : null;
  }
  return layouts.filter((l) => l.bodyEnd >= l.bodyStart);
}

/** Column of a body row's first text that is a label: the first text, unless it is a code with more text after it. */
function firstLabelCol(s: ScannedRow): number | undefined {
  const cols = s.textCols;
  if (cols.length < 2) return cols[0];
  for (const sc of s.cells) if (sc.kind === "text" && !isCodeText(cellText(sc.cell))) return sc.col;
  return cols[0];
}

/**
 * The lower row of a two-row header whose names are no header words ("Intäkt | Kostnad | Netto"
 * under "Utfall 2020"): short texts only, no figures, at least one under the blank right of a
 * column name of the header row above.
 */
function isSubHeader(s: ScannedRow, above: ScannedRow): boolean {
  if (s.cells.length < 2 || s.figureCols.length > 0 || s.textCols.length !== s.cells.length) return false;
  if (s.cells.some((sc) => cellText(sc.cell).length > 40)) return false;
  return s.cells.some((sc) => {
    let upper: ScannedCell | undefined;
    for (const u of above.cells) if (u.col <= sc.col) upper = u;
    return upper !== undefined && upper.col < sc.col && isHeaderText(headerCellText(upper));
  });
}

function headerless(scan: ScannedRow[], from: number, to: number, span: Span): TableLayout[] {
  const out: TableLayout[] = [];
  let r = from;
  while (r < to) {
    if (scan[r].figureCols.length === 0) {
      r++;
      continue;
    }
    const start = r;
    const end = blockEnd(scan, start, to);
    out.push({ span, titleLines: titleAbove(scan, start, from), unitRow: null, headerRows: [], bodyStart: start, bodyEnd: end });
    r = end + 1;
  }
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

export interface ReadTable {
  layout: TableLayout;
  labelCol: number;
  noteCol: number | null;
  columns: UnderstoodColumn[];
  rows: UnderstoodRow[];
  unit: Unit;
  unitSource: UnitSource;
  statedUnit?: Unit;
  textNumbers: TextNumberCell[];
  left: number;
  right: number;
}

/** Reads columns, unit and rows of a laid-out table. */
export function readTable(sheet: Sheet, scan: ScannedRow[], layout: TableLayout): ReadTable {
  const body = scan.slice(layout.bodyStart, layout.bodyEnd + 1).filter((s) => !s.blank);
  const labelCol = labelColumn(body);
  const { headerText, headerYear } = headerTexts(
    sheet,
    layout.headerRows.map((r) => scan[r]),
    labelCol,
  );
  const noteCol = noteColumn(headerText);
  const valueCols = valueColumns(headerText, body, labelCol, noteCol);
  const sortedCols = [...valueCols].sort((a, b) => a - b);
  const columns = sortedCols.map((col) => understoodColumn(col, headerText.get(col), headerYear.get(col)));
  const { rows, textNumbers, sizes, unjudgedCols } = readRows(sheet, body, columns, labelCol, noteCol, valueCols);

  const { unit, unitSource, statedUnit: stated } = tableUnit(scan, layout, rows, labelCol, sizes);
  for (const col of unjudgedCols) for (const row of rows) row.figures.delete(col);
  const edges = [labelCol, sortedCols[0] ?? labelCol, sortedCols[sortedCols.length - 1] ?? labelCol, noteCol ?? labelCol];
  return {
    layout,
    labelCol,
    noteCol,
    columns,
    rows,
    unit,
    unitSource,
    statedUnit: stated,
    textNumbers,
    left: Math.min(...edges),
    right: Math.max(...edges),
  };
}

/** The column where most body rows have text, leftmost on ties; account codes and row numbers before the labels are no labels. */
function labelColumn(body: ScannedRow[]): number {
  const textCount = new Map<number, number>();
  for (const s of body) {
    const firstText = firstLabelCol(s);
    if (firstText !== undefined) textCount.set(firstText, (textCount.get(firstText) ?? 0) + 1);
  }
  let labelCol = -1;
  for (const [col, n] of textCount) {
    if (labelCol < 0 || n > (textCount.get(labelCol) ?? 0) || (n === textCount.get(labelCol) && col < labelCol)) labelCol = col;
  }
  if (labelCol >= 0) return labelCol;
  // No text at all: the column left of the first figures (a loop, not a spread: bodies can be huge).
  let first = Infinity;
  for (const s of body) if (s.first >= 0 && s.first < first) first = s.first;
  return Number.isFinite(first) ? Math.max(0, first - 1) : 0;
}

/** Header text and year per column right of the labels; an upper header cell qualifies every column under it. */
function headerTexts(sheet: Sheet, headers: ScannedRow[], labelCol: number): { headerText: Map<number, string[]>; headerYear: Map<number, number> } {
  const headerText = new Map<number, string[]>();
  const headerYear = new Map<number, number>();
  const spans = headerSpans(sheet, headers, labelCol);
  for (const h of headers) {
    for (const sc of h.cells) {
      if (sc.col <= labelCol) continue;
      const text = headerCellText(sc);
      const y = headerCellYear(sc);
      for (const col of spans.get(sc) ?? [sc.col]) {
        const list = headerText.get(col) ?? [];
        list.push(text);
        headerText.set(col, list);
        if (y !== null) headerYear.set(col, y);
      }
    }
  }
  return { headerText, headerYear };
}

/** The last column headed "Not". */
function noteColumn(headerText: Map<number, string[]>): number | null {
  let noteCol: number | null = null;
  for (const [col, texts] of headerText) if (texts.some(isNoteHeader)) noteCol = col;
  return noteCol;
}

/** Headed columns and columns with figures right of the labels, but for the note column and identifier columns (account, project, code numbers: numbers that are no amounts). */
function valueColumns(headerText: Map<number, string[]>, body: ScannedRow[], labelCol: number, noteCol: number | null): Set<number> {
  const idCols = new Set<number>();
  for (const [col, texts] of headerText)
    if (texts.some((t) => /^(konto|kontonr|ansvar|projekt(nr|nummer)?|nr|id|kod|objekt|verifikation)\b/i.test(t))) idCols.add(col);
  const valueCols = new Set<number>();
  for (const [col] of headerText) if (col !== noteCol && !idCols.has(col)) valueCols.add(col);
  for (const s of body) for (const c of s.figureCols) if (c > labelCol && c !== noteCol && !idCols.has(c)) valueCols.add(c);
  return valueCols;
}

/** A value column as its header describes it: basis, year (or the two years of a difference), measure. */
function understoodColumn(col: number, texts: string[] | undefined, headerYear: number | undefined): UnderstoodColumn {
  const header = (texts ?? []).join(" ").trim();
  const basis = basisFromHeader(header) ?? "amount";
  const years = yearsIn(header);
  const year = headerYear ?? (years.length ? years[years.length - 1] : null);
  const column: UnderstoodColumn = { col, header, basis, year: basis === "difference" && years.length >= 2 ? null : year };
  if (basis === "difference" && years.length >= 2) column.differenceYears = [years[0], years[1]];
  const measure = measureOf(texts);
  if (measure) column.measure = measure;
  return column;
}

/** What reading a body's figures needs from row to row. */
interface FigureReading {
  /** Column membership by array index. */
  isValueCol: boolean[];
  /** Columns headed "%", "Andel" or "Procent": shares, whatever their number format says. */
  percentCols: Set<number>;
  sizes: FigureSizes;
  textNumbers: TextNumberCell[];
  /** Value columns holding a figure too large to judge (too-large-figure): no total or ratio of theirs is judged. */
  unjudgedCols: Set<number>;
  /** The percent format test once per run of equal formats. */
  lastFormat: string | undefined;
  lastFormatPercent: boolean;
}

/** The body rows with their labels, note references and figures, the amounts stored as text, and the figure sizes the unit is judged by. */
function readRows(
  sheet: Sheet,
  body: ScannedRow[],
  columns: UnderstoodColumn[],
  labelCol: number,
  noteCol: number | null,
  valueCols: Set<number>,
): { rows: UnderstoodRow[]; textNumbers: TextNumberCell[]; sizes: FigureSizes; unjudgedCols: Set<number> } {
  const reading: FigureReading = {
    isValueCol: [],
    percentCols: new Set(columns.filter((c) => /%|\bandel\b|procent/i.test(c.header)).map((c) => c.col)),
    sizes: { figures: 0, scaled: 0, amounts: [] },
    textNumbers: [],
    unjudgedCols: new Set(),
    lastFormat: undefined,
    lastFormatPercent: isPercentFormat(undefined),
  };
  for (const col of valueCols) reading.isValueCol[col] = true;
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rows: UnderstoodRow[] = [];
  for (const s of body) {
    const { label, notes } = rowLabel(s, labelCol, noteCol, valueCols);
    const key = labelKey(label);
    rows.push({
      row: s.row,
      label,
      key,
      role: "item",
      notes,
      figures: rowFigures(s, !isRatioKey(key) && !isCountKey(key), reading),
      bold: s.cells.some((sc) => sc.cell.bold === true && (sc.col === labelCol || valueCols.has(sc.col))),
      hidden: hidden.has(s.row),
    });
  }
  return { rows, textNumbers: reading.textNumbers, sizes: reading.sizes, unjudgedCols: reading.unjudgedCols };
}

/** The label: the text in the label column, else the first text left of it that is no code, else a code; and the row's note references. */
function rowLabel(s: ScannedRow, labelCol: number, noteCol: number | null, valueCols: Set<number>): { label: string; notes: number[] } {
  let label = "";
  let code = "";
  let notes: number[] = [];
  for (const sc of s.cells) {
    if (sc.col === noteCol) notes = noteRefs(cellText(sc.cell));
    else if (sc.kind !== "text" || sc.col > labelCol) continue;
    else if (sc.col === labelCol) label = cellText(sc.cell);
    else if (!label) {
      const text = cellText(sc.cell);
      if (!isCodeText(text)) label = text;
      else code ||= text;
    }
  }
  label ||= code;
  if (!label) {
    // Label written left of the label column, or a text in a row without a label column cell.
    const t = s.cells.find((sc) => sc.kind === "text" && !valueCols.has(sc.col) && sc.col !== noteCol);
    if (t) label = cellText(t.cell);
  }
  if (notes.length === 0) notes = noteRefsInLabel(label);
  return { label, notes };
}

/** The row's figures in the value columns: numbers, and amounts stored as text (also listed, as they drop out of sums). */
function rowFigures(s: ScannedRow, amountRow: boolean, reading: FigureReading): Map<number, Figure> {
  const figures = new Map<number, Figure>();
  for (const sc of s.cells) {
    if (reading.isValueCol[sc.col] !== true) continue;
    const cell = sc.cell;
    if (sc.kind === "error" && isTooLargeFigure(cell)) reading.unjudgedCols.add(sc.col);
    const percentColumn = reading.percentCols.has(sc.col);
    if (sc.kind === "number") {
      const value = cell.value as number;
      const step = displayStep(value, cell.numberFormat);
      if (cell.numberFormat !== reading.lastFormat) {
        reading.lastFormat = cell.numberFormat;
        reading.lastFormatPercent = isPercentFormat(reading.lastFormat);
      }
      keep(
        reading.sizes,
        figures,
        {
          row: s.row,
          col: sc.col,
          value,
          shown: roundToStep(value, step),
          step,
          source: cell.formula ? "formula" : "constant",
          formula: cell.formula,
          numberFormat: cell.numberFormat,
          percent: percentColumn || reading.lastFormatPercent,
        },
        amountRow,
      );
    } else if (sc.kind === "text-number") {
      const text = String(cell.value);
      const parsed = readTextNumber(text);
      if (!parsed) continue;
      keep(
        reading.sizes,
        figures,
        {
          row: s.row,
          col: sc.col,
          value: parsed.value,
          shown: parsed.value,
          step: parsed.step,
          source: "text",
          formula: cell.formula,
          percent: percentColumn || parsed.percent,
        },
        amountRow,
      );
      // Amounts stored as text drop out of sums; a percentage written as text ("100 %") is left be.
      if (!parsed.percent) reading.textNumbers.push({ row: s.row, col: sc.col, text, value: parsed.value });
    }
  }
  return figures;
}

/**
 * Columns each header cell stands over: its own, and in a header of several rows, for a cell
 * of an upper row, the columns to its right up to the next cell of its row (or to the end of
 * its merged range) that have a cell in a lower header row ("Utfall 2020" over "Intäkt |
 * Kostnad | Netto"). Only cells that span more than their own column are listed.
 */
function headerSpans(sheet: Sheet, headers: ScannedRow[], labelCol: number): Map<ScannedCell, number[]> {
  const out = new Map<ScannedCell, number[]>();
  if (headers.length < 2) return out;
  const mergedRight = new Map<string, number>();
  const headerRows = new Set(headers.map((h) => h.row));
  for (const m of sheet.merged ?? []) if (headerRows.has(m.top) && m.right > m.left) mergedRight.set(`${m.top}:${m.left}`, m.right);
  for (let i = 0; i < headers.length - 1; i++) {
    const lowerCols = new Set<number>();
    let lastLower = -1;
    for (let j = i + 1; j < headers.length; j++) {
      for (const sc of headers[j].cells) {
        lowerCols.add(sc.col);
        if (sc.col > lastLower) lastLower = sc.col;
      }
    }
    const cells = headers[i].cells;
    for (let k = 0; k < cells.length; k++) {
      const sc = cells[k];
      if (sc.col <= labelCol) continue;
      const end = mergedRight.get(`${headers[i].row}:${sc.col}`) ?? (k + 1 < cells.length ? cells[k + 1].col - 1 : lastLower);
      const cols = [sc.col];
      for (let c = sc.col + 1; c <= end; c++) if (lowerCols.has(c)) cols.push(c);
      if (cols.length > 1) out.set(sc, cols);
    }
  }
  return out;
}

/** What a column under a spanning header measures: its lowest header text when that names no year and no column kind ("Netto" under "Utfall 2020"). */
function measureOf(texts: string[] | undefined): string | undefined {
  if (!texts || texts.length < 2) return undefined;
  const lowest = texts[texts.length - 1].trim();
  if (lowest === "" || yearsIn(lowest).length > 0 || basisFromHeader(lowest) !== null) return undefined;
  return lowest.toLowerCase();
}
