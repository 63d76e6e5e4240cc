/**
 * Plants known errors in a written workbook, the kinds seen in real reports. Each error mutates
 * cells (formulas that depend on them follow, as Excel recalculates), and is kept only when every
 * relation it touches either still holds within its band or breaks well beyond it (more than twice
 * the band), at least one breaks, and it touches no relation an earlier error touched.
 */
import { Cell, Sheet, a1, parseA1 } from "../../../src/model/grid";
import type { Canvas, CellMeta } from "./canvas";
import { ReportContent, budget, utfall } from "./content";
import { evaluateFormula } from "./formula";
import { CellKey, ERROR_KINDS, ErrorKind, LinearRelation, PlantedError, relationCells, relationOperands, splitCellKey } from "./ground-truth";
import type { HouseStyle } from "./house-style";
import { Random } from "./random";
import { readRelation } from "./relation-check";

interface Attempt {
  description: string;
  apply: () => void;
}

interface PlantContext {
  canvas: Canvas;
  sheets: Map<string, Sheet>;
  content: ReportContent;
  style: HouseStyle;
  rng: Random;
}

function cellOf(ctx: PlantContext, key: CellKey): Cell {
  const { sheet, a1: ref } = splitCellKey(key);
  const at = parseA1(ref)!;
  return ctx.sheets.get(sheet)!.rows[at.row][at.col]!;
}

function setCell(ctx: PlantContext, key: CellKey, cell: Cell): void {
  const { sheet, a1: ref } = splitCellKey(key);
  const at = parseA1(ref)!;
  ctx.sheets.get(sheet)!.rows[at.row][at.col] = cell;
}

function setValue(ctx: PlantContext, key: CellKey, value: number): void {
  const { formula: _formula, ...rest } = cellOf(ctx, key);
  setCell(ctx, key, { ...rest, value });
}

/** Value cells matching `where`, with their current number; `typed` keeps constants only. */
function candidates(ctx: PlantContext, where: (m: CellMeta, key: CellKey) => boolean, typed = true): { key: CellKey; meta: CellMeta; value: number }[] {
  const out: { key: CellKey; meta: CellMeta; value: number }[] = [];
  for (const [key, meta] of ctx.canvas.meta) {
    const cell = cellOf(ctx, key);
    if (typeof cell.value !== "number" || (typed && cell.formula !== undefined) || !where(meta, key)) continue;
    out.push({ key, meta, value: cell.value });
  }
  return out;
}

/** A plausible wrong amount: 1–9 × 100 or 1 000 shown steps, either sign. */
function wrongBy(rng: Random, step: number): number {
  return (rng.chance(0.5) ? 1 : -1) * rng.int(1, 9) * 10 ** rng.int(2, 3) * step;
}

function show(v: number, m: CellMeta): string {
  return m.step < 1 ? v.toFixed(1) : String(v);
}

function round(v: number, step: number): number {
  return Math.round(v / step) * step;
}

function fixed(v: number, m: CellMeta): number {
  return Number((Math.round(v / m.step) * m.step).toFixed(m.step < 1 ? 1 : 0));
}

function shifted(ctx: PlantContext, c: { key: CellKey; meta: CellMeta; value: number }, kind: string): Attempt {
  const delta = wrongBy(ctx.rng, c.meta.step);
  const next = fixed(c.value + delta, c.meta);
  return { description: `${kind}: ${c.key} ${show(c.value, c.meta)} → ${show(next, c.meta)}`, apply: () => setValue(ctx, c.key, next) };
}

function transposed(ctx: PlantContext, c: { key: CellKey; meta: CellMeta; value: number }): Attempt | null {
  const units = Math.round(Math.abs(c.value) / c.meta.step);
  const digits = String(units).split("");
  const pairs: number[] = [];
  for (let i = 0; i + 1 < digits.length && pairs.length < 3; i++) if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === "0")) pairs.push(i);
  if (pairs.length === 0) return null;
  const i = ctx.rng.pick(pairs);
  [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
  const next = fixed(Math.sign(c.value) * Number(digits.join("")) * c.meta.step, c.meta);
  return { description: `transposed digits: ${c.key} ${show(c.value, c.meta)} → ${show(next, c.meta)}`, apply: () => setValue(ctx, c.key, next) };
}

function swedishText(value: number, m: CellMeta, rng: Random): string {
  const space = rng.chance(0.5) ? " " : "\u00a0";
  const [whole, decimals] = Math.abs(value)
    .toFixed(m.step < 1 ? 1 : 0)
    .split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, space);
  const minus = value < 0 ? (rng.chance(0.5) ? "\u2212" : "-") : "";
  return minus + grouped + (decimals ? "," + decimals : "");
}

function sumRelationOf(ctx: PlantContext, key: CellKey): LinearRelation | undefined {
  return ctx.canvas.relations.find((r): r is LinearRelation => r.kind === "linear" && r.origin === "sum" && r.target === key);
}

/** The attempts for one kind of error, in random order. */
function attempts(kind: ErrorKind, ctx: PlantContext): Attempt[] {
  const { rng, content, canvas } = ctx;
  const n = content.year;
  const current = ctx.style.document === "budget" ? budget(n + 1) : utfall(n);
  const pickFrom = <T>(xs: T[], make: (x: T) => Attempt | null) =>
    rng
      .shuffle(xs)
      .slice(0, 8)
      .map(make)
      .filter((a): a is Attempt => a !== null);
  switch (kind) {
    case "transposed-digits":
      return pickFrom(
        candidates(ctx, (m) => m.role === "item" || m.role === "total"),
        (c) => (Math.abs(c.value) / c.meta.step >= 100 ? transposed(ctx, c) : null),
      );
    case "omitted-row":
      return pickFrom(
        candidates(ctx, (m, key) => m.role === "total" && (sumRelationOf(ctx, key)?.terms.length ?? 0) >= 3, false),
        (c) => {
          const rel = sumRelationOf(ctx, c.key)!;
          const cell = cellOf(ctx, c.key);
          const sum = cell.formula && /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(cell.formula);
          if (cell.formula && !sum) {
            const parts = cell.formula.match(/[+-]?[A-Z]+\d+/g)!;
            const drop = rng.int(0, parts.length - 1);
            const kept = parts
              .filter((_, i) => i !== drop)
              .join("")
              .replace(/^\+/, "");
            return { description: `omitted row: ${c.key} ${cell.formula} → ${kept}`, apply: () => setCell(ctx, c.key, { ...cell, formula: kept }) };
          }
          if (sum) {
            const first = rng.chance(0.5);
            const [, col, from, , to] = sum;
            const next = first ? `SUM(${col}${Number(from) + 1}:${col}${to})` : `SUM(${col}${from}:${col}${Number(to) - 1})`;
            return { description: `omitted row: ${c.key} ${cell.formula} → ${next}`, apply: () => setCell(ctx, c.key, { ...cell, formula: next }) };
          }
          const term = rng.pick(rel.terms);
          const termValue = cellOf(ctx, term.cell).value;
          if (typeof termValue !== "number" || termValue === 0) return null;
          const next = fixed(c.value - term.coef * termValue, c.meta);
          return {
            description: `omitted row: ${c.key} typed ${show(c.value, c.meta)} without ${term.cell} → ${show(next, c.meta)}`,
            apply: () => setValue(ctx, c.key, next),
          };
        },
      );
    case "hard-coded-total":
      return pickFrom(
        candidates(ctx, (m, key) => m.role === "total" && cellOf(ctx, key).formula !== undefined, false),
        (c) => {
          const a = shifted(ctx, c, "hard-coded total");
          return { ...a, description: a.description + ` (was ${cellOf(ctx, c.key).formula})` };
        },
      );
    case "kf-sign-flip":
      return pickFrom(
        candidates(ctx, (m) => m.figure === "kf.fordr" && m.measure === utfall(n)),
        (c) => ({
          description: `KF sign flip: ${c.key} ${c.value} → ${-c.value}`,
          apply: () => setValue(ctx, c.key, -c.value),
        }),
      );
    case "difference-convention":
      return pickFrom(
        candidates(ctx, (m) => m.role === "derived" && (m.table === "budget-utfall" || m.table === "budget"), false),
        (c) => {
          const cell = cellOf(ctx, c.key);
          if (cell.formula) {
            const m = /^([A-Z]+\d+)-([A-Z]+\d+)$/.exec(cell.formula);
            if (!m) return null;
            const next = `${m[2]}-${m[1]}`;
            return {
              description: `difference under the other convention: ${c.key} ${cell.formula} → ${next}`,
              apply: () => setCell(ctx, c.key, { ...cell, formula: next }),
            };
          }
          return { description: `difference under the other convention: ${c.key} ${c.value} → ${-c.value}`, apply: () => setValue(ctx, c.key, -c.value) };
        },
      );
    case "result-mismatch":
      return pickFrom(
        candidates(
          ctx,
          (m, key) =>
            m.figure === "rr.resultat" &&
            m.measure === current &&
            m.table !== "rr" &&
            canvas.relations.some((r) => r.origin === "copy" && r.kind === "linear" && r.target === key),
        ),
        (c) => shifted(ctx, c, "årets resultat differs"),
      );
    case "prior-year-mismatch":
      return pickFrom(
        candidates(
          ctx,
          (m) =>
            (m.table === "five-year" && m.measure === utfall(n - 1) && m.role === "item") ||
            (m.table === "kf" && m.rowId === "ib" && m.measure === utfall(n - 1)) ||
            (m.table === "budget" && m.rowId === "ib" && m.measure === budget(n + 1)),
        ),
        (c) => shifted(ctx, c, "prior-year figure differs"),
      );
    case "wrong-soliditet":
      return pickFrom(
        candidates(ctx, (m) => m.figure === "ratio.soliditet"),
        (c) => {
          const next = Number(round(c.value + (rng.chance(0.5) ? 1 : -1) * rng.between(0.02, 0.08), c.meta.step).toFixed(3));
          return next <= 0 ? null : { description: `wrong soliditet: ${c.key} ${c.value} → ${next}`, apply: () => setValue(ctx, c.key, next) };
        },
      );
    case "member-split-off":
      return pickFrom(
        candidates(ctx, (m) => m.table === "member-split" && m.role === "item" && /^member\.k\d+$/.test(m.figure ?? "")),
        (c) => {
          const next = c.value + (rng.chance(0.5) ? 1 : -1) * 10 * rng.int(1, 9);
          return { description: `member split off: ${c.key} ${c.value} → ${next}`, apply: () => setValue(ctx, c.key, next) };
        },
      );
    case "kf-closing-cash":
      return pickFrom(
        candidates(ctx, (m) => m.table === "kf" && m.rowId === "ub" && m.measure === utfall(n), false),
        (c) => shifted(ctx, c, "KF closing cash ≠ BR"),
      );
    case "note-vs-statement":
      return pickFrom(
        candidates(ctx, (m) => /^not\d$/.test(m.table) && m.role === "item" && m.measure === utfall(n)),
        (c) => {
          const a = shifted(ctx, c, "note differs from its statement line");
          return {
            ...a,
            apply: () => {
              a.apply();
              refoot(ctx, c.key, (cellOf(ctx, c.key).value as number) - c.value);
            },
          };
        },
      );
    case "unit-lie":
      return ctx.canvas.tables
        .filter((t) => t.unitCell !== undefined && t.scale === 1000)
        .map((t) => {
          const cell = cellOf(ctx, t.unitCell!);
          const next = String(cell.value).replace("tkr", "kr");
          return {
            description: `"kr" stated over tkr figures: ${t.unitCell} "${cell.value}" → "${next}"`,
            apply: () => setCell(ctx, t.unitCell!, { ...cell, value: next }),
          };
        });
    case "text-number":
      return pickFrom(
        candidates(ctx, (m) => m.role === "item"),
        (c) => {
          if (Math.abs(c.value) / c.meta.step < 1000) return null;
          const text = swedishText(c.value, c.meta, rng);
          return { description: `amount stored as text: ${c.key} "${text}"`, apply: () => setCell(ctx, c.key, { value: text }) };
        },
      );
  }
}

/** Keeps a note adding up after one of its items changed: its typed totals follow (formula totals follow by recalculation). */
function refoot(ctx: PlantContext, changed: CellKey, delta: number): void {
  const table = ctx.canvas.meta.get(changed)!.table;
  const deltas = new Map<CellKey, number>([[changed, delta]]);
  for (const rel of ctx.canvas.relations) {
    if (rel.kind !== "linear" || rel.origin !== "sum" || ctx.canvas.meta.get(rel.target)?.table !== table) continue;
    const cell = cellOf(ctx, rel.target);
    if (cell.formula !== undefined) continue;
    const d = rel.terms.reduce((acc, t) => acc + t.coef * (deltas.get(t.cell) ?? 0), 0);
    if (d === 0) continue;
    const meta = ctx.canvas.meta.get(rel.target)!;
    setValue(ctx, rel.target, fixed((cell.value as number) + d, meta));
    deltas.set(rel.target, d);
  }
}

function recompute(ctx: PlantContext): boolean {
  for (const f of ctx.canvas.formulas) {
    const cell = f.sheet.rows[f.row][f.col]!;
    if (cell.formula === undefined) continue;
    const v = evaluateFormula(f.sheet, cell.formula);
    if (Number.isNaN(v)) return false;
    cell.value = v;
  }
  return true;
}

function snapshot(ctx: PlantContext): Map<string, (Cell | undefined)[][]> {
  return new Map([...ctx.sheets].map(([name, s]) => [name, s.rows.map((r) => r.map((c) => (c ? { ...c } : c)))]));
}

function restore(ctx: PlantContext, snap: Map<string, (Cell | undefined)[][]>): void {
  for (const [name, rows] of snap) ctx.sheets.get(name)!.rows = rows.map((r) => r.map((c) => (c ? { ...c } : c)));
}

function changedCells(ctx: PlantContext, before: Map<string, (Cell | undefined)[][]>): CellKey[] {
  const out: CellKey[] = [];
  for (const [name, rows] of before) {
    const now = ctx.sheets.get(name)!.rows;
    for (let r = 0; r < Math.max(rows.length, now.length); r++) {
      for (let c = 0; c < Math.max(rows[r]?.length ?? 0, now[r]?.length ?? 0); c++) {
        const a = rows[r]?.[c];
        const b = now[r]?.[c];
        if (a?.value !== b?.value || a?.formula !== b?.formula) out.push(`${name}!${a1(r, c)}`);
      }
    }
  }
  return out;
}

export function plantErrors(canvas: Canvas, content: ReportContent, style: HouseStyle, rng: Random, count: number): PlantedError[] {
  const sheets = new Map(canvas.sheets.map((s) => [s.name, s]));
  const ctx: PlantContext = { canvas, sheets, content, style, rng };
  const planted: PlantedError[] = [];
  const touchedBefore = new Set<number>();
  const cellsBefore = new Set<CellKey>();
  for (let k = 0; k < count; k++) {
    let done = false;
    for (const kind of rng.shuffle(ERROR_KINDS)) {
      for (const attempt of attempts(kind, ctx)) {
        const before = snapshot(ctx);
        attempt.apply();
        const error = recompute(ctx) ? judge(ctx, kind, attempt, before, touchedBefore, cellsBefore) : null;
        if (!error) {
          restore(ctx, before);
          continue;
        }
        planted.push(error);
        for (const id of touchedIds(ctx, error.changed)) touchedBefore.add(id);
        for (const c of error.acceptable) cellsBefore.add(c);
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return planted;
}

function touchedIds(ctx: PlantContext, changed: CellKey[]): number[] {
  const set = new Set(changed);
  return ctx.canvas.relations.filter((r) => relationOperands(r).some((c) => set.has(c))).map((r) => r.id);
}

function judge(
  ctx: PlantContext,
  kind: ErrorKind,
  attempt: Attempt,
  before: Map<string, (Cell | undefined)[][]>,
  touchedBefore: Set<number>,
  cellsBefore: Set<CellKey>,
): PlantedError | null {
  const changed = changedCells(ctx, before);
  if (changed.length === 0 || changed.some((c) => cellsBefore.has(c))) return null;
  const touched = touchedIds(ctx, changed);
  if (touched.some((id) => touchedBefore.has(id))) return null;
  const broken: number[] = [];
  for (const id of touched) {
    const rel = ctx.canvas.relations[id];
    const reading = readRelation(rel, ctx.sheets, ctx.canvas.figures);
    if (!reading.numeric) {
      broken.push(id);
      continue;
    }
    const eps = 1e-6 * Math.max(1, Math.abs(reading.band));
    const off = Math.abs(reading.residual);
    if (off > 2 * reading.band + eps) broken.push(id);
    else if (off > reading.band + eps) return null;
  }
  if (broken.length === 0) return null;
  const acceptable = new Set(changed);
  for (const id of touched) for (const c of relationCells(ctx.canvas.relations[id])) acceptable.add(c);
  return { kind, description: attempt.description, changed, broken, acceptable: [...acceptable] };
}
