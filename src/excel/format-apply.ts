/**
 * Applies the ticked format plan items and takes them back. Before anything is written,
 * every property an item will touch is read (number format, bold, top/bottom borders,
 * alignment, column width, the text of a converted cell) and handed to `beforeWrite`,
 * which keeps it in the document; undo writes exactly that back, newest change first.
 * A converted cell the user has edited since keeps the user's value.
 */
import type { PlanItem } from "../format/plan";

type Matrix<T> = T[][];

export interface SnapshotEntry {
  sheet: string;
  address: string;
  numberFormat?: Matrix<string>;
  /** Per-cell font.bold / borders / horizontalAlignment as read with getCellProperties. */
  props?: Matrix<Excel.CellProperties>;
  /** A converted cell: its text and the number written. */
  text?: { value: string; written: number };
}

export interface ColumnWidthEntry {
  sheet: string;
  /** Column letters, e.g. "B". */
  column: string;
  width: number;
}

export interface FormatSnapshot {
  entries: SnapshotEntry[];
  columns: ColumnWidthEntry[];
}

function propsSpec(item: PlanItem): Excel.CellPropertiesLoadOptions | null {
  const c = item.change;
  const format: Excel.CellPropertiesFormatLoadOptions = {};
  if (c.bold !== undefined) format.font = { bold: true };
  if (c.borderTop || c.borderBottom) format.borders = { style: true, color: true, weight: true };
  if (c.horizontalAlignment) format.horizontalAlignment = true;
  return Object.keys(format).length ? { format } : null;
}

const columnOf = (address: string) =>
  address
    .split(":")[0]
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();

/** Reads what the items will change, lets the caller keep it, then applies them. Three round trips at most. */
export async function applyFormat(
  context: Excel.RequestContext,
  items: PlanItem[],
  beforeWrite: (snapshot: FormatSnapshot) => Promise<void>,
): Promise<FormatSnapshot> {
  const ws = (name: string) => context.workbook.worksheets.getItem(name);
  const reads: {
    item: PlanItem;
    address: string;
    range: Excel.Range;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  }[] = [];
  const widthReads: { sheet: string; column: string; min: number; format: Excel.RangeFormat }[] = [];
  for (const item of items) {
    for (const address of item.addresses) {
      const widths = item.change.minColumnWidths;
      if (widths) {
        const column = columnOf(address);
        const min = widths[column] ?? 0;
        const seen = widthReads.find((w) => w.sheet === item.sheet && w.column === column);
        if (seen) seen.min = Math.max(seen.min, min);
        else widthReads.push({ sheet: item.sheet, column, min, format: ws(item.sheet).getRange(`${column}1`).format.load("columnWidth") });
        continue;
      }
      const range = ws(item.sheet).getRange(address);
      const load: string[] = ["rowCount", "columnCount"];
      if (item.change.numberFormat !== undefined) load.push("numberFormat");
      if (item.change.value !== undefined) load.push("values", "valueTypes");
      range.load(load.join(","));
      const spec = propsSpec(item);
      reads.push({ item, address, range, props: spec ? range.getCellProperties(spec) : null });
    }
  }
  await context.sync();

  const snapshot: FormatSnapshot = { entries: [], columns: [] };
  const writes: (() => void)[] = [];
  for (const { item, address, range, props } of reads) {
    const c = item.change;
    if (c.value !== undefined && !(range.valueTypes[0][0] === "String")) continue; // no longer text: leave it
    const entry: SnapshotEntry = { sheet: item.sheet, address };
    const fill = <T>(v: T): Matrix<T> => Array.from({ length: range.rowCount }, () => Array.from({ length: range.columnCount }, () => v));
    if (c.numberFormat !== undefined) entry.numberFormat = range.numberFormat.map((r) => r.map(String));
    if (props) entry.props = props.value.map((row) => row.map((p) => touchedOnly(p, c)));
    if (c.value !== undefined) entry.text = { value: String(range.values[0][0]), written: c.value };
    snapshot.entries.push(entry);
    writes.push(() => {
      const target = ws(item.sheet).getRange(address);
      if (c.numberFormat !== undefined) target.numberFormat = fill(c.numberFormat);
      if (c.value !== undefined) target.values = [[c.value]];
      if (c.bold !== undefined) target.format.font.bold = c.bold;
      if (c.horizontalAlignment) target.format.horizontalAlignment = c.horizontalAlignment;
      for (const [on, edge] of [
        [c.borderTop, "EdgeTop"],
        [c.borderBottom, "EdgeBottom"],
      ] as const) {
        if (!on) continue;
        const b = target.format.borders.getItem(edge);
        b.style = "Continuous";
        b.weight = "Thin";
        b.color = "#000000";
      }
    });
  }
  for (const w of widthReads) {
    const width = w.format.columnWidth;
    if (width >= w.min) continue;
    snapshot.columns.push({ sheet: w.sheet, column: w.column, width });
    writes.push(() => (ws(w.sheet).getRange(`${w.column}1`).format.columnWidth = w.min));
  }
  await beforeWrite(snapshot);
  for (const write of writes) write();
  await context.sync();
  return snapshot;
}

/** Writes every recorded property back, last entry first (so overlapping entries end at the oldest state). Three round trips. */
export async function undoFormat(context: Excel.RequestContext, snapshots: FormatSnapshot[]): Promise<void> {
  const sheets = new Map<string, Excel.Worksheet>();
  const ws = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, context.workbook.worksheets.getItemOrNullObject(name).load("name"));
    return sheets.get(name)!;
  };
  for (const s of snapshots) for (const x of [...s.entries, ...s.columns]) ws(x.sheet);
  await context.sync();
  // A sheet deleted since has nothing left to restore.
  const exists = (name: string) => !ws(name).isNullObject;
  const all = snapshots.flatMap((s) => s.entries).filter((e) => exists(e.sheet));
  const converted = all.filter((e) => e.text).map((e) => ({ e, range: ws(e.sheet).getRange(e.address).load("values") }));
  await context.sync();
  const userEdited = new Set(converted.filter(({ e, range }) => range.values[0][0] !== e.text!.written).map(({ e }) => e));

  for (const snap of [...snapshots].reverse()) {
    for (const e of [...snap.entries].reverse()) {
      if (!exists(e.sheet)) continue;
      const range = ws(e.sheet).getRange(e.address);
      if (e.numberFormat) range.numberFormat = e.numberFormat;
      if (e.props) range.setCellProperties(e.props.map((row) => row.map(withoutPhantomBorders)));
      if (e.text && !userEdited.has(e)) {
        // Excel reads a written string as if typed: the ' prefix keeps it text (a Text-formatted cell keeps it anyway).
        const isTextFormat = e.numberFormat?.[0]?.[0] === "@";
        range.values = [[isTextFormat ? e.text.value : "'" + e.text.value]];
      }
    }
    for (const c of [...snap.columns].reverse()) if (exists(c.sheet)) ws(c.sheet).getRange(`${c.column}1`).format.columnWidth = c.width;
  }
  await context.sync();
}

/** An edge without a line is written back as style "None" alone: a colour or weight on it could draw one. */
function withoutPhantomBorders(p: Excel.CellProperties): Excel.CellProperties {
  const borders = p.format?.borders;
  if (!borders) return p;
  const clean: Record<string, Excel.CellBorder> = {};
  for (const [edge, b] of Object.entries(borders) as [string, Excel.CellBorder][]) clean[edge] = b?.style === "None" ? { style: "None" } : b;
  return { ...p, format: { ...p.format, borders: clean as Excel.CellBorderCollection } };
}

/** Keeps only the border edges the item draws: the record stays small and restores nothing else. */
function touchedOnly(p: Excel.CellProperties, c: PlanItem["change"]): Excel.CellProperties {
  const borders = p.format?.borders;
  if (!borders) return p;
  const kept: Excel.CellBorderCollection = {};
  if (c.borderTop && borders.top) kept.top = borders.top;
  if (c.borderBottom && borders.bottom) kept.bottom = borders.bottom;
  return { ...p, format: { ...p.format, borders: kept } };
}
