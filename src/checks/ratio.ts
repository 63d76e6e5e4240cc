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
import { actualFacts, columnTitle, rowTitle, rowTitleEn, type Fact } from "./table-lookup";

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

function shareFindings(table: UnderstoodTable, out: Finding[]): void {
  for (const pc of table.columns) {
    if (!SHARE_HEADER.test(pc.header) || OTHER_RATIO.test(pc.header)) continue;
    // The amount column beside it: the nearest to the left, else to the right.
    const amounts = table.columns.filter((c) => !SHARE_HEADER.test(c.header) && c.basis !== "difference");
    const amountCol = [...amounts].reverse().find((c) => c.col < pc.col) ?? amounts.find((c) => c.col > pc.col);
    if (!amountCol) continue;
    const lines = table.rows.filter((r) => r.figures.has(pc.col) && r.figures.has(amountCol.col) && r.role !== "section-heading");
    const totals = lines.filter((r) => r.role === "total" || r.role === "subtotal");
    const total: UnderstoodRow | undefined = totals.find((r) => r.role === "total") ?? totals[totals.length - 1];
    const items = lines.filter((r) => r.role === "item" || r.role === "varav-parent");
    const denominator = total ? total.figures.get(amountCol.col)!.value : items.reduce((a, r) => a + r.figures.get(amountCol.col)!.value, 0);
    if (!(denominator > 0)) continue;
    const scale = inPercentNumbers(lines, pc.col) ? 100 : 1;
    for (const r of lines) {
      const share = r.figures.get(pc.col)!;
      const p = share.shown / scale;
      const half = share.step / scale / 2;
      const computed = r.figures.get(amountCol.col)!.value / denominator;
      const tolerance = round12(half + (r.figures.get(amountCol.col)!.step / 2) / denominator);
      const difference = round12(p - computed);
      if (Math.abs(difference) <= tolerance) continue;
      out.push({
        check: "ratio",
        severity: "error",
        sheet: table.sheet,
        cells: refs(table.sheet, [
          { sheet: table.sheet, row: r.row, col: pc.col },
          { sheet: table.sheet, row: r.row, col: amountCol.col },
        ]),
        expected: round12(computed),
        actual: p,
        difference,
        tolerance,
        cause: null,
        message: {
          sv: `Andelen på ${rowTitle(r)} (${columnTitle(table, pc.col)}) är ${formatPercentSwedish(p, 1)} men beloppet ger ${formatPercentSwedish(computed, 1)} av totalen.`,
          en: `The share on ${rowTitleEn(r)} (${columnTitle(table, pc.col)}) is ${formatPercentSwedish(p, 1)} but the amount gives ${formatPercentSwedish(computed, 1)} of the total.`,
        },
      });
    }
  }
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
        { sheet: ek.table.sheet, row: ek.row.row, col: ek.figure.col },
        { sheet: ta.table.sheet, row: ta.row.row, col: ta.figure.col },
      ];
      const exact = formatPercentSwedish(computed, 1);
      const shown = formatPercentSwedish(p, step < 0.01 ? 1 : 0);
      out.push({
        check: "ratio",
        severity: "error",
        sheet: printed.table.sheet,
        cells: refs(printed.table.sheet, cells),
        expected: round12(computed),
        actual: p,
        difference,
        tolerance,
        cause: null,
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
