/**
 * statement-br: summa tillgångar = summa eget kapital, avsättningar och skulder, in every
 * balance-sheet column. (Each total's own rows are judged by sum.)
 */
import { defineCheck } from "./check";
import { judge } from "./support/relation";
import { withRoundingOfItems } from "./support/rounded-total";
import { columnTitle, conceptRow, unitFactor } from "./support/table-lookup";

export const statementBrCheck = defineCheck({
  meta: {
    id: "statement-br",
    title: { sv: "Balansräkningen balanserar", en: "Balance sheet balances" },
    basis: "cross-reference",
    compares: {
      sv: "Summa tillgångar mot summa eget kapital, avsättningar och skulder i varje kolumn av balansräkningen.",
      en: "Total assets against total equity, provisions and liabilities in every column of the balance sheet.",
    },
    kinds: ["br"],
    concepts: ["total-assets", "total-equity-liabilities"],
    messages: {
      unbalanced: {
        sv: "Summa eget kapital, avsättningar och skulder är inte lika med summa tillgångar ({column}).",
        en: "Total equity, provisions and liabilities does not equal total assets ({column}).",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      if (table.kind !== "br") continue;
      const assets = conceptRow(table, "total-assets");
      const claims = conceptRow(table, "total-equity-liabilities");
      if (!assets || !claims) continue;
      for (const [col, a] of assets.figures) {
        const c = claims.figures.get(col);
        if (!c) continue;
        const verdict = judge(withRoundingOfItems(table, claims, c), [{ figure: withRoundingOfItems(table, assets, a), sign: 1 }], unitFactor(table));
        if (!verdict) continue;
        ctx.report({
          messageId: "unbalanced",
          data: { column: columnTitle(table, col) },
          at: table,
          cells: [
            { sheet: table.sheet, row: claims.row, col },
            { sheet: table.sheet, row: assets.row, col },
          ],
          verdict,
          step: c.step,
        });
      }
    }
  },
});
