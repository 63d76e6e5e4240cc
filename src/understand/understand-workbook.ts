/**
 * Entry point of understanding: grid → tables with kinds, units, columns, row roles,
 * coverage and concepts. Linear in the number of cells; never throws on odd cells.
 */
import { ownValue } from "../core/own-value";
import type { ValidationConfig } from "../model/validation-config";
import { forEachRow, type Sheet, type Workbook } from "../model/grid";
import { cellText } from "./cell-reading";
import { assignConcepts } from "./concepts";
import { findTableLayouts, readTable, type TableLayout } from "./find-tables";
import { noteNumberFromTitle } from "./labels";
import { tableAreas } from "./segment-sheet";
import { scanSheet } from "./sheet-scan";
import { assignCoverage, assignRoles } from "./structure";
import { tableKind } from "./table-kind";
import { rowsInTableUnit } from "./table-unit";
import { unitsFromWorkbook } from "./unit-from-workbook";
import { deriveTotalEquity } from "./total-equity";
import type { ErrorCell, TextNumberCell, UnderstoodSheet, UnderstoodTable, UnderstoodWorkbook } from "./types";

export function understandWorkbook(wb: Workbook, config: ValidationConfig = {}): UnderstoodWorkbook {
  const sheets = wb.sheets.map((sheet, index) => understandSheet(sheet, index, config));
  const tables = sheets.flatMap((s) => s.tables);
  unitsFromWorkbook(tables);
  return { sheets, tables, source: wb };
}

export function understandSheet(sheet: Sheet, index: number, config: ValidationConfig = {}): UnderstoodSheet {
  const scan = scanSheet(sheet);
  const override = config.sheetRoles ? ownValue(config.sheetRoles, sheet.name) : undefined;
  const tables: UnderstoodTable[] = [];
  const textNumbers: TextNumberCell[] = [];
  const layouts = tableAreas(scan).flatMap((area) => findTableLayouts(area.scan, area.from, area.to, area.span).map((layout) => ({ layout, scan: area.scan })));
  // Row order, then left to right: side-by-side tables come from separate lanes.
  layouts.sort((a, b) => tableTop(a.layout) - tableTop(b.layout) || a.layout.span.left - b.layout.span.left);
  for (const { layout, scan } of layouts) {
    const read = readTable(sheet, scan, layout);
    rowsInTableUnit(read.rows, read.unit);
    assignRoles(read.rows);
    const titles = layout.titleLines.map((t) => t.text);
    const kind = tableKind(titles, sheet.name, read.rows, read.columns, override);
    assignCoverage(read.rows, kind);
    assignConcepts(read.rows, kind);
    const totalEquity = deriveTotalEquity(read.rows, kind);
    for (const t of read.textNumbers) textNumbers.push(t);
    const top = tableTop(layout);
    const titleLine = [...layout.titleLines].reverse().find((t) => t.row !== layout.unitRow);
    tables.push({
      sheet: sheet.name,
      sheetIndex: index,
      id: layout.span.left > 0 ? `${index}:${top}:${layout.span.left}` : `${index}:${top}`,
      kind,
      noteNumber: kind === "note" ? (firstNoteNumber(titles) ?? noteNumberFromTitle(sheet.name)) : null,
      title: titleLine ? titleLine.text : null,
      titleRow: titleLine ? titleLine.row : null,
      unit: read.unit,
      unitSource: read.unitSource,
      ...(read.statedUnit ? { statedUnit: read.statedUnit } : {}),
      unitRow: layout.unitRow,
      headerRows: layout.headerRows,
      labelCol: read.labelCol,
      noteCol: read.noteCol,
      columns: read.columns,
      rows: read.rows,
      ...(totalEquity ? { derived: [totalEquity] } : {}),
      top,
      bottom: layout.bodyEnd,
      left: read.left,
      right: read.right,
    });
  }
  const kinds = tables.map((t) => t.kind).filter((k) => k !== "other");
  return {
    name: sheet.name,
    index,
    kind: override ?? largestKind(tables) ?? kinds[0] ?? "other",
    tables,
    textNumbers,
    errors: errorCells(sheet),
    grid: sheet,
  };
}

function tableTop(layout: TableLayout): number {
  return Math.min(layout.titleLines[0]?.row ?? Infinity, layout.headerRows[0] ?? Infinity, layout.bodyStart);
}

function firstNoteNumber(titles: string[]): number | null {
  for (let i = titles.length - 1; i >= 0; i--) {
    const n = noteNumberFromTitle(titles[i]);
    if (n !== null) return n;
  }
  return null;
}

function largestKind(tables: UnderstoodTable[]): UnderstoodTable["kind"] | null {
  let best: UnderstoodTable | null = null;
  for (const t of tables) if (t.kind !== "other" && (!best || t.rows.length > best.rows.length)) best = t;
  return best ? best.kind : null;
}

function errorCells(sheet: Sheet): ErrorCell[] {
  const out: ErrorCell[] = [];
  forEachRow(sheet, (row, r) => {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      // Only a text holding "#" can read as an error value; the pattern runs on those alone.
      const text = typeof cell.value === "string" && cell.value.includes("#") ? cellText(cell) : "";
      const error = cell.error ?? (text !== "" && /^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/.test(text) ? text : undefined);
      if (error) out.push({ row: r, col: c, error, formula: cell.formula });
    }
  });
  return out;
}
