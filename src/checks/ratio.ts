/**
 * ratio: printed ratios recomputed.
 * - Soliditet = equity / total assets of the same year, from the balance sheet (or the
 *   table's own lines when no balance sheet is there).
 * - Shares: a column headed "Andel", "%" or "Fördelning" beside an amount column holds
 *   each line's share of the table's total (or of the lines' sum when there is no total).
 * A printed percentage stands for the interval of its display step (32 % → [31,5; 32,5]).
 */
import { formatPercentSwedish } from "../core/swedish-format";
import type { Finding } from "../findings/finding";
import { round12 } from "../understand/interval";
import type { Check } from "./check";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { refs, type CellRef } from "./relation";
import { actualFacts, columnTitle, figureCells, rowTitle, rowTitleEn, type Fact } from "./table-lookup";
import { uncertainColumn } from "./uncertain-column";

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
function shareFindings(table: UnderstoodTable, out: Finding[]): void {
  for (const pc of table.columns) {
    if (!SHARE_HEADER.test(pc.header) || OTHER_RATIO.test(pc.header)) continue;
    // The amount column beside it: the nearest to the left, else to the right.
    // The amount column of the share's year ("Andel 2022" → "Budget 2022"), else the nearest to the left, else to the right.
    const amounts = table.columns.filter((c) => !SHARE_HEADER.test(c.header) && c.basis !== "difference");
    const amountCol =
      (pc.year !== null ? amounts.find((c) => c.year === pc.year) : undefined) ?? [...amounts].reverse().find((c) => c.col < pc.col) ?? amounts.find((c) => c.col > pc.col);
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
      out.push(unknownShares(table, pc.col, failing.length, lines.length));
      continue;
    }
    for (const { r, ofTotal, ofParent } of failing) {
      const v = byParent > byTotal && ofParent ? ofParent : ofTotal;
      out.push({
        check: "ratio",
        severity: "error",
        sheet: table.sheet,
        cells: refs(table.sheet, [
          { sheet: table.sheet, row: r.row, col: pc.col },
          { sheet: table.sheet, row: r.row, col: amountCol.col },
        ]),
        expected: round12(v.computed),
        actual: v.p,
        difference: v.difference,
        tolerance: v.tolerance,
        cause: null,
        basis: "label+arithmetic",
        message: {
          sv: `Andelen på ${rowTitle(table, r)} (${columnTitle(table, pc.col)}) är ${formatPercentSwedish(v.p, 1)} men beloppet ger ${formatPercentSwedish(v.computed, 1)} av ${v === ofParent ? "summaraden den ingår i" : "totalen"}.`,
          en: `The share on ${rowTitleEn(table, r)} (${columnTitle(table, pc.col)}) is ${formatPercentSwedish(v.p, 1)} but the amount gives ${formatPercentSwedish(v.computed, 1)} of ${v === ofParent ? "the total line it belongs to" : "the total"}.`,
        },
      });
    }
  }
}

function unknownShares(table: UnderstoodTable, col: number, misfits: number, lines: number): Finding {
  return uncertainColumn("ratio", table, col, {
    sv: `Kunde inte avgöra vad andelarna i ${columnTitle(table, col)} är andelar av: ${misfits} av ${lines} rader stämmer varken mot totalen eller mot summaraden de ingår i.`,
    en: `Could not determine what the shares in ${columnTitle(table, col)} are shares of: ${misfits} of ${lines} lines match neither the total nor the total line they belong to.`,
  });
}

export const ratioCheck: Check = {
  id: "ratio",
  title: { sv: "Nyckeltal", en: "Ratios" },
  basis: "cross-reference",
  run(u) {
    const out: Finding[] = [];
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
      const inputSlack = (ek.figure.step / 2) / ta.figure.value + (computed * ta.figure.step) / 2 / ta.figure.value;
      const tolerance = round12(step / 2 + inputSlack);
      const difference = round12(p - computed);
      if (Math.abs(difference) <= tolerance) continue;
      const cells: CellRef[] = [
        { sheet: printed.table.sheet, row: printed.row.row, col: printed.figure.col },
        ...figureCells(ek.table, ek.row, ek.figure.col),
        { sheet: ta.table.sheet, row: ta.row.row, col: ta.figure.col },
      ];
      const exact = formatPercentSwedish(computed, 1);
      const shown = formatPercentSwedish(p, step < 0.01 ? 1 : 0);
      out.push({
        check: "ratio",
        // Equity summed from loose lines that no balance total confirms is too weak a structure for an error.
        severity: ek.row.derived === "label" ? "warning" : "error",
        sheet: printed.table.sheet,
        cells: refs(printed.table.sheet, cells),
        expected: round12(computed),
        actual: p,
        difference,
        tolerance,
        cause: null,
        basis: "cross-reference",
        message: {
          sv: `Soliditet ${printed.year} är tryckt som ${shown} men eget kapital / summa tillgångar ger ${exact}.`,
          en: `Equity ratio ${printed.year} is printed as ${shown} but equity / total assets gives ${exact}.`,
        },
      });
    }
    for (const table of u.tables) shareFindings(table, out);
    return out;
  },
};
