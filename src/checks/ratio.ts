/**
 * ratio: a printed soliditet (equity / total assets) recomputed from the balance sheet of
 * the same year (or from the table's own equity when no balance sheet total is there).
 * The printed percentage stands for an interval of its display step (32 % → [31,5; 32,5]).
 */
import { formatPercentSwedish } from "../core/swedish-format";
import type { Finding } from "../findings/finding";
import { round12 } from "../understand/interval";
import type { Check } from "./check";
import { refs, type CellRef } from "./relation";
import { actualFacts, type Fact } from "./table-lookup";

function sameYear(facts: Fact[], year: number, prefer?: Fact["table"]): Fact | undefined {
  const list = facts.filter((f) => f.year === year);
  return list.find((f) => f.table.kind === "br") ?? list.find((f) => f.table === prefer) ?? list[0];
}

export const ratioCheck: Check = {
  id: "ratio",
  title: { sv: "Nyckeltal", en: "Ratios" },
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
    return out;
  },
};
