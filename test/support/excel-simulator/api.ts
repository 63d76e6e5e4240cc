/**
 * The part of the Excel JavaScript API the add-in uses, with Office's semantics:
 * proxy objects whose property reads throw PropertyNotLoaded until `load` + `sync`;
 * writes and method calls queued and executed in order at `context.sync()`; each sync
 * counted with its request and response size; a response over the payload limit fails
 * like Excel on the web ("ResponsePayloadSizeLimitExceeded").
 */
import { Box, boxAddress, parseBox, quoteSheet } from "./address";
import {
  BORDER_EDGES,
  DEFAULT_COLUMN_WIDTH,
  SimCell,
  SimDocument,
  SimSheet,
  SimValue,
  findSheet,
  getCell,
  defaultFormat,
  hasContent,
  noBorder,
} from "./document";

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

/** The host: the document plus what the tests measure. */
export interface SimHost {
  doc: SimDocument;
  syncs: SyncRecord[];
  /** Response size (bytes of JSON) above which a sync fails. */
  payloadLimit: number;
  /** Called after every sync; `changed` when it wrote to the document. */
  onSync?: (changed: boolean) => void;
  /** Simulated round-trip time per sync (Excel on the web: tens to hundreds of ms). */
  latencyMs?: number;
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

interface Op {
  request: unknown;
  /** Executes against the document; returns the response data and what to commit into proxies. */
  run: () => { data?: unknown; commit?: () => void };
}

export class SimRequestContext {
  readonly workbook: SimWorkbook;
  private queue: Op[] = [];

  constructor(readonly host: SimHost) {
    this.workbook = new SimWorkbook(this);
  }

  enqueue(request: unknown, run: Op["run"]): void {
    this.queue.push({ request, run });
  }

  /** Like Office.js: a sync with nothing queued makes no round trip. */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    if (ops.length === 0) return;
    const requestBytes = JSON.stringify(ops.map((o) => o.request)).length;
    const data: unknown[] = [];
    const commits: (() => void)[] = [];
    let failure: unknown = null;
    for (const op of ops) {
      try {
        const r = op.run();
        data.push(r.data ?? null);
        if (r.commit) commits.push(r.commit);
      } catch (e) {
        failure = e;
        break;
      }
    }
    const responseBytes = JSON.stringify(data).length;
    this.host.syncs.push({ requestBytes, responseBytes });
    this.host.onSync?.(ops.some((o) => !("load" in (o.request as object))));
    await new Promise((r) => (this.host.latencyMs ? setTimeout(r, this.host.latencyMs) : r(undefined)));
    if (failure) throw failure;
    if (responseBytes > this.host.payloadLimit) {
      throw officeError("ResponsePayloadSizeLimitExceeded", `Response payload ${responseBytes} bytes exceeds the limit`);
    }
    for (const c of commits) c();
  }
}

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

function specPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => specPaths(s) ?? []);
  const out: string[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === "$all") continue;
    if (v === true) out.push(k);
    else if (v && typeof v === "object") for (const p of specPaths(v as Record<string, unknown>) ?? []) out.push(`${k}/${p}`);
  }
  return out;
}

/** Base of every proxy: load/read bookkeeping. */
abstract class SimObject {
  private loadedProps: Record<string, unknown> = {};

  constructor(protected readonly ctx: SimRequestContext) {}

  /** Scalar properties: name → reader executed at sync. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Navigation properties (child proxies). */
  protected children(): Record<string, SimObject> {
    return {};
  }

  load(spec?: LoadSpec): this {
    const scalars = this.scalars();
    const paths = specPaths(spec) ?? Object.keys(scalars);
    // Like Office: isNullObject comes with any load; a null object's properties load as null.
    if (scalars.isNullObject && !paths.includes("isNullObject")) paths.push("isNullObject");
    const isNull = () => (scalars.isNullObject ? scalars.isNullObject() === true : false);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      const child = this.children()[head];
      if (child) {
        child.load(rest.length ? rest.join("/") : undefined);
        continue;
      }
      const get = scalars[head];
      if (!get) throw officeError("PropertyNotFound", `The property '${head}' is not available on this object.`);
      this.ctx.enqueue({ load: head }, () => {
        const v = head !== "isNullObject" && isNull() ? null : get();
        return { data: v, commit: () => (this.loadedProps[head] = v) };
      });
    }
    return this;
  }

  /** Values that arrived with a parent's load (a collection's "items/…"). */
  receive(values: Record<string, unknown>): void {
    Object.assign(this.loadedProps, values);
  }

  protected read<T>(name: string): T {
    if (!(name in this.loadedProps)) {
      throw officeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedProps[name] as T;
  }

  /** Queues the write; the property still reads only after a load (strictest reading of Office's rules). */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ set: name, value }, () => {
      apply();
      return {};
    });
  }

  protected call(name: string, args: unknown[], run: () => void): void {
    this.ctx.enqueue({ call: name, args }, () => {
      run();
      return {};
    });
  }

  toJSON(): Record<string, unknown> {
    return { ...this.loadedProps };
  }
}

/** The value of a method result, available after sync. */
export class SimClientResult<T> {
  private loaded = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) throw officeError("PropertyNotLoaded", "The value of the result object has not been loaded yet.");
    return this.v as T;
  }
}

/** A range target resolved at execution time (a sheet added in the same batch resolves). */
interface Target {
  sheet: SimSheet;
  box: Box;
}

function uniform<T>(items: T[]): T | null {
  if (items.length === 0) return null;
  const first = JSON.stringify(items[0]);
  return items.every((i) => JSON.stringify(i) === first) ? items[0] : null;
}

function cellsOf(t: Target, create: boolean): (SimCell | undefined)[][] {
  const out: (SimCell | undefined)[][] = [];
  for (let r = 0; r < t.box.rows; r++) {
    const row: (SimCell | undefined)[] = [];
    for (let c = 0; c < t.box.cols; c++) row.push(getCell(t.sheet, t.box.top + r, t.box.left + c, create as true));
    out.push(row);
  }
  return out;
}

function forEachCell(t: Target, fn: (c: SimCell, r: number, col: number) => void): void {
  cellsOf(t, true).forEach((row, r) => row.forEach((c, col) => fn(c!, r, col)));
}

function valueOut(c: SimCell | undefined): SimValue {
  if (!c) return "";
  if (c.error) return c.error;
  return c.value === null ? "" : c.value;
}

function formulaOut(c: SimCell | undefined): SimValue {
  if (c?.formula !== undefined) return "=" + c.formula;
  return valueOut(c);
}

function valueType(c: SimCell | undefined): string {
  if (!c || !hasContent(c)) return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  if (c.value === null || c.value === "") return "Empty";
  return "String";
}

/** Excel's reading of a value written through the API, as if typed (subset: numbers, "=", "'" prefix, "@" format). */
function writeInput(c: SimCell, v: SimValue): void {
  delete c.formula;
  delete c.error;
  if (v === null || v === "") {
    c.value = null;
  } else if (typeof v !== "string") {
    c.value = v;
  } else if (c.format.numberFormat === "@") {
    c.value = v;
  } else if (v.startsWith("'")) {
    c.value = v.slice(1);
  } else if (v.startsWith("=") && v.length > 1) {
    c.formula = v.slice(1);
    c.value = null;
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) {
    c.value = Number(v.trim());
  } else {
    c.value = v;
  }
}

function matrix<T>(t: Target, v: T | T[][], what: string): T[][] {
  if (!Array.isArray(v)) return Array.from({ length: t.box.rows }, () => Array.from({ length: t.box.cols }, () => v));
  if (v.length !== t.box.rows || v.some((row) => row.length !== t.box.cols)) {
    throw officeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
  }
  return v;
}

const EDGE_NAMES: Record<string, string> = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" };

export class SimRange extends SimObject {
  readonly format: SimRangeFormat;

  constructor(
    ctx: SimRequestContext,
    readonly resolve: () => Target | null,
  ) {
    super(ctx);
    this.format = new SimRangeFormat(ctx, () => this.target());
  }

  target(): Target {
    const t = this.resolve();
    if (!t) throw officeError("InvalidObjectPath", "The object path is not valid (null object).");
    return t;
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      isNullObject: () => this.resolve() === null,
      address: () => `${quoteSheet(this.target().sheet.name)}!${boxAddress(this.target().box)}`,
      rowIndex: () => this.target().box.top,
      columnIndex: () => this.target().box.left,
      rowCount: () => this.target().box.rows,
      columnCount: () => this.target().box.cols,
      values: () => cellsOf(this.target(), false).map((r) => r.map(valueOut)),
      formulas: () => cellsOf(this.target(), false).map((r) => r.map(formulaOut)),
      numberFormat: () => cellsOf(this.target(), false).map((r) => r.map((c) => c?.format.numberFormat ?? "General")),
      valueTypes: () => cellsOf(this.target(), false).map((r) => r.map(valueType)),
      hyperlink: () => getCell(this.target().sheet, this.target().box.top, this.target().box.left)?.hyperlink ?? null,
    };
  }

  protected override children(): Record<string, SimObject> {
    return { format: this.format };
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): SimValue[][] {
    return this.read("values");
  }
  set values(v: SimValue[][]) {
    this.write("values", v, () => {
      const t = this.target();
      const m = matrix(t, v, "values");
      forEachCell(t, (c, r, col) => writeInput(c, m[r][col]));
    });
  }
  get formulas(): SimValue[][] {
    return this.read("formulas");
  }
  set formulas(v: SimValue[][]) {
    this.write("formulas", v, () => {
      const t = this.target();
      const m = matrix(t, v, "formulas");
      forEachCell(t, (c, r, col) => writeInput(c, m[r][col]));
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v, () => {
      const t = this.target();
      const m = matrix(t, v, "numberFormat");
      forEachCell(t, (c, r, col) => (c.format.numberFormat = m[r][col]));
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get hyperlink(): SimCell["hyperlink"] | null {
    return this.read("hyperlink");
  }
  set hyperlink(v: SimCell["hyperlink"] | null) {
    this.write("hyperlink", v, () =>
      forEachCell(this.target(), (c) => {
        if (v) c.hyperlink = { ...v };
        else delete c.hyperlink;
      }),
    );
  }

  getCell(row: number, col: number): SimRange {
    return new SimRange(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, box: { top: t.box.top + row, left: t.box.left + col, rows: 1, cols: 1 } };
    });
  }

  select(): void {
    this.call("select", [], () => {
      const t = this.target();
      this.ctx.host.doc.activeSheet = t.sheet.name;
      this.ctx.host.doc.selection = { sheet: t.sheet.name, address: boxAddress(t.box) };
    });
  }

  /** Per-cell properties (ExcelApi 1.9): fill, font, borders, horizontalAlignment, as requested. */
  getCellProperties(spec: Record<string, unknown>): SimClientResult<Record<string, unknown>[][]> {
    const result = new SimClientResult<Record<string, unknown>[][]>();
    const fmt = (spec.format ?? {}) as Record<string, unknown>;
    this.ctx.enqueue({ load: "cellProperties", spec }, () => {
      const t = this.target();
      const data = cellsOf(t, false).map((row, r) =>
        row.map((c, col) => {
          const f = c?.format ?? defaultFormat();
          const out: Record<string, unknown> = {};
          if (spec.address) out.address = `${quoteSheet(t.sheet.name)}!${boxAddress({ top: t.box.top + r, left: t.box.left + col, rows: 1, cols: 1 })}`;
          const format: Record<string, unknown> = {};
          if (fmt.fill) format.fill = { color: f.fillColor ?? "#FFFFFF", pattern: f.fillColor === null ? "None" : "Solid" };
          if (fmt.font) format.font = { bold: f.bold, italic: f.italic, color: f.fontColor, name: f.fontName, size: f.fontSize };
          if (fmt.horizontalAlignment) format.horizontalAlignment = f.horizontalAlignment;
          if (fmt.borders) {
            const b: Record<string, unknown> = {};
            for (const [k, edge] of Object.entries(EDGE_NAMES)) b[k] = { ...f.borders[edge] };
            format.borders = b;
          }
          if (Object.keys(format).length) out.format = format;
          return out;
        }),
      );
      return { data, commit: () => result.set(data) };
    });
    return result;
  }

  setCellProperties(values: Record<string, unknown>[][]): void {
    this.call("setCellProperties", [values], () => {
      const t = this.target();
      const m = matrix(t, values, "cellProperties");
      forEachCell(t, (c, r, col) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Office's cell-properties JSON, read as loosely as Excel reads it
        const format = m[r][col]?.format as Record<string, any> | undefined;
        if (!format) return;
        const f = c.format;
        if (format.fill) {
          if (format.fill.pattern === "None") f.fillColor = null;
          else if (format.fill.color !== undefined) f.fillColor = String(format.fill.color).toUpperCase();
        }
        if (format.font) {
          if (format.font.bold !== undefined) f.bold = format.font.bold;
          if (format.font.italic !== undefined) f.italic = format.font.italic;
          if (format.font.color !== undefined) f.fontColor = format.font.color;
          if (format.font.name !== undefined) f.fontName = format.font.name;
          if (format.font.size !== undefined) f.fontSize = format.font.size;
        }
        if (format.horizontalAlignment !== undefined) f.horizontalAlignment = format.horizontalAlignment;
        if (format.borders) {
          for (const [k, edge] of Object.entries(EDGE_NAMES)) {
            const b = format.borders[k];
            if (b) f.borders[edge] = { ...f.borders[edge], ...b };
          }
        }
      });
    });
  }
}

export class SimRangeFormat extends SimObject {
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly borders: SimBorderCollection;

  constructor(
    ctx: SimRequestContext,
    private readonly target: () => Target,
  ) {
    super(ctx);
    this.fill = new SimRangeFill(ctx, target);
    this.font = new SimRangeFont(ctx, target);
    this.borders = new SimBorderCollection(ctx, target);
  }

  private cells(): SimCell[] {
    return cellsOf(this.target(), true).flat() as SimCell[];
  }

  private widths(): number[] {
    const t = this.target();
    return Array.from({ length: t.box.cols }, (_, i) => t.sheet.columnWidths[t.box.left + i] ?? DEFAULT_COLUMN_WIDTH);
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      horizontalAlignment: () => uniform(this.cells().map((c) => c.format.horizontalAlignment)),
      columnWidth: () => uniform(this.widths()),
    };
  }

  protected override children(): Record<string, SimObject> {
    return { fill: this.fill, font: this.font, borders: this.borders };
  }

  get horizontalAlignment(): string | null {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: string | null) {
    this.write("horizontalAlignment", v, () => this.cells().forEach((c) => (c.format.horizontalAlignment = String(v))));
  }
  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(v: number | null) {
    this.write("columnWidth", v, () => {
      const t = this.target();
      for (let i = 0; i < t.box.cols; i++) t.sheet.columnWidths[t.box.left + i] = Number(v);
    });
  }

  /** Width from the longest shown text, ~7 pt per character (a stand-in for Excel's font metrics). */
  autofitColumns(): void {
    this.call("autofitColumns", [], () => {
      const t = this.target();
      for (let i = 0; i < t.box.cols; i++) {
        let chars = 0;
        for (let r = 0; r < t.box.rows; r++) {
          const c = getCell(t.sheet, t.box.top + r, t.box.left + i);
          if (c && hasContent(c)) chars = Math.max(chars, String(valueOut(c)).length);
        }
        t.sheet.columnWidths[t.box.left + i] = Math.max(DEFAULT_COLUMN_WIDTH, chars * 7 + 8);
      }
    });
  }
}

export class SimRangeFill extends SimObject {
  constructor(
    ctx: SimRequestContext,
    private readonly target: () => Target,
  ) {
    super(ctx);
  }
  private cells(): SimCell[] {
    return cellsOf(this.target(), true).flat() as SimCell[];
  }
  protected override scalars(): Record<string, () => unknown> {
    return {
      color: () => {
        const u = uniform(this.cells().map((c) => c.format.fillColor));
        return u === null ? (this.cells().every((c) => c.format.fillColor === null) ? "#FFFFFF" : null) : u;
      },
      pattern: () => uniform(this.cells().map((c) => (c.format.fillColor === null ? "None" : "Solid"))),
    };
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string | null) {
    this.write("color", v, () => this.cells().forEach((c) => (c.format.fillColor = String(v).toUpperCase())));
  }
  get pattern(): string | null {
    return this.read("pattern");
  }
  clear(): void {
    this.call("clear", [], () => this.cells().forEach((c) => (c.format.fillColor = null)));
  }
}

export class SimRangeFont extends SimObject {
  constructor(
    ctx: SimRequestContext,
    private readonly target: () => Target,
  ) {
    super(ctx);
  }
  private cells(): SimCell[] {
    return cellsOf(this.target(), true).flat() as SimCell[];
  }
  protected override scalars(): Record<string, () => unknown> {
    return {
      bold: () => uniform(this.cells().map((c) => c.format.bold)),
      italic: () => uniform(this.cells().map((c) => c.format.italic)),
      color: () => uniform(this.cells().map((c) => c.format.fontColor)),
      name: () => uniform(this.cells().map((c) => c.format.fontName)),
      size: () => uniform(this.cells().map((c) => c.format.fontSize)),
    };
  }
  private setAll(name: string, v: unknown, apply: (c: SimCell) => void): void {
    this.write(name, v, () => this.cells().forEach(apply));
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(v: boolean | null) {
    this.setAll("bold", v, (c) => (c.format.bold = Boolean(v)));
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(v: boolean | null) {
    this.setAll("italic", v, (c) => (c.format.italic = Boolean(v)));
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string | null) {
    this.setAll("color", v, (c) => (c.format.fontColor = String(v)));
  }
  get name(): string | null {
    return this.read("name");
  }
  set name(v: string | null) {
    this.setAll("name", v, (c) => (c.format.fontName = String(v)));
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(v: number | null) {
    this.setAll("size", v, (c) => (c.format.fontSize = Number(v)));
  }
}

export class SimBorderCollection extends SimObject {
  constructor(
    ctx: SimRequestContext,
    private readonly target: () => Target,
  ) {
    super(ctx);
  }
  protected override scalars(): Record<string, () => unknown> {
    return {};
  }
  getItem(edge: string): SimRangeBorder {
    if (!BORDER_EDGES.includes(edge)) throw officeError("InvalidArgument", `Unknown border index ${edge}`);
    return new SimRangeBorder(this.ctx, this.target, edge);
  }
}

/** One edge of a range: Edge* apply to the range's boundary cells. */
export class SimRangeBorder extends SimObject {
  constructor(
    ctx: SimRequestContext,
    private readonly target: () => Target,
    private readonly edge: string,
  ) {
    super(ctx);
  }
  private cells(): SimCell[] {
    const t = this.target();
    const all = cellsOf(t, true);
    switch (this.edge) {
      case "EdgeTop":
        return all[0] as SimCell[];
      case "EdgeBottom":
        return all[all.length - 1] as SimCell[];
      case "EdgeLeft":
        return all.map((r) => r[0]!) as SimCell[];
      case "EdgeRight":
        return all.map((r) => r[r.length - 1]!) as SimCell[];
      default:
        return all.flat() as SimCell[];
    }
  }
  private edges(): { style: string; color: string; weight: string }[] {
    return this.cells().map((c) => c.format.borders[this.edge] ?? noBorder());
  }
  protected override scalars(): Record<string, () => unknown> {
    return {
      style: () => uniform(this.edges().map((e) => e.style)),
      color: () => uniform(this.edges().map((e) => e.color)),
      weight: () => uniform(this.edges().map((e) => e.weight)),
    };
  }
  private setEdge(name: "style" | "color" | "weight", v: string | null): void {
    this.write(name, v, () =>
      this.cells().forEach((c) => (c.format.borders[this.edge] = { ...(c.format.borders[this.edge] ?? noBorder()), [name]: String(v) })),
    );
  }
  get style(): string | null {
    return this.read("style");
  }
  set style(v: string | null) {
    this.setEdge("style", v);
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string | null) {
    this.setEdge("color", v);
  }
  get weight(): string | null {
    return this.read("weight");
  }
  set weight(v: string | null) {
    this.setEdge("weight", v);
  }
}

export class SimWorksheet extends SimObject {
  constructor(
    ctx: SimRequestContext,
    readonly resolveSheet: () => SimSheet | null,
  ) {
    super(ctx);
  }

  private sheet(): SimSheet {
    const s = this.resolveSheet();
    if (!s) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      isNullObject: () => this.resolveSheet() === null,
      name: () => this.sheet().name,
      position: () => this.ctx.host.doc.sheets.indexOf(this.sheet()),
      visibility: () => "Visible",
    };
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  get position(): number {
    return this.read("position");
  }

  getRange(address?: string): SimRange {
    return new SimRange(this.ctx, () => ({ sheet: this.sheet(), box: parseBox(address ?? "A1:XFD1048576") }));
  }

  /** Several areas ("C5,C9:C10"), enough to select them. */
  getRanges(address: string): { select: () => void } {
    return {
      select: () =>
        this.call("select", [address], () => {
          const s = this.sheet();
          address.split(",").forEach((a) => parseBox(a));
          this.ctx.host.doc.activeSheet = s.name;
          this.ctx.host.doc.selection = { sheet: s.name, address };
        }),
    };
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): SimRange {
    return new SimRange(this.ctx, () => ({ sheet: this.sheet(), box: { top: row, left: col, rows, cols } }));
  }

  /** Bounding box of cells with content (valuesOnly) or also with formatting; null object when there is none. */
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return this.usedRange(valuesOnly).load("isNullObject");
  }

  private usedRange(valuesOnly: boolean): SimRange {
    return new SimRange(this.ctx, () => {
      const s = this.sheet();
      let top = Infinity,
        left = Infinity,
        bottom = -1,
        right = -1;
      for (const [k, c] of Object.entries(s.cells)) {
        if (valuesOnly ? !hasContent(c) : !hasContent(c) && JSON.stringify(c.format) === JSON.stringify(defaultFormat())) continue;
        const [r, col] = k.split(",").map(Number);
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      }
      if (bottom < 0) return null;
      return { sheet: s, box: { top, left, rows: bottom - top + 1, cols: right - left + 1 } };
    });
  }

  activate(): void {
    this.call("activate", [], () => {
      const s = this.sheet();
      this.ctx.host.doc.activeSheet = s.name;
      if (this.ctx.host.doc.selection.sheet !== s.name) this.ctx.host.doc.selection = { sheet: s.name, address: "A1" };
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const doc = this.ctx.host.doc;
      const s = this.sheet();
      if (doc.sheets.length === 1) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      doc.sheets = doc.sheets.filter((x) => x !== s);
      if (doc.activeSheet === s.name) {
        doc.activeSheet = doc.sheets[0].name;
        doc.selection = { sheet: doc.sheets[0].name, address: "A1" };
      }
    });
  }
}

export class SimWorksheetCollection extends SimObject {
  private loadedItems: SimWorksheet[] | null = null;

  protected override scalars(): Record<string, () => unknown> {
    return {};
  }

  override load(spec?: LoadSpec): this {
    const paths = specPaths(spec) ?? ["items"];
    const itemProps = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (!paths.some((p) => p === "items" || p.startsWith("items/"))) return super.load(spec);
    this.ctx.enqueue({ load: "items", props: itemProps }, () => {
      const sheets = [...this.ctx.host.doc.sheets];
      const items = sheets.map((s) => new SimWorksheet(this.ctx, () => (this.ctx.host.doc.sheets.includes(s) ? s : null)));
      const data = sheets.map((s, i) => ({ name: s.name, position: i }));
      return {
        data,
        commit: () => {
          this.loadedItems = items;
          // Item properties arrive with the collection, in the same round trip.
          items.forEach((it, i) => it.receive({ ...data[i], isNullObject: false }));
        },
      };
    });
    return this;
  }

  get items(): SimWorksheet[] {
    if (!this.loadedItems) throw officeError("PropertyNotLoaded", "The property 'items' is not available. Call load and sync first.");
    return this.loadedItems;
  }

  getItem(name: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => {
      const s = findSheet(this.ctx.host.doc, name);
      if (!s) throw officeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
      return s;
    });
  }

  /** Like Office, the next sync tells whether it exists (isNullObject) without any load. */
  getItemOrNullObject(name: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => findSheet(this.ctx.host.doc, name) ?? null).load("isNullObject");
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, () => findSheet(this.ctx.host.doc, this.ctx.host.doc.activeSheet) ?? null);
  }

  add(name: string): SimWorksheet {
    let created: SimSheet | null = null;
    this.call("add", [name], () => {
      const doc = this.ctx.host.doc;
      if (findSheet(doc, name)) throw officeError("ItemAlreadyExists", `A resource with the same name already exists: ${name}`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw officeError("InvalidArgument", `Invalid sheet name ${name}`);
      created = { name, cells: {}, columnWidths: {} };
      doc.sheets.push(created);
    });
    return new SimWorksheet(this.ctx, () => created);
  }
}

export class SimWorkbook extends SimObject {
  readonly worksheets: SimWorksheetCollection;

  constructor(ctx: SimRequestContext) {
    super(ctx);
    this.worksheets = new SimWorksheetCollection(ctx);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { name: () => this.ctx.host.doc.name };
  }

  protected override children(): Record<string, SimObject> {
    return { worksheets: this.worksheets };
  }

  get name(): string {
    return this.read("name");
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.ctx, () => {
      const doc = this.ctx.host.doc;
      const s = findSheet(doc, doc.selection.sheet);
      return s ? { sheet: s, box: parseBox(doc.selection.address) } : null;
    });
  }
}
