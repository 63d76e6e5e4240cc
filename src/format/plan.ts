/**
 * "Formatera rapport": what would change, where — computed from the understood workbook,
 * pure. Each item is one kind of change on one table (or one converted cell) that the
 * user can untick; the adapter applies the ticked ones and records what they replace.
 */
import type { LocalizedText } from "../findings/finding";
import { columnLetters } from "../model/grid";
import type { Figure, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { RC, toRanges } from "./ranges";

export type PlanKind = "number-format" | "percent-format" | "total-style" | "header-style" | "align-right" | "column-width" | "text-to-number";

/** The properties a plan item sets. */
export interface CellChange {
  numberFormat?: string;
  bold?: boolean;
  borderTop?: boolean;
  borderBottom?: boolean;
  horizontalAlignment?: "Right";
  /** Widen columns ("B" → points) to at least this width (never narrows). */
  minColumnWidths?: Record<string, number>;
  /** Replace a number stored as text with this number. */
  value?: number;
}

export interface PlanItem {
  id: string;
  kind: PlanKind;
  sheet: string;
  /** A1 ranges on `sheet`; for column widths whole columns ("B:B"). */
  addresses: string[];
  change: CellChange;
  /** Number of cells (or columns) touched. */
  count: number;
  /** Title of the table the item belongs to (null for a converted cell outside a table). */
  table: string | null;
  description: LocalizedText;
}

/** Swedish report formats: thousands separator, minus sign for negatives. */
export const FORMAT_0 = "#,##0;-#,##0";
export const FORMAT_1 = "#,##0.0;-#,##0.0";
export const FORMAT_PERCENT = "0.0%";

const FIGURE_ROLES = new Set(["item", "varav-parent", "varav-child", "subtotal", "total", "result", "closing"]);
const TOTAL_ROLES = new Set(["subtotal", "total", "result"]);
/** Points per character of Calibri 11, and padding, for column widths. */
const PT_PER_CHAR = 6.5;
const PAD_PT = 10;

function decimalsOf(t: UnderstoodTable): number {
  if (t.unit === "kr") return 0;
  const figures = t.rows.flatMap((r) => [...r.figures.values()]).filter((f) => !f.percent);
  return figures.some((f) => f.step < 1 || !Number.isInteger(f.shown)) ? 1 : 0;
}

/**
 * Already a report format for amounts with `decimals` decimals: thousands separator, and
 * negatives shown with a minus (no parentheses, no colour-only sign). A unit suffix
 * ("#,##0 \"kr\"") is kept.
 */
export function isSwedishAmountFormat(fmt: string | undefined, decimals: number): boolean {
  if (!fmt) return false;
  const [pos, neg] = fmt.replace(/"[^"]*"/g, "").split(";");
  const m = /#,##0(?:\.(0+))?(?![0#])/.exec(pos);
  if (!m || (m[1]?.length ?? 0) !== decimals || /%/.test(pos)) return false;
  return neg === undefined || /^\s*-/.test(neg.replace(/\[[^\]]*\]/g, ""));
}

function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && /%/.test(fmt.replace(/"[^"]*"/g, ""));
}

function shownText(v: number, decimals: number): string {
  const s = Math.abs(v).toFixed(decimals);
  const [i, d] = s.split(".");
  return (v < 0 ? "-" : "") + i.replace(/\B(?=(\d{3})+(?!\d))/g, " ") + (d ? "," + d : "");
}

const unitName = (t: UnderstoodTable) => (t.unit === "kr" || t.unit === "tkr" || t.unit === "mnkr" ? t.unit : "belopp");
const unitNameEn = (t: UnderstoodTable) => (t.unit === "kr" || t.unit === "tkr" || t.unit === "mnkr" ? t.unit : "amounts");

export function planFormat(u: UnderstoodWorkbook): PlanItem[] {
  const items: PlanItem[] = [];
  for (const t of u.tables) items.push(...planTable(t));
  for (const s of u.sheets) {
    for (const tn of s.textNumbers) {
      const table = s.tables.find((t) => tn.row >= t.top && tn.row <= t.bottom && tn.col >= t.left && tn.col <= t.right);
      const fmt = table ? (decimalsOf(table) ? FORMAT_1 : FORMAT_0) : Number.isInteger(tn.value) ? FORMAT_0 : FORMAT_1;
      const where = `${columnLetters(tn.col)}${tn.row + 1}`;
      items.push({
        id: `${s.index}:text:${where}`,
        kind: "text-to-number",
        sheet: s.name,
        table: table?.title ?? null,
        addresses: [where],
        change: { value: tn.value, numberFormat: fmt },
        count: 1,
        description: {
          sv: `Talet ”${tn.text}” är lagrat som text: gör om till talet ${shownText(tn.value, Number.isInteger(tn.value) ? 0 : 2)}`,
          en: `The number "${tn.text}" is stored as text: convert to the number ${tn.value}`,
        },
      });
    }
  }
  return items;
}

/** The table a plan item belongs to: its id prefix, title, sheet and the decimals of its amounts. */
interface TablePlan {
  t: UnderstoodTable;
  id: (kind: string) => string;
  name: string;
  decimals: number;
}

/** Every change one table needs, in the order the pane lists them. */
function planTable(t: UnderstoodTable): PlanItem[] {
  const p: TablePlan = { t, id: (k) => `${t.id}:${k}`, name: t.title ?? t.sheet, decimals: decimalsOf(t) };
  const figures = figureCells(t, p.decimals);
  return [
    numberFormatItem(p, figures.amountCells),
    percentFormatItem(p, figures.percentCells),
    totalStyleItem(p),
    ...headerStyleItems(p),
    alignItem(p),
    widthItem(p, figures.allFigures),
  ].filter((item): item is PlanItem => item !== null);
}

/** The table's figures (numbers, not text), and of those the amounts and shares whose format is not yet a report format. */
function figureCells(t: UnderstoodTable, decimals: number): { amountCells: RC[]; percentCells: RC[]; allFigures: Figure[] } {
  const amountCells: RC[] = [];
  const percentCells: RC[] = [];
  const allFigures: Figure[] = [];
  for (const r of t.rows) {
    for (const f of r.figures.values()) {
      if (f.source === "text") continue;
      allFigures.push(f);
      if (f.percent || r.role === "ratio") {
        if (!isPercentFormat(f.numberFormat)) percentCells.push(f);
      } else if (FIGURE_ROLES.has(r.role) && !isSwedishAmountFormat(f.numberFormat, decimals)) {
        amountCells.push(f);
      }
    }
  }
  return { amountCells, percentCells, allFigures };
}

function numberFormatItem({ t, id, name, decimals }: TablePlan, amountCells: RC[]): PlanItem | null {
  if (!amountCells.length || !(t.unit === "kr" || t.unit === "tkr" || t.unit === "mnkr" || t.unit === "unknown")) return null;
  const ex = shownText(decimals ? -1234.5 : -1234, decimals);
  return {
    id: id("number"),
    kind: "number-format",
    sheet: t.sheet,
    table: name,
    addresses: toRanges(amountCells),
    change: { numberFormat: decimals ? FORMAT_1 : FORMAT_0 },
    count: amountCells.length,
    description: {
      sv: `Talformat ${ex} (${unitName(t)}, ${decimals} decimal${decimals === 1 ? "" : "er"})`,
      en: `Number format ${ex.replace(/ /g, ",").replace(/,(\d)$/, ".$1")} (${unitNameEn(t)}, ${decimals} decimal${decimals === 1 ? "" : "s"})`,
    },
  };
}

function percentFormatItem({ t, id, name }: TablePlan, percentCells: RC[]): PlanItem | null {
  if (!percentCells.length) return null;
  return {
    id: id("percent"),
    kind: "percent-format",
    sheet: t.sheet,
    table: name,
    addresses: toRanges(percentCells),
    change: { numberFormat: FORMAT_PERCENT },
    count: percentCells.length,
    description: { sv: `Procentformat 31,2 %`, en: `Percent format 31.2%` },
  };
}

function totalStyleItem({ t, id, name }: TablePlan): PlanItem | null {
  const totals = t.rows.filter((r) => TOTAL_ROLES.has(r.role) && r.figures.size > 0);
  if (!totals.length) return null;
  const cells: RC[] = totals.flatMap((r) => span(t).map((col) => ({ row: r.row, col })));
  return {
    id: id("totals"),
    kind: "total-style",
    sheet: t.sheet,
    table: name,
    addresses: totals.map((r) => `${columnLetters(t.labelCol)}${r.row + 1}:${columnLetters(t.right)}${r.row + 1}`),
    change: { bold: true, borderTop: true },
    count: cells.length,
    description: {
      sv: `Fetstil och linje ovanför på ${totals.length} summarad${totals.length === 1 ? "" : "er"}`,
      en: `Bold with a top border on ${totals.length} total row${totals.length === 1 ? "" : "s"}`,
    },
  };
}

/** Upper header rows in bold (a header of several rows), the last one in bold with a line under it. */
function headerStyleItems({ t, id, name }: TablePlan): PlanItem[] {
  if (!t.headerRows.length) return [];
  const out: PlanItem[] = [];
  const last = t.headerRows[t.headerRows.length - 1];
  const rowRange = (row: number) => `${columnLetters(t.labelCol)}${row + 1}:${columnLetters(t.right)}${row + 1}`;
  if (t.headerRows.length > 1) {
    out.push({
      id: id("header-bold"),
      kind: "header-style",
      sheet: t.sheet,
      table: name,
      addresses: t.headerRows.slice(0, -1).map(rowRange),
      change: { bold: true },
      count: (t.headerRows.length - 1) * span(t).length,
      description: { sv: `Övre rubrikrader i fetstil`, en: `Upper header rows in bold` },
    });
  }
  out.push({
    id: id("header"),
    kind: "header-style",
    sheet: t.sheet,
    table: name,
    addresses: [rowRange(last)],
    change: { bold: true, borderBottom: true },
    count: span(t).length,
    description: { sv: `Rubrikrad i fetstil med linje under`, en: `Header row in bold with a line under it` },
  });
  return out;
}

function alignItem({ t, id, name }: TablePlan): PlanItem | null {
  const valueCols = t.columns.map((c) => c.col);
  if (!valueCols.length) return null;
  const rows = [...t.headerRows, ...t.rows.filter((r) => r.figures.size > 0).map((r) => r.row)];
  const cells: RC[] = valueCols.flatMap((col) => rows.map((row) => ({ row, col })));
  return {
    id: id("align"),
    kind: "align-right",
    sheet: t.sheet,
    table: name,
    addresses: toRanges(cells),
    change: { horizontalAlignment: "Right" },
    count: cells.length,
    description: { sv: `Högerjusterade beloppskolumner`, en: `Right-aligned amount columns` },
  };
}

function widthItem({ t, id, name, decimals }: TablePlan, allFigures: Figure[]): PlanItem | null {
  const widths = columnWidths(t, decimals, allFigures);
  if (!widths.length) return null;
  const letters = widths.map((w) => columnLetters(w.col));
  return {
    id: id("widths"),
    kind: "column-width",
    sheet: t.sheet,
    table: name,
    addresses: letters.map((L) => `${L}:${L}`),
    change: { minColumnWidths: Object.fromEntries(widths.map((w) => [columnLetters(w.col), Math.round(w.width)])) },
    count: widths.length,
    description: {
      sv: `Kolumnbredd så att texter och belopp syns (${letters.join(", ")})`,
      en: `Column widths that show labels and amounts (${letters.join(", ")})`,
    },
  };
}

function span(t: UnderstoodTable): number[] {
  return Array.from({ length: t.right - t.labelCol + 1 }, (_, i) => t.labelCol + i);
}

/** Widths that show the longest label and the widest formatted figure of each column. */
function columnWidths(t: UnderstoodTable, decimals: number, figures: Figure[]): { col: number; width: number }[] {
  const out: { col: number; width: number }[] = [];
  const longestLabel = Math.max(0, ...t.rows.map((r) => r.label.length));
  if (longestLabel) out.push({ col: t.labelCol, width: Math.min(45, longestLabel) * PT_PER_CHAR + PAD_PT });
  for (const c of t.columns) {
    const texts = figures.filter((f) => f.col === c.col).map((f) => (f.percent ? "100,0 %" : shownText(f.shown, decimals)));
    const chars = Math.max(c.header.length, ...texts.map((s) => s.length));
    if (chars) out.push({ col: c.col, width: chars * PT_PER_CHAR + PAD_PT });
  }
  return out;
}
