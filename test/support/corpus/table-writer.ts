/**
 * Writes a table (TableSpec) onto a sheet in the house style: title, unit, header row(s),
 * code/label/note columns, figures rounded per figure from the kr truth (or, when the figure
 * was already printed at this precision, the printed figure, as one copies it), totals as
 * formulas or typed constants. Records what it establishes: each total = Σ its terms, each
 * derived column = its combination, each figure shown again = its first showing.
 */
import { Cell, Sheet, a1 } from "../../../src/model/grid";
import { dateSerial } from "../../../examples/src/sheet-builder";
import { Canvas, TableRecord } from "./canvas";
import { ReportContent, figureValue, measureYear, shiftMeasure } from "./content";
import { clean, sumFormula, termsFormula } from "./formula";
import { CellKey, Term, cellKey } from "./ground-truth";
import { HouseStyle, unitScale } from "./house-style";
import { Random } from "./random";
import { ColumnSpec, RowSpec, TableSpec } from "./table-spec";

export interface WriteContext {
  canvas: Canvas;
  content: ReportContent;
  style: HouseStyle;
  rng: Random;
  /** The first cell showing each figure@measure, with the sign it is shown with (shown = sign × natural). */
  locations: Map<string, { cell: CellKey; sign: number }>;
  /** The figure printed for figure@measure at a precision (natural sign), and its uncertainty in kronor. */
  shown: Map<string, { natural: number; half: number }>;
}

export interface TablePlan {
  spec: TableSpec;
  height: number;
  width: number;
  codes: boolean;
  noteColumn: boolean;
  placement: "unit-line" | "header" | "title" | "labels";
  unit: { scale: number; step: number; decimals: number; name: "kr" | "tkr" };
  mergeTitle: boolean;
  blankAfterTitle: boolean;
  upperHeader: boolean;
}

export function planTable(spec: TableSpec, ctx: WriteContext): TablePlan {
  const { style, rng } = ctx;
  const unitStyle = spec.unit ?? style.unit;
  const codes = style.labelColumn !== "A";
  const noteColumn = style.noteRefs === "column" && spec.rows.some((r) => r.note !== undefined);
  const placement = style.unitPlacement === "labels" && !spec.unitInLabels ? "header" : style.unitPlacement;
  const upperHeader = spec.columns.some((c) => c.top !== undefined);
  const mergeTitle = rng.chance(0.4);
  const blankAfterTitle = rng.chance(0.5);
  const width = (codes ? 1 : 0) + 1 + (noteColumn ? 1 : 0) + spec.columns.length;
  const height = 1 + (placement === "unit-line" ? 1 : 0) + (blankAfterTitle ? 1 : 0) + (upperHeader ? 1 : 0) + 1 + spec.rows.length;
  return {
    spec,
    height,
    width,
    codes,
    noteColumn,
    placement,
    unit: { ...unitScale(unitStyle), name: unitStyle === "kr" ? "kr" : "tkr" },
    mergeTitle,
    blankAfterTitle,
    upperHeader,
  };
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return clean((Math.sign(x) * Math.round(Math.abs(x) * f)) / f);
}

export function writeTable(plan: TablePlan, ctx: WriteContext, sheet: Sheet, r0: number, c0: number): void {
  const { canvas, style, content } = ctx;
  const { spec, unit } = plan;
  const labelCol = c0 + (plan.codes ? 1 : 0);
  const noteCol = labelCol + 1;
  const firstValue = labelCol + 1 + (plan.noteColumn ? 1 : 0);
  const range = { top: r0, left: c0, bottom: r0 + plan.height - 1, right: c0 + plan.width - 1 };
  const record: TableRecord = { id: spec.id, sheet: sheet.name, range, scale: unit.scale, valueCells: [] };
  const percentStep = style.percentFormat === "0%" ? 0.01 : 0.001;
  const moneyFormat = unit.decimals === 1 ? "#,##0.0" : "#,##0";
  let r = r0;

  const titleText = plan.placement === "title" ? `${spec.title} (${unit.name})` : spec.title;
  const titleKey = canvas.set(sheet, r, c0, { value: titleText, bold: true });
  if (plan.placement === "title") record.unitCell = titleKey;
  if (plan.mergeTitle) canvas.merge(sheet, { top: r, left: c0, bottom: r, right: c0 + plan.width - 1 });
  r++;
  if (plan.placement === "unit-line") record.unitCell = canvas.set(sheet, r++, c0, { value: `Belopp i ${unit.name}` });
  if (plan.blankAfterTitle) r++;
  if (plan.upperHeader) {
    spec.columns.forEach((col, j) => {
      if (col.top === undefined || (j > 0 && spec.columns[j - 1].top === col.top)) return;
      let end = j;
      while (end + 1 < spec.columns.length && spec.columns[end + 1].top === col.top) end++;
      canvas.set(sheet, r, firstValue + j, { value: col.top, bold: true });
      if (end > j) canvas.merge(sheet, { top: r, left: firstValue + j, bottom: r, right: firstValue + end });
    });
    r++;
  }
  if (plan.placement === "header") record.unitCell = canvas.set(sheet, r, labelCol, { value: `Belopp i ${unit.name}`, bold: true });
  if (plan.noteColumn) canvas.set(sheet, r, noteCol, { value: "Not", bold: true });
  spec.columns.forEach((col, j) => canvas.set(sheet, r, firstValue + j, headerCell(col, style)));
  r++;

  const rowAt = new Map<string, number>();
  const signOf = new Map<string, number>();
  const truth = new Map<string, number[]>();
  let code = 0;
  for (const row of spec.rows) {
    const R = r++;
    rowAt.set(row.id, R);
    if (row.kind === "blank") continue;
    const bold = row.kind !== "item";
    const label = labelOf(row, plan, style);
    if (label) canvas.set(sheet, R, labelCol, bold ? { value: label, bold: true } : { value: label });
    if (row.kind === "heading") continue;
    code++;
    if (plan.codes && (style.labelColumn === "B-rownumbers" || row.kind === "item")) {
      canvas.set(sheet, R, c0, { value: style.labelColumn === "B-rownumbers" ? code : spec.codeBase + 10 * code, numberFormat: "0" });
    }
    if (plan.noteColumn && row.note !== undefined) canvas.set(sheet, R, noteCol, { value: row.note, numberFormat: "0" });
    const sign = row.cost && spec.costsPositive ? -1 : 1;
    signOf.set(row.id, sign);
    const rowTruth: number[] = [];
    truth.set(row.id, rowTruth);
    spec.columns.forEach((col, j) => {
      const c = firstValue + j;
      const measure = shiftMeasure(col.measure, row.offset ?? 0);
      if (row.format === "count") {
        canvas.set(sheet, R, c, { value: figureValue(content, row.figure!, measure), numberFormat: "0" });
        return;
      }
      const figure = col.derived ? null : col.figure ? col.figure(row.figure!) : row.figure!;
      if (!col.derived && figure === null) return;
      const percent = col.percent === true || row.format === "percent";
      const t = col.derived ? col.derived.reduce((acc, d) => acc + d.coef * rowTruth[d.col], 0) : sign * figureValue(content, figure!, measure);
      rowTruth[j] = t;
      const scale = percent ? 1 : unit.scale;
      const step = percent ? percentStep : unit.step;
      const decimals = percent ? (percentStep === 0.01 ? 2 : 3) : unit.decimals;
      const format = percent ? style.percentFormat : moneyFormat;
      const structural: { row: number; col: number; coef: number }[] | null = percent
        ? null
        : row.kind === "total"
          ? row.terms!.map((tm) => ({ row: rowAt.get(tm.row)!, col: c, coef: tm.sign * signOf.get(tm.row)! * sign }))
          : col.derived
            ? col.derived.map((d) => ({ row: R, col: firstValue + d.col, coef: d.coef }))
            : null;
      const structuralTerms: Term[] | null = structural && structural.map((s) => ({ cell: cellKey(sheet.name, a1(s.row, s.col)), coef: s.coef }));
      const shownKey = `${figure}@${measure}@${step}`;
      const prior = figure ? ctx.shown.get(shownKey) : undefined;
      let key: CellKey;
      let half: number;
      if (structural && style.totals === "formula") {
        key = canvas.setFormula(sheet, R, c, formulaFor(structural, c), bold ? { numberFormat: format, bold: true } : { numberFormat: format });
        half = structuralTerms!.reduce((acc, s) => acc + Math.abs(s.coef) * canvas.figures[s.cell].half, 0);
      } else {
        const value = prior ? clean(prior.natural * sign) : roundTo(t / scale, decimals);
        half = prior ? prior.half : step / 2;
        key = canvas.set(sheet, R, c, bold ? { value, numberFormat: format, bold: true } : { value, numberFormat: format });
      }
      const written = sheet.rows[R][c]!.value as number;
      canvas.figures[key] = { scale, half };
      canvas.meta.set(key, {
        table: spec.id,
        rowId: row.id,
        figure: figure ?? undefined,
        measure,
        role: percent ? "percent" : col.derived ? "derived" : row.kind === "total" ? "total" : "item",
        scale,
        step: step / scale,
      });
      if (!percent) record.valueCells.push(key);
      if (structuralTerms) canvas.relate({ kind: "linear", origin: row.kind === "total" ? "sum" : "derived", target: key, terms: structuralTerms });
      if (row.kind === "total" && col.derived) {
        const terms = col.derived.map((d) => ({ cell: cellKey(sheet.name, a1(R, firstValue + d.col)), coef: d.coef }));
        canvas.relate({ kind: "linear", origin: "derived", target: key, terms });
      }
      if (figure) {
        if (!prior) ctx.shown.set(shownKey, { natural: written * sign, half });
        const locKey = `${figure}@${measure}`;
        const loc = ctx.locations.get(locKey);
        if (loc) canvas.relate({ kind: "linear", origin: "copy", target: key, terms: [{ cell: loc.cell, coef: loc.sign * sign }] });
        else ctx.locations.set(locKey, { cell: key, sign });
      }
    });
  }
  if (record.unitCell) canvas.relate({ kind: "unit", origin: "unit", unitCell: record.unitCell, scale: unit.scale, cells: record.valueCells });
  canvas.tables.push(record);
}

/** SUM(first:last) over consecutive added rows, else the explicit C5+C6-C7. */
function formulaFor(terms: { row: number; col: number; coef: number }[], col: number): string {
  const consecutive = terms.length >= 2 && terms.every((t, i) => t.coef === 1 && (i === 0 || t.row === terms[i - 1].row + 1) && t.col === col);
  return consecutive ? sumFormula(col, terms[0].row, terms[terms.length - 1].row) : termsFormula(terms);
}

function headerCell(col: ColumnSpec, style: HouseStyle): Cell {
  if (col.header !== undefined) return { value: col.header, bold: true };
  const year = measureYear(col.measure);
  if (style.yearHeader === "number") return { value: year, numberFormat: "0", bold: true };
  if (col.measure.startsWith("B")) return { value: `Budget ${year}`, bold: true };
  if (style.yearHeader === "text") return { value: `Utfall ${year}`, bold: true };
  return { value: dateSerial(year, 12, 31), numberFormat: "yyyy-mm-dd", bold: true };
}

function labelOf(row: RowSpec, plan: TablePlan, style: HouseStyle): string {
  let label = row.label;
  if (row.kind === "total" && row.generic) {
    const noun = row.label;
    const word = { summa: "Summa", totalt: "Totalt", sa: "S:a", unlabelled: "" }[style.totalLabel];
    label = word && noun ? `${word} ${noun}` : word;
  }
  if (!label || row.kind === "heading") return label;
  if (row.note !== undefined && style.noteRefs === "label") label += ` (not ${row.note})`;
  if (plan.placement === "labels" && row.format === undefined) label += ` (${plan.unit.name})`;
  return label;
}
