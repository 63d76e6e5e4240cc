/**
 * "Visa i bladet": fills the cells of findings with a colour per severity, after
 * recording each cell's own fill; removing it puts every recorded fill back exactly —
 * except on cells whose fill the user has changed since (their change wins).
 */
import type { Finding, Severity } from "../findings/finding";
import { SEVERITY_ORDER } from "../findings/finding";
import { placesBySheet } from "./cell-ref";
import { expandAddress } from "./cell-list";

export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: "#F9D3D6", warning: "#FDE3C8", info: "#D6E7F8" };

/** A cell's fill as Excel reports it per cell (getCellProperties). */
export interface FillState {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface HighlightTarget {
  sheet: string;
  address: string;
  severity: Severity;
}

export interface HighlightSnapshot {
  cells: { sheet: string; address: string; color: string; before: FillState }[];
}

const FILL_PROPS = { format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } } };

/** One target per cell, with the most severe finding's severity. */
export function highlightTargets(findings: Finding[], limit = 5_000): HighlightTarget[] {
  const byCell = new Map<string, HighlightTarget>();
  for (const f of findings) {
    for (const place of placesBySheet(f)) {
      for (const address of expandAddress(place.address)) {
        const key = `${place.sheet}\u0000${address}`;
        const prev = byCell.get(key);
        if (!prev && byCell.size >= limit) continue;
        if (!prev || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[prev.severity]) byCell.set(key, { sheet: place.sheet, address, severity: f.severity });
      }
    }
  }
  return [...byCell.values()];
}

function fillOf(props: Excel.CellProperties | undefined): FillState {
  const f = props?.format?.fill ?? {};
  const out: FillState = {};
  for (const k of ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"] as const) {
    if (f[k] !== undefined && f[k] !== null) (out as Record<string, unknown>)[k] = f[k];
  }
  return out;
}

function isNoFill(f: FillState): boolean {
  return f.pattern === "None";
}

/** Records the targets' fills, then fills them: three round trips (sheets, fills, write). Sheets that no longer exist are skipped. */
export async function applyHighlight(
  context: Excel.RequestContext,
  targets: HighlightTarget[],
  /** Keeps the record (in the document) before any cell changes. */
  beforeWrite: (snapshot: HighlightSnapshot) => Promise<void> = async () => {},
): Promise<HighlightSnapshot> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, context.workbook.worksheets.getItemOrNullObject(name).load("name"));
    return sheets.get(name)!;
  };
  for (const t of targets) sheetOf(t.sheet);
  await context.sync();
  const present = targets.filter((t) => !sheetOf(t.sheet).isNullObject);
  const fills = present.map((t) => ({ t, fill: sheetOf(t.sheet).getRange(t.address).getCellProperties(FILL_PROPS) }));
  await context.sync();
  const snapshot: HighlightSnapshot = {
    cells: fills.map(({ t, fill }) => ({ sheet: t.sheet, address: t.address, color: HIGHLIGHT_COLORS[t.severity], before: fillOf(fill.value[0]?.[0]) })),
  };
  await beforeWrite(snapshot);
  for (const c of snapshot.cells) sheetOf(c.sheet).getRange(c.address).format.fill.color = c.color;
  await context.sync();
  return snapshot;
}

/** Puts recorded fills back where our colour is still in place. Returns how many cells were restored and left alone. */
export async function removeHighlight(context: Excel.RequestContext, snapshot: HighlightSnapshot): Promise<{ restored: number; keptUserChange: number }> {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    if (!sheets.has(name)) sheets.set(name, context.workbook.worksheets.getItemOrNullObject(name).load("name"));
    return sheets.get(name)!;
  };
  for (const c of snapshot.cells) sheetOf(c.sheet);
  await context.sync();
  const present = snapshot.cells.filter((c) => !sheetOf(c.sheet).isNullObject);
  const now = present.map((c) => ({ c, fill: sheetOf(c.sheet).getRange(c.address).getCellProperties(FILL_PROPS) }));
  await context.sync();
  let restored = 0;
  let keptUserChange = 0;
  for (const { c, fill } of now) {
    const current = fillOf(fill.value[0]?.[0]);
    if (current.pattern === "None" || (current.color ?? "").toUpperCase() !== c.color.toUpperCase()) {
      keptUserChange++;
      continue;
    }
    const range = sheetOf(c.sheet).getRange(c.address);
    if (isNoFill(c.before)) range.format.fill.clear();
    else range.setCellProperties([[{ format: { fill: c.before as Excel.CellPropertiesFill } }]]);
    restored++;
  }
  await context.sync();
  return { restored, keptUserChange };
}
