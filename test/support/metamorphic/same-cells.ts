/**
 * What a meaning-preserving re-layout must do to the cells, checked cell by cell: every
 * non-empty cell of the original is at its mapped address with the same number (or the same
 * text, up to letter case), boldness and shown precision; no two cells share an address; the
 * only new cells are title lines naming a former sheet; every formula that sums cells still
 * gives its printed figure. Returns the problems found, empty when there are none.
 */
import type { Cell, Workbook } from "../../../src/model/grid";
import { a1 } from "../../../src/model/grid";
import type { AddressMap } from "./address-map";
import { isEmptyCell } from "./sheet-shape";
import { sumFormulaValue } from "./sum-formula-value";

export function cellProblems(original: Workbook, transformed: Workbook, map: AddressMap): string[] {
  const problems: string[] = [];
  const images = new Set<string>();
  const sheetNames = new Set(original.sheets.map((s) => s.name));
  for (const sheet of original.sheets) {
    sheet.rows.forEach((cells, r) =>
      (cells ?? []).forEach((cell, c) => {
        if (isEmptyCell(cell)) return;
        const to = map(sheet.name, r, c);
        const where = `${sheet.name}!${a1(r, c)} → ${to.sheet}!${a1(to.row, to.col)}`;
        const key = `${to.sheet}\n${to.row}\n${to.col}`;
        if (images.has(key)) problems.push(`${where}: two cells land here`);
        images.add(key);
        const moved = transformed.sheets.find((s) => s.name === to.sheet)?.rows[to.row]?.[to.col];
        const problem = moved ? cellDifference(cell!, moved) : "missing";
        if (problem) problems.push(`${where}: ${problem}`);
        if (moved?.formula !== undefined && cell!.formula !== undefined && sumFormulaValue(original, sheet.name, cell!.formula) === cell!.value) {
          const value = sumFormulaValue(transformed, to.sheet, moved.formula);
          if (value !== moved.value) problems.push(`${where}: =${moved.formula} gives ${value}, printed ${String(moved.value)}`);
        }
      }),
    );
  }
  for (const sheet of transformed.sheets) {
    sheet.rows.forEach((cells, r) =>
      (cells ?? []).forEach((cell, c) => {
        if (isEmptyCell(cell) || images.has(`${sheet.name}\n${r}\n${c}`)) return;
        const titleLine = cell!.bold === true && typeof cell!.value === "string" && sheetNames.has(cell!.value);
        if (!titleLine) problems.push(`${sheet.name}!${a1(r, c)}: a cell that is not in the original`);
      }),
    );
  }
  return problems;
}

function cellDifference(a: Cell, b: Cell): string | null {
  const sameValue =
    typeof a.value === "string" && typeof b.value === "string"
      ? a.value.toLocaleUpperCase("sv-SE") === b.value.toLocaleUpperCase("sv-SE")
      : a.value === b.value;
  if (!sameValue) return `value ${String(a.value)} became ${String(b.value)}`;
  if ((a.bold ?? false) !== (b.bold ?? false)) return "boldness changed";
  if (a.error !== b.error) return "error value changed";
  if (shownPrecision(a.numberFormat) !== shownPrecision(b.numberFormat)) return `format ${a.numberFormat} became ${b.numberFormat}`;
  return null;
}

/** Decimals and percent of a format's first section: "#,##0.0" → "1", "0%" → "0%", a date format → itself. */
function shownPrecision(format: string | undefined): string {
  const first = (format ?? "General").split(";")[0];
  if (/[ymd]/i.test(first.replace(/"[^"]*"/g, ""))) return first;
  const decimals = /\.(0+)/.exec(first)?.[1].length ?? 0;
  return `${first === "General" ? "General" : decimals}${first.includes("%") ? "%" : ""}`;
}
