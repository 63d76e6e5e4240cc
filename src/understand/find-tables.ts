/**
 * Finds the tables on a sheet: each header block (one or more header rows) opens a
 * table, with the text rows just above it as title and unit line; the body runs until
 * the next table's title, two blank rows, or the end. Figure rows no header claims form
 * header-less tables. Then reads columns, unit and rows (labels, note references, figures).
 */
import type { Sheet } from "../model/grid";
import { cellText, displayStep, isPercentFormat, readTextNumber, roundToStep } from "./cell-reading";
import { basisFromHeader, isCountKey, isNoteHeader, isRatioKey, labelKey, MAX_LABEL_LENGTH, noteRefs, noteRefsInLabel, unitFromFormat, unitFromText, yearsIn } from "./labels";
import { headerCellText, headerCellYear, scannedRow, scannedRowsIn, type SheetScan } from "./sheet-scan";
import { contradictedUnit } from "./unit-evidence";
import type { Figure, TextNumberCell, UnderstoodColumn, UnderstoodRow, Unit, UnitSource } from "./types";

/** A table as laid out, before kinds, roles and coverage are worked out. */
export interface TableLayout {
  titleLines: { row: number; text: string }[];
  unitRow: number | null;
  headerRows: number[];
  bodyStart: number;
  bodyEnd: number;
}

const MAX_TITLE_LINES = 4;

function blockEnd(scan: SheetScan, from: number, limit: number): number {
  // Body ends before two blank rows in a row, or at limit; trailing figure-less rows are dropped.
  let end = from - 1;
  let blanks = 0;
  for (let r = from; r < limit; r++) {
    const s = scannedRow(scan, r);
    if (s.blank) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (s.figureCols.length > 0) end = r;
  }
  return end;
}

function titleAbove(scan: SheetScan, start: number, floor: number): { row: number; text: string }[] {
  const lines: { row: number; text: string }[] = [];
  let r = start - 1;
  let skippedBlank = false;
  while (r >= floor && lines.length < MAX_TITLE_LINES) {
    const s = scannedRow(scan, r);
    if (s.blank) {
      if (skippedBlank || lines.length > 1) break;
      skippedBlank = true;
      r--;
      continue;
    }
    if (s.figureCols.length > 0 || s.header) break;
    const text = s.cells.map((c) => cellText(c.cell)).join(" ").trim();
    if (text.length > MAX_LABEL_LENGTH) break;
    lines.unshift({ row: r, text });
    r--;
  }
  return lines;
}

export function findTableLayouts(scan: SheetScan): TableLayout[] {
  const headerBlocks: [number, number][] = [];
  for (const { row: r, header } of scan.rows) {
    if (!header) continue;
    const last = headerBlocks[headerBlocks.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else headerBlocks.push([r, r]);
  }
  const layouts: TableLayout[] = [];
  let floor = 0;
  for (let i = 0; i < headerBlocks.length; i++) {
    const [h0, h1] = headerBlocks[i];
    const nextStart = i + 1 < headerBlocks.length ? headerBlocks[i + 1][0] : scan.length;
    // Header-less figure rows before this header form their own tables.
    for (const l of headerless(scan, floor, h0)) layouts.push(l);
    const titleLines = titleAbove(scan, h0, floor);
    const nextTitle = i + 1 < headerBlocks.length ? titleAbove(scan, nextStart, h1 + 1) : [];
    const limit = nextTitle.length ? nextTitle[0].row : nextStart;
    const bodyEnd = blockEnd(scan, h1 + 1, limit);
    layouts.push({ titleLines, unitRow: null, headerRows: range(h0, h1), bodyStart: h1 + 1, bodyEnd });
    floor = Math.max(bodyEnd + 1, h1 + 1);
  }
  for (const l of headerless(scan, floor, scan.length)) layouts.push(l);
  for (const l of layouts) {
    const unitLine = l.titleLines.find((t) => unitFromText(t.text) !== null);
    l.unitRow = unitLine ? unitLine.row : null;
  }
  return layouts.filter((l) => l.bodyEnd >= l.bodyStart);
}

function headerless(scan: SheetScan, from: number, to: number): TableLayout[] {
  const out: TableLayout[] = [];
  let r = from;
  for (const s of scannedRowsIn(scan, from, to)) {
    if (s.row < r || s.figureCols.length === 0) continue;
    const start = s.row;
    const end = blockEnd(scan, start, to);
    out.push({ titleLines: titleAbove(scan, start, from), unitRow: null, headerRows: [], bodyStart: start, bodyEnd: end });
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
export function readTable(sheet: Sheet, scan: SheetScan, layout: TableLayout): ReadTable {
  const body = scannedRowsIn(scan, layout.bodyStart, layout.bodyEnd + 1);
  const headers = layout.headerRows.map((r) => scannedRow(scan, r));

  // Label column: the column where most body rows have text, leftmost on ties.
  const textCount = new Map<number, number>();
  for (const s of body) {
    const firstText = s.textCols[0];
    if (firstText !== undefined) textCount.set(firstText, (textCount.get(firstText) ?? 0) + 1);
  }
  let labelCol = -1;
  for (const [col, n] of textCount) {
    if (labelCol < 0 || n > (textCount.get(labelCol) ?? 0) || (n === textCount.get(labelCol) && col < labelCol)) labelCol = col;
  }
  if (labelCol < 0) {
    // No text at all: the column left of the first figures (a loop, not a spread: bodies can be huge).
    let first = Infinity;
    for (const s of body) if (s.first >= 0 && s.first < first) first = s.first;
    labelCol = Number.isFinite(first) ? Math.max(0, first - 1) : 0;
  }

  // Header text and year per column.
  const headerText = new Map<number, string[]>();
  const headerYear = new Map<number, number>();
  for (const h of headers) {
    for (const sc of h.cells) {
      if (sc.col <= labelCol) continue;
      const list = headerText.get(sc.col) ?? [];
      list.push(headerCellText(sc));
      headerText.set(sc.col, list);
      const y = headerCellYear(sc);
      if (y !== null) headerYear.set(sc.col, y);
    }
  }
  let noteCol: number | null = null;
  for (const [col, texts] of headerText) if (texts.some(isNoteHeader)) noteCol = col;

  // Identifier columns (account, project, code numbers) hold numbers that are no amounts.
  const idCols = new Set<number>();
  for (const [col, texts] of headerText) if (texts.some((t) => /^(konto|kontonr|ansvar|projekt(nr|nummer)?|nr|id|kod|objekt|verifikation)\b/i.test(t))) idCols.add(col);
  const valueCols = new Set<number>();
  for (const [col] of headerText) if (col !== noteCol && !idCols.has(col)) valueCols.add(col);
  for (const s of body) for (const c of s.figureCols) if (c > labelCol && c !== noteCol && !idCols.has(c)) valueCols.add(c);
  const sortedCols = [...valueCols].sort((a, b) => a - b);

  const columns: UnderstoodColumn[] = sortedCols.map((col) => {
    const header = (headerText.get(col) ?? []).join(" ").trim();
    const basis = basisFromHeader(header) ?? "amount";
    const years = yearsIn(header);
    const year = headerYear.get(col) ?? (years.length ? years[years.length - 1] : null);
    const column: UnderstoodColumn = { col, header, basis, year: basis === "difference" && years.length >= 2 ? null : year };
    if (basis === "difference" && years.length >= 2) column.differenceYears = [years[0], years[1]];
    return column;
  });

  // A column headed "%", "Andel" or "Procent" holds shares, whatever its number format says.
  const percentCols = new Set(columns.filter((c) => /%|\bandel\b|procent/i.test(c.header)).map((c) => c.col));
  // Per cell below: column membership by array index, the percent format test once per run of equal formats.
  const isValueCol: boolean[] = [];
  for (const col of valueCols) isValueCol[col] = true;
  let lastFormat: string | undefined;
  let lastFormatPercent = isPercentFormat(undefined);
  const hidden = new Set(sheet.hiddenRows ?? []);
  const rows: UnderstoodRow[] = [];
  const textNumbers: TextNumberCell[] = [];
  const sizes: FigureSizes = { figures: 0, scaled: 0, amounts: [] };
  for (const s of body) {
    let label = "";
    let notes: number[] = [];
    for (const sc of s.cells) {
      if (sc.col === noteCol) notes = noteRefs(cellText(sc.cell));
      else if (!label && sc.col <= labelCol && sc.kind === "text") label = cellText(sc.cell);
    }
    if (!label) {
      // Label written left of the label column, or a text in a row without a label column cell.
      const t = s.cells.find((sc) => sc.kind === "text" && !valueCols.has(sc.col) && sc.col !== noteCol);
      if (t) label = cellText(t.cell);
    }
    if (notes.length === 0) notes = noteRefsInLabel(label);
    const key = labelKey(label);
    const amountRow = !isRatioKey(key) && !isCountKey(key);
    const figures = new Map<number, Figure>();
    for (const sc of s.cells) {
      if (isValueCol[sc.col] !== true) continue;
      const cell = sc.cell;
      const percentColumn = percentCols.has(sc.col);
      if (sc.kind === "number") {
        const value = cell.value as number;
        const step = displayStep(value, cell.numberFormat);
        if (cell.numberFormat !== lastFormat) {
          lastFormat = cell.numberFormat;
          lastFormatPercent = isPercentFormat(lastFormat);
        }
        keep(
          sizes,
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
            percent: percentColumn || lastFormatPercent,
          },
          amountRow,
        );
      } else if (sc.kind === "text-number") {
        const text = String(cell.value);
        const parsed = readTextNumber(text);
        if (!parsed) continue;
        keep(
          sizes,
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
        if (!parsed.percent) textNumbers.push({ row: s.row, col: sc.col, text, value: parsed.value });
      }
    }
    rows.push({
      row: s.row,
      label,
      key,
      role: "item",
      notes,
      figures,
      bold: s.cells.some((sc) => sc.cell.bold === true && (sc.col === labelCol || valueCols.has(sc.col))),
      hidden: hidden.has(s.row),
    });
  }

  const { unit, unitSource, statedUnit: stated } = tableUnit(scan, layout, rows, labelCol, sizes);
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

/** Non-percent figures of a table: how many, how many stored in kronor but shown in tkr or more, and the amounts (non-zero, outside ratio and count lines). */
interface FigureSizes {
  figures: number;
  scaled: number;
  amounts: Figure[];
}

/** Adds a figure to its row, and to the evidence for the unit (gathered as figures are made, not in more passes over them). */
function keep(sizes: FigureSizes, figures: Map<number, Figure>, f: Figure, amountRow: boolean): void {
  figures.set(f.col, f);
  if (f.percent) return;
  sizes.figures++;
  if (f.step >= 1000) sizes.scaled++;
  if (amountRow && f.shown !== 0) sizes.amounts.push(f);
}

/**
 * The unit the stored figures are in. A stated unit (unit line, header) is taken at its
 * word, except that figures whose number format divides by 1 000 ("#,##0,") are stored
 * in kronor and only shown in tkr.
 */
function tableUnit(scan: SheetScan, layout: TableLayout, rows: UnderstoodRow[], labelCol: number, sizes: FigureSizes): { unit: Unit; unitSource: UnitSource; statedUnit?: Unit } {
  const stated = statedUnit(scan, layout, labelCol);
  if (!stated) return unitFromFigures(rows);
  if (sizes.figures > 0 && sizes.scaled * 2 > sizes.figures) return { unit: "kr", unitSource: "number-format" };
  // A header that contradicts the magnitudes is reported (check "unit"), not trusted.
  const shown = contradictedUnit(stated.unit, sizes.amounts);
  return shown ? { unit: shown, unitSource: "magnitude", statedUnit: stated.unit } : stated;
}

function statedUnit(scan: SheetScan, layout: TableLayout, labelCol: number): { unit: Unit; unitSource: UnitSource } | null {
  for (const t of layout.titleLines) {
    const u = unitFromText(t.text);
    if (u) return { unit: u, unitSource: "unit-line" };
  }
  for (const r of layout.headerRows) {
    for (const sc of scannedRow(scan, r).cells) {
      if (sc.col > labelCol + 1 && sc.kind !== "text") continue;
      const u = unitFromText(cellText(sc.cell));
      if (u) return { unit: u, unitSource: "header" };
    }
  }
  return null;
}

function unitFromFigures(rows: UnderstoodRow[]): { unit: Unit; unitSource: UnitSource } {
  let figures = 0;
  let percents = 0;
  const fromFormat = new Map<Unit, number>();
  for (const row of rows) {
    for (const f of row.figures.values()) {
      figures++;
      if (f.percent) percents++;
      const u = unitFromFormat(f.numberFormat);
      if (u) fromFormat.set(u, (fromFormat.get(u) ?? 0) + 1);
    }
  }
  if (figures > 0 && percents / figures >= 0.8) return { unit: "percent", unitSource: "number-format" };
  let best: Unit | null = null;
  for (const [u, n] of fromFormat) if (!best || n > (fromFormat.get(best) ?? 0)) best = u;
  if (best) return { unit: best, unitSource: "number-format" };
  return { unit: "kr", unitSource: "default" };
}
