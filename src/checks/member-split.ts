/**
 * member-split: the state pays half, the region a quarter, the municipalities together a
 * quarter; the municipal parts add up to the municipal quarter. With a printed total of
 * member contributions the halves and quarters are taken of it; without one, state =
 * region + municipalities and region = municipalities.
 */
import type { Finding } from "../findings/finding";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import type { LegacyCheck as Check } from "./check";
import { judge, relationFinding, type CellRef, type Term } from "./support/relation";
import { columnTitle } from "./support/table-lookup";

function rows(table: UnderstoodTable, concept: string): UnderstoodRow[] {
  return table.rows.filter((r) => r.concept === concept);
}

function shares(parts: { row: UnderstoodRow; value: number }[], total: number): string {
  if (total <= 0) return "";
  return parts.map((p) => `${p.row.label} ${((100 * p.value) / total).toFixed(2).replace(".", ",")} %`).join(", ");
}

export const memberSplitCheck: Check = {
  id: "member-split",
  title: { sv: "Fördelning mellan medlemmarna", en: "Split between the members" },
  basis: "label+arithmetic",
  run(u) {
    const out: Finding[] = [];
    for (const table of u.tables) {
      const state = rows(table, "member-state")[0];
      const region = rows(table, "member-region")[0];
      const parent = rows(table, "member-municipalities")[0];
      const munis = rows(table, "member-municipality");
      const total = rows(table, "member-total")[0];
      if (!state || !region || (!parent && munis.length === 0)) continue;
      for (const column of table.columns) {
        if (column.basis === "difference") continue;
        const col = column.col;
        const s = state.figures.get(col);
        const r = region.figures.get(col);
        const t = total?.figures.get(col);
        // A share column ("Andel" in per cent) states the split itself; the ratio check judges it.
        if (!s || !r || s.percent || r.percent) continue;
        const cell = (row: UnderstoodRow): CellRef => ({ sheet: table.sheet, row: row.row, col });
        const report = (actualRows: UnderstoodRow[], v: ReturnType<typeof judge>, sv: string, en: string) => {
          if (v) out.push(relationFinding("member-split", table.sheet, actualRows.map(cell), v, { sv, en }, 1));
        };
        const where = columnTitle(table, col);
        // Municipal quarter: the varav parent, or the sum of the municipality lines.
        const muniFigures = munis.map((m) => m.figures.get(col)).filter((f) => f !== undefined);
        const muniTerms: Term[] = parent?.figures.get(col)
          ? [{ figure: parent.figures.get(col)!, sign: 1 }]
          : muniFigures.map((f) => ({ figure: f!, sign: 1 }));
        if (muniTerms.length === 0) continue;
        const muniSum = muniTerms.reduce((a, x) => a + x.figure.shown, 0);
        const split = shares(
          munis.filter((m) => m.figures.get(col)).map((m) => ({ row: m, value: m.figures.get(col)!.shown })),
          muniSum,
        );
        const splitSv = split ? ` Fördelning: ${split}.` : "";
        const splitEn = split ? ` Split: ${split}.` : "";
        if (t) {
          const half = { shown: t.shown / 2, step: t.step / 2 };
          const quarter = { shown: t.shown / 4, step: t.step / 4 };
          report([state, total!], judge(s, [{ figure: half, sign: 1 }]), `Staten ska stå för hälften av medlemsavgifterna (${where}).`, `The state should pay half of the member contributions (${where}).`);
          report([region, total!], judge(r, [{ figure: quarter, sign: 1 }]), `Regionen ska stå för en fjärdedel av medlemsavgifterna (${where}).`, `The region should pay a quarter of the member contributions (${where}).`);
          const muniActual = { shown: muniSum, step: 1 };
          const v = judge(muniActual, [{ figure: quarter, sign: 1 }, ...muniTerms.map((m) => ({ figure: { shown: 0, step: m.figure.step }, sign: 1 }))]);
          report(
            parent ? [parent, total!] : [...munis, total!],
            v,
            `Kommunernas delar ska tillsammans vara en fjärdedel av medlemsavgifterna (${where}).${splitSv}`,
            `The municipalities' parts should add up to a quarter of the member contributions (${where}).${splitEn}`,
          );
        } else {
          const muniActual = { shown: muniSum, step: 1 };
          report([state, region, ...(parent ? [parent] : munis)], judge(s, [{ figure: r, sign: 1 }, ...muniTerms]), `Staten ska betala lika mycket som regionen och kommunerna tillsammans (${where}).`, `The state should pay as much as the region and the municipalities together (${where}).`);
          const v = judge(muniActual, [{ figure: r, sign: 1 }, ...muniTerms.map((m) => ({ figure: { shown: 0, step: m.figure.step }, sign: 1 }))]);
          report(
            parent ? [parent, region] : [...munis, region],
            v,
            `Kommunernas delar ska tillsammans vara lika stora som regionens (${where}).${splitSv}`,
            `The municipalities' parts should add up to the region's (${where}).${splitEn}`,
          );
        }
      }
    }
    return out;
  },
};
