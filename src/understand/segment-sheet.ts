/**
 * Splits a sheet into areas of side-by-side tables. Rows run in bands separated by blank
 * rows; in a band, blank columns cut the occupied columns into segments. A blank column
 * separates two tables only when what lies right of it has labels of its own (text cells
 * followed by figures in the same row) and what lies left of it has labels too; a blank
 * column between figure columns is a spacer inside one table. Consecutive bands whose
 * segments line up share their column lanes; a band that spans or splits a lane starts a
 * new area when it opens with a title or header, or two blank rows stand before it, and
 * else joins the lanes it touches (a table is not cut at a single blank row). Each lane of
 * an area gets the scan of its own columns, so the row-by-row table finding sees one table
 * at a time. One pass over the cells per band: linear.
 */
import { cellText } from "./cell-reading";
import { isCodeText } from "./labels";
import { scannedRow, type ScannedCell, type ScannedRow } from "./sheet-scan";

/** Columns [left, right] of one table lane, inclusive. */
export interface Span {
  left: number;
  right: number;
}

/** Rows [from, to) of the sheet and one lane of columns, with the scan of that lane's cells (indexed by sheet row). */
export interface TableArea {
  from: number;
  to: number;
  /** The columns the lane owns: from its left edge (0 for the first lane) to the next lane's (Infinity for the last). */
  span: Span;
  scan: ScannedRow[];
}

interface Band {
  from: number;
  to: number;
  /** Maximal runs of occupied columns. */
  raw: Span[];
  /** Segments after joining spacer columns: one per table. */
  tables: Span[];
  /** A body row (not a header) has a figure. */
  figures: boolean;
}

/** A label: text with a letter, no account code or row number, whose next cell to the right in the row is a figure. */
function isLabelCell(sc: ScannedCell, next: ScannedCell | undefined): boolean {
  if (sc.kind !== "text" || next === undefined || (next.kind !== "number" && next.kind !== "text-number")) return false;
  const text = cellText(sc.cell);
  return /\p{L}/u.test(text) && !isCodeText(text);
}

function readBand(scan: ScannedRow[], from: number, to: number): Band {
  const cols = new Set<number>();
  let figures = false;
  for (let r = from; r < to; r++) {
    for (const sc of scan[r].cells) cols.add(sc.col);
    if (!scan[r].header && scan[r].figureCols.length > 0) figures = true;
  }
  const sorted = [...cols].sort((a, b) => a - b);
  const raw: Span[] = [];
  for (const c of sorted) {
    const last = raw[raw.length - 1];
    if (last && last.right === c - 1) last.right = c;
    else raw.push({ left: c, right: c });
  }
  if (raw.length < 2) return { from, to, raw, tables: raw.map((s) => ({ ...s })), figures };

  // Per segment: rows with a label cell in it, rows with a figure in it.
  const labelRows = new Array<number>(raw.length).fill(0);
  const figureRows = new Array<number>(raw.length).fill(0);
  for (let r = from; r < to; r++) {
    const s = scan[r];
    if (s.header) continue;
    let seg = 0;
    let labelledSeg = -1;
    let figureSeg = -1;
    for (let i = 0; i < s.cells.length; i++) {
      const sc = s.cells[i];
      while (raw[seg].right < sc.col) seg++;
      if ((sc.kind === "number" || sc.kind === "text-number") && figureSeg !== seg) {
        figureSeg = seg;
        figureRows[seg]++;
      }
      if (labelledSeg !== seg && isLabelCell(sc, s.cells[i + 1])) {
        labelledSeg = seg;
        labelRows[seg]++;
      }
    }
  }
  // Labelled: label cells on two rows or more, and on a third of the part's figure rows at least (a stray text among figures, or one
  // "text | figure" pair beside a table, is no label column).
  const labelled = (labels: number, figures: number) => labels >= 2 && labels * 3 >= figures;
  const tables: Span[] = [{ ...raw[0] }];
  let left = { labels: labelRows[0], figures: figureRows[0] };
  for (let i = 1; i < raw.length; i++) {
    if (labelled(labelRows[i], figureRows[i]) && labelled(left.labels, left.figures)) {
      tables.push({ ...raw[i] });
      left = { labels: labelRows[i], figures: figureRows[i] };
    } else {
      tables[tables.length - 1].right = raw[i].right;
      left = { labels: left.labels + labelRows[i], figures: left.figures + figureRows[i] };
    }
  }
  return { from, to, raw, tables, figures };
}

/** For each segment, the first and last index of the lanes it overlaps (last < first: none). Both lists sorted and disjoint: one sweep. */
function overlapRanges(segments: Span[], lanes: Span[]): [number, number][] {
  const out: [number, number][] = [];
  let j = 0;
  for (const seg of segments) {
    while (j < lanes.length && lanes[j].right < seg.left) j++;
    let k = j;
    while (k < lanes.length && lanes[k].left <= seg.right) k++;
    out.push([j, k - 1]);
  }
  return out;
}

/**
 * Fits a band's segments into an area's lanes, widening lanes and adding new ones; false
 * (lanes untouched) when a lane holds two of the band's tables, or a segment spans two lanes.
 */
function fitBand(lanes: Span[], band: Band): boolean {
  let segments = band.tables;
  let ranges = overlapRanges(segments, lanes);
  for (let i = 1; i < ranges.length; i++)
    if (ranges[i - 1][0] <= ranges[i - 1][1] && ranges[i - 1][1] === ranges[i][0] && ranges[i][0] <= ranges[i][1]) return false;
  if (ranges.some(([first, last]) => last > first)) {
    // Tables joined in this band (its right part unlabelled here) still fit when its raw segments each stay in one lane.
    segments = band.raw;
    ranges = overlapRanges(segments, lanes);
    if (ranges.some(([first, last]) => last > first)) return false;
  }
  const added: Span[] = [];
  segments.forEach((seg, i) => {
    const [first, last] = ranges[i];
    if (last === first) {
      lanes[first].left = Math.min(lanes[first].left, seg.left);
      lanes[first].right = Math.max(lanes[first].right, seg.right);
    } else if (segments === band.raw && first > 0) {
      // A spacer-separated part of a table: joins the lane on its left.
      lanes[first - 1].right = seg.right;
    } else {
      added.push({ ...seg });
    }
  });
  if (added.length) {
    lanes.push(...added);
    lanes.sort((a, b) => a.left - b.left);
  }
  return true;
}

/** A title, heading or header row: what a new table starts with. */
const opensTable = (s: ScannedRow) => s.header || s.figureCols.length === 0;

/** Joins lanes and segments that overlap into one lane each. */
function absorb(lanes: Span[], segments: Span[]): void {
  const all = [...lanes, ...segments].sort((a, b) => a.left - b.left);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.left <= last.right) last.right = Math.max(last.right, s.right);
    else out.push({ ...s });
  }
  lanes.splice(0, lanes.length, ...out);
}

interface Area {
  from: number;
  to: number;
  lanes: Span[];
}

export function tableAreas(scan: ScannedRow[]): TableArea[] {
  const bands: Band[] = [];
  for (let r = 0; r < scan.length;) {
    if (scan[r].blank) {
      r++;
      continue;
    }
    let end = r;
    while (end < scan.length && !scan[end].blank) end++;
    bands.push(readBand(scan, r, end));
    r = end;
  }
  const areas: Area[] = [];
  let current: Area | null = null;
  // Text-only bands (titles, unit lines, notes) wait for the next figure band and go with it.
  let pendingFrom: number | null = null;
  let previousEnd = 0;
  for (const band of bands) {
    if (!band.figures) {
      pendingFrom ??= band.from;
      continue;
    }
    if (current && fitBand(current.lanes, band)) {
      current.to = band.to;
    } else if (current && pendingFrom === null && band.from - previousEnd < 2 && !opensTable(scan[band.from])) {
      // Not fitting one blank row below, with neither title nor header: the same tables laid out unevenly, not new ones. Joined, never cut.
      absorb(current.lanes, band.tables);
      current.to = band.to;
    } else {
      if (current) current.to = pendingFrom ?? band.from;
      current = { from: current ? current.to : 0, to: band.to, lanes: band.tables.map((t) => ({ ...t })) };
      areas.push(current);
    }
    pendingFrom = null;
    previousEnd = band.to;
  }
  if (current) current.to = scan.length;
  else areas.push({ from: 0, to: scan.length, lanes: [] });
  return areas.flatMap((a) => laneScans(scan, a));
}

/**
 * Each cell goes to the lane whose left edge is the nearest at or left of it (the first lane
 * takes what lies left of all). A lane's scan spans only the rows from its first cell to its
 * last: work in proportion to the cells, not to rows × lanes.
 */
function laneScans(scan: ScannedRow[], area: Area): TableArea[] {
  const { from, to, lanes } = area;
  if (lanes.length <= 1) return [{ from, to, span: { left: 0, right: Infinity }, scan }];
  const scans = lanes.map(() => [] as ScannedRow[]);
  const firstRow = lanes.map(() => -1);
  const lastRow = lanes.map(() => -1);
  const leftOf = (i: number) => (i === 0 ? 0 : lanes[i].left);
  for (let r = from; r < to; r++) {
    const cells = scan[r].cells;
    let lane = 0;
    for (let k = 0; k < cells.length;) {
      while (lane + 1 < lanes.length && lanes[lane + 1].left <= cells[k].col) lane++;
      const end = lane + 1 < lanes.length ? lanes[lane + 1].left : Infinity;
      const part: ScannedCell[] = [];
      while (k < cells.length && cells[k].col < end) part.push(cells[k++]);
      // Rows since the lane's previous cell were blank in it.
      if (firstRow[lane] < 0) firstRow[lane] = r;
      for (let b = lastRow[lane] + 1; lastRow[lane] >= 0 && b < r; b++) scans[lane][b] = scannedRow(b, [], leftOf(lane));
      scans[lane][r] = scannedRow(r, part, leftOf(lane));
      lastRow[lane] = r;
    }
  }
  const out: TableArea[] = [];
  lanes.forEach((lane, i) => {
    if (firstRow[i] < 0) return;
    out.push({
      from: firstRow[i],
      to: lastRow[i] + 1,
      span: { left: leftOf(i), right: i + 1 < lanes.length ? lanes[i + 1].left - 1 : Infinity },
      scan: scans[i],
    });
  });
  return out;
}
