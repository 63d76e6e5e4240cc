/**
 * ratio: printed ratios recomputed.
 * - Soliditet = equity / total assets of the same year, from the balance sheet (or the
 *   table's own lines when no balance sheet is there).
 * - Shares: a column headed "Andel", "%" or "Fördelning" beside an amount column holds
 *   each line's share of the table's total (or of the lines' sum when there is no total).
 * A printed percentage stands for the interval of its display step (32 % → [31,5; 32,5]).
 */
import { percentValue } from "../findings/message-text";
import { round12 } from "../understand/interval";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck, type CheckContext } from "./check";
import { actualFacts, columnTitle, figureCells, rowName, type Fact } from "./support/table-lookup";
import { uncertainColumn } from "./support/uncertain-column";

function sameYear(facts: Fact[], year: number, prefer?: Fact["table"]): Fact | undefined {
  const list = facts.filter((f) => f.year === year);
  return list.find((f) => f.table.kind === "br") ?? list.find((f) => f.table === prefer) ?? list[0];
}

/** A share column holds fractions (0,32 shown as 32 %) unless some line exceeds 150 %, then percent numbers (32). */
function inPercentNumbers(lines: UnderstoodRow[], col: number): boolean {
  return lines.some((r) => Math.abs(r.figures.get(col)!.shown) > 1.5);
}

const SHARE_HEADER = /andel|%|procent|fördelning/i;
const OTHER_RATIO = /budget|utfall|förbruk|avvik|förändring|ökning|minskning|skillnad|differens/i;

/**
 * A share column: each line's share of the table's total, or of the line that sums it (a
 * municipality's share of the municipal quarter under "S:a kommuner"). The column votes on
 * which: the reading most lines follow is the structure, and a line that follows neither is
 * an error; when no reading holds for most lines, what the shares are of is unknown — one
 * warning for the column.
 */
function shareFindings(table: UnderstoodTable, ctx: CheckContext<keyof typeof ratioCheck.meta.messages>): void {
  for (const pc of table.columns) {
    if (!SHARE_HEADER.test(pc.header) || OTHER_RATIO.test(pc.header)) continue;
    // The amount column beside it: the nearest to the left, else to the right.
    // The amount column of the share's year ("Andel 2022" → "Budget 2022"), else the nearest to the left, else to the right.
    const amounts = table.columns.filter((c) => !SHARE_HEADER.test(c.header) && c.basis !== "difference");
    const amountCol =
      (pc.year !== null ? amounts.find((c) => c.year === pc.year) : undefined) ??
      [...amounts].reverse().find((c) => c.col < pc.col) ??
      amounts.find((c) => c.col > pc.col);
    if (!amountCol) continue;
    const lines = table.rows.filter((r) => r.figures.has(pc.col) && r.figures.has(amountCol.col) && r.role !== "section-heading");
    // The whole: the outermost total (no other line covers it), printed with or without a share; "Totalt kommuner" under "Totalt medlemsavgifter" is a part.
    const covered = new Set(table.rows.flatMap((r) => r.covers ?? []));
    const totals = table.rows.filter((r) => (r.role === "total" || r.role === "subtotal") && r.figures.has(amountCol.col) && !covered.has(r.row));
    const total: UnderstoodRow | undefined = totals.find((r) => r.role === "total") ?? totals[totals.length - 1];
    const items = lines.filter((r) => r.role === "item" || r.role === "varav-parent");
    const amount = (r: UnderstoodRow) => r.figures.get(amountCol.col)!;
    const whole = total ? amount(total).value : items.reduce((a, r) => a + amount(r).value, 0);
    if (!(whole > 0)) continue;
    const parentOf = new Map<number, UnderstoodRow>();
    for (const r of table.rows) for (const c of r.covers ?? []) if (!parentOf.has(c)) parentOf.set(c, r);
    const scale = inPercentNumbers(lines, pc.col) ? 100 : 1;
    const judged = lines.map((r) => {
      const parent = parentOf.get(r.row);
      const parentAmount = parent?.figures.get(amountCol.col)?.value;
      const ofParent = parent && parentAmount !== undefined && parentAmount > 0 ? share(r, parentAmount) : null;
      return { r, ofTotal: share(r, whole), ofParent };
    });
    function share(r: UnderstoodRow, denominator: number) {
      const printed = r.figures.get(pc.col)!;
      const p = printed.shown / scale;
      const computed = amount(r).value / denominator;
      const tolerance = round12(printed.step / scale / 2 + amount(r).step / 2 / denominator);
      const difference = round12(p - computed);
      return { p, computed, tolerance, difference, holds: Math.abs(difference) <= tolerance, denominator };
    }
    const byTotal = judged.filter((j) => j.ofTotal.holds).length;
    const byParent = judged.filter((j) => (j.ofParent ?? j.ofTotal).holds).length;
    const followed = Math.max(byTotal, byParent);
    const failing = judged.filter((j) => !j.ofTotal.holds && !(j.ofParent?.holds ?? false));
    if (failing.length === 0) continue;
    if (followed * 2 < lines.length || followed === 0) {
      ctx.report({
        ...uncertainColumn(table, pc.col),
        messageId: "unknownShares",
        data: { column: columnTitle(table, pc.col), misfits: failing.length, lines: lines.length },
      });
      continue;
    }
    for (const { r, ofTotal, ofParent } of failing) {
      const v = byParent > byTotal && ofParent ? ofParent : ofTotal;
      ctx.report({
        messageId: v === ofParent ? "shareOfParent" : "shareOfTotal",
        data: { row: rowName(table, r), column: columnTitle(table, pc.col), printed: percentValue(v.p, 1), computed: percentValue(v.computed, 1) },
        at: table,
        cells: [
          { sheet: table.sheet, row: r.row, col: pc.col },
          { sheet: table.sheet, row: r.row, col: amountCol.col },
        ],
        severity: "error",
        figures: { expected: round12(v.computed), actual: v.p, difference: v.difference, tolerance: v.tolerance },
        basis: "label+arithmetic",
        ratio: true,
      });
    }
  }
}

export const ratioCheck = defineCheck({
  meta: {
    id: "ratio",
    title: { sv: "Nyckeltal", en: "Ratios" },
    basis: "cross-reference",
    compares: {
      sv: "Tryckt soliditet mot eget kapital / summa tillgångar samma år, och varje andel i en Andel-/%-kolumn mot radens belopp delat med totalen (eller summaraden den ingår i).",
      en: "A printed equity ratio against equity / total assets of the same year, and each share in a share/% column against its line's amount over the total (or the total line it belongs to).",
    },
    kinds: "any",
    concepts: ["solidity", "equity", "total-assets"],
    messages: {
      solidity: {
        sv: "Soliditet {year} är tryckt som {printed} men eget kapital / summa tillgångar ger {computed}.",
        en: "Equity ratio {year} is printed as {printed} but equity / total assets gives {computed}.",
      },
      shareOfTotal: {
        sv: "Andelen på {row} ({column}) är {printed} men beloppet ger {computed} av totalen.",
        en: "The share on {row} ({column}) is {printed} but the amount gives {computed} of the total.",
      },
      shareOfParent: {
        sv: "Andelen på {row} ({column}) är {printed} men beloppet ger {computed} av summaraden den ingår i.",
        en: "The share on {row} ({column}) is {printed} but the amount gives {computed} of the total line it belongs to.",
      },
      unknownShares: {
        sv: "Kunde inte avgöra vad andelarna i {column} är andelar av: {misfits} av {lines} rader stämmer varken mot totalen eller mot summaraden de ingår i.",
        en: "Could not determine what the shares in {column} are shares of: {misfits} of {lines} lines match neither the total nor the total line they belong to.",
      },
    },
  },
  run(u, ctx) {
    const equity = actualFacts(u, "equity");
    const assets = actualFacts(u, "total-assets");
    for (const printed of actualFacts(u, "solidity")) {
      const ek = sameYear(equity, printed.year, printed.table);
      const ta = sameYear(assets, printed.year);
      if (!ek || !ta || ta.figure.shown <= 0) continue;
      const p = printed.figure.percent || Math.abs(printed.figure.shown) <= 1 ? printed.figure.shown : printed.figure.shown / 100;
      const step = printed.figure.percent ? printed.figure.step : printed.figure.step / 100;
      const computed = ek.figure.value / ta.figure.value;
      // The inputs' own rounding moves the ratio by far less than a printed step; allow it anyway.
      const inputSlack = ek.figure.step / 2 / ta.figure.value + (computed * ta.figure.step) / 2 / ta.figure.value;
      const tolerance = round12(step / 2 + inputSlack);
      const difference = round12(p - computed);
      if (Math.abs(difference) <= tolerance) continue;
      ctx.report({
        messageId: "solidity",
        data: { year: printed.year, printed: percentValue(p, step < 0.01 ? 1 : 0), computed: percentValue(computed, 1) },
        at: printed.table,
        cells: [
          { sheet: printed.table.sheet, row: printed.row.row, col: printed.figure.col },
          ...figureCells(ek.table, ek.row, ek.figure.col),
          { sheet: ta.table.sheet, row: ta.row.row, col: ta.figure.col },
        ],
        // Equity summed from loose lines that no balance total confirms is too weak a structure for an error.
        severity: ek.row.derived === "label" ? "warning" : "error",
        figures: { expected: round12(computed), actual: p, difference, tolerance },
        basis: "cross-reference",
        ratio: true,
      });
    }
    for (const table of u.tables) shareFindings(table, ctx);
  },
});
