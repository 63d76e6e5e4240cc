/**
 * member-split: the state pays half, the region a quarter, the municipalities together a
 * quarter; the municipal parts add up to the municipal quarter. With a printed total of
 * member contributions the halves and quarters are taken of it; without one, state =
 * region + municipalities and region = municipalities.
 */
import type { LocalizedText } from "../findings/finding";
import { formatAmount, type Lang } from "../findings/message-text";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck } from "./check";
import { judge, type CellRef, type Term, type Verdict } from "./support/relation";
import { columnTitle } from "./support/table-lookup";

function rows(table: UnderstoodTable, concept: string): UnderstoodRow[] {
  return table.rows.filter((r) => r.concept === concept);
}

/** "Kommun A 40,00 %, Kommun B 60,00 %" in each language; null when there is no positive whole. */
function shares(parts: { row: UnderstoodRow; value: number }[], total: number): LocalizedText | null {
  if (total <= 0 || parts.length === 0) return null;
  const text = (lang: Lang) => parts.map((p) => `${p.row.label} ${formatAmount((100 * p.value) / total, 2, lang)} %`).join(", ");
  return { sv: text("sv"), en: text("en") };
}

export const memberSplitCheck = defineCheck({
  meta: {
    id: "member-split",
    title: { sv: "Fördelning mellan medlemmarna", en: "Split between the members" },
    basis: "label+arithmetic",
    compares: {
      sv: "Medlemsavgifterna: staten hälften, regionen en fjärdedel, kommunerna tillsammans en fjärdedel (av den tryckta summan, annars staten = region + kommuner och region = kommuner).",
      en: "The member contributions: the state half, the region a quarter, the municipalities together a quarter (of the printed total, else state = region + municipalities and region = municipalities).",
    },
    kinds: "any",
    concepts: ["member-state", "member-region", "member-municipalities", "member-municipality", "member-total"],
    messages: {
      stateHalf: { sv: "Staten ska stå för hälften av medlemsavgifterna ({column}).", en: "The state should pay half of the member contributions ({column})." },
      regionQuarter: {
        sv: "Regionen ska stå för en fjärdedel av medlemsavgifterna ({column}).",
        en: "The region should pay a quarter of the member contributions ({column}).",
      },
      municipalitiesQuarter: {
        sv: "Kommunernas delar ska tillsammans vara en fjärdedel av medlemsavgifterna ({column}).",
        en: "The municipalities' parts should add up to a quarter of the member contributions ({column}).",
      },
      municipalitiesQuarterSplit: {
        sv: "Kommunernas delar ska tillsammans vara en fjärdedel av medlemsavgifterna ({column}). Fördelning: {split}.",
        en: "The municipalities' parts should add up to a quarter of the member contributions ({column}). Split: {split}.",
      },
      stateEqualsOthers: {
        sv: "Staten ska betala lika mycket som regionen och kommunerna tillsammans ({column}).",
        en: "The state should pay as much as the region and the municipalities together ({column}).",
      },
      municipalitiesEqualRegion: {
        sv: "Kommunernas delar ska tillsammans vara lika stora som regionens ({column}).",
        en: "The municipalities' parts should add up to the region's ({column}).",
      },
      municipalitiesEqualRegionSplit: {
        sv: "Kommunernas delar ska tillsammans vara lika stora som regionens ({column}). Fördelning: {split}.",
        en: "The municipalities' parts should add up to the region's ({column}). Split: {split}.",
      },
    },
  },
  run(u, ctx) {
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
        const where = columnTitle(table, col);
        const report = (actualRows: UnderstoodRow[], verdict: Verdict | null, messageId: MemberSplitMessage, split?: LocalizedText | null) => {
          if (verdict) ctx.report({ messageId, data: split ? { column: where, split } : { column: where }, at: table, cells: actualRows.map(cell), verdict });
        };
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
        const muniActual = { shown: muniSum, step: 1 };
        const roundingOfParts = muniTerms.map((m) => ({ figure: { shown: 0, step: m.figure.step }, sign: 1 }));
        if (t) {
          const half = { shown: t.shown / 2, step: t.step / 2 };
          const quarter = { shown: t.shown / 4, step: t.step / 4 };
          report([state, total!], judge(s, [{ figure: half, sign: 1 }]), "stateHalf");
          report([region, total!], judge(r, [{ figure: quarter, sign: 1 }]), "regionQuarter");
          const v = judge(muniActual, [{ figure: quarter, sign: 1 }, ...roundingOfParts]);
          report(parent ? [parent, total!] : [...munis, total!], v, split ? "municipalitiesQuarterSplit" : "municipalitiesQuarter", split);
        } else {
          report([state, region, ...(parent ? [parent] : munis)], judge(s, [{ figure: r, sign: 1 }, ...muniTerms]), "stateEqualsOthers");
          const v = judge(muniActual, [{ figure: r, sign: 1 }, ...roundingOfParts]);
          report(parent ? [parent, region] : [...munis, region], v, split ? "municipalitiesEqualRegionSplit" : "municipalitiesEqualRegion", split);
        }
      }
    }
  },
});

type MemberSplitMessage = keyof typeof memberSplitCheck.meta.messages;
