/**
 * statement-br: summa tillgångar = summa eget kapital, avsättningar och skulder, in every
 * balance-sheet column. (Each total's own rows are judged by sum.)
 */
import type { Finding } from "../findings/finding";
import type { LegacyCheck as Check } from "./check";
import { judge, relationFinding } from "./support/relation";
import { withRoundingOfItems } from "./support/rounded-total";
import { columnTitle, conceptRow, unitFactor } from "./support/table-lookup";

export const statementBrCheck: Check = {
  id: "statement-br",
  title: { sv: "Balansräkningen balanserar", en: "Balance sheet balances" },
  basis: "cross-reference",
  run(u) {
    const out: Finding[] = [];
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
        out.push(
          relationFinding(
            "statement-br",
            table.sheet,
            [
              { sheet: table.sheet, row: claims.row, col },
              { sheet: table.sheet, row: assets.row, col },
            ],
            verdict,
            {
              sv: `Summa eget kapital, avsättningar och skulder är inte lika med summa tillgångar (${columnTitle(table, col)}).`,
              en: `Total equity, provisions and liabilities does not equal total assets (${columnTitle(table, col)}).`,
            },
            c.step,
          ),
        );
      }
    }
    return out;
  },
};
