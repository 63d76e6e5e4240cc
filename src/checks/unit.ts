/**
 * unit: the unit a table states must fit its figures (understanding noticed when it does
 * not: a "kr" header over tkr figures) — an error when the same lines elsewhere confirm the unit
 * the figures show, else a warning — and one table must not mix units in its number formats.
 */
import { a1 } from "../model/grid";
import { unitFromFormat } from "../understand/labels";
import { unitWitnesses } from "../understand/unit-from-workbook";
import type { Figure, Unit } from "../understand/types";
import { defineCheck } from "./check";

const EVIDENCE: Partial<Record<Unit, { sv: string; en: string }>> = {
  tkr: { sv: "beloppen har en decimal, som i tkr", en: "the amounts carry one decimal, as in tkr" },
  kr: { sv: "beloppen är i miljontal, som i kr", en: "the amounts run into millions, as in kr" },
};

export const unitCheck = defineCheck({
  meta: {
    id: "unit",
    title: { sv: "Enheter", en: "Units" },
    basis: "cell",
    compares: {
      sv: "Enheten en tabell anger (kr, tkr, mnkr) mot vad beloppen visar, och att en tabell inte blandar enheter i talformaten.",
      en: "The unit a table states (kr, tkr, mnkr) against what its amounts show, and that a table does not mix units in its number formats.",
    },
    kinds: "any",
    concepts: [],
    messages: {
      confirmedOther: {
        sv: "Tabellen anger enheten {stated}, men beloppen är i {unit}: {witnesses} {lines} samma belopp i {unit} i en annan tabell.",
        en: "The table states the unit {stated}, but its amounts are in {unit}: {witnesses} {lines} the same amount in {unit} in another table.",
      },
      probablyOther: {
        sv: "Tabellen anger enheten {stated}, men {why}: troligen {unit}.",
        en: "The table states the unit {stated}, but {why}: probably {unit}.",
      },
      mixed: {
        sv: "Tabellen blandar enheter i talformaten ({units}).",
        en: "The table mixes units in its number formats ({units}).",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      if (table.statedUnit) {
        const why = EVIDENCE[table.unit] ?? { sv: "beloppens storlek", en: "the size of the amounts" };
        const cells = [a1(table.unitRow ?? table.headerRows[0] ?? table.top, table.labelCol)];
        const units = { stated: table.statedUnit, unit: table.unit };
        // Confirmed when the same lines elsewhere in the workbook equal these figures in the unit they show, and none in the stated one.
        const witnesses = unitWitnesses(u.tables, table, table.unit);
        if (witnesses > 0 && unitWitnesses(u.tables, table, table.statedUnit) === 0) {
          const lines = witnesses === 1 ? { sv: "rad har", en: "line has" } : { sv: "rader har", en: "lines have" };
          ctx.report({
            messageId: "confirmedOther",
            data: { ...units, witnesses, lines },
            at: table.sheet,
            cells,
            severity: "error",
            basis: "cross-reference",
          });
        } else {
          ctx.report({ messageId: "probablyOther", data: { ...units, why }, at: table.sheet, cells, severity: "warning" });
        }
      }
      const units = new Map<Unit, Figure>();
      let lastFormat: string | undefined;
      for (const r of table.rows) {
        r.figures.forEach((f) => {
          // A run of figures in one format names one unit: the first of them is the one kept.
          if (f.numberFormat === lastFormat) return;
          lastFormat = f.numberFormat;
          const fu = unitFromFormat(f.numberFormat);
          if (fu && !units.has(fu)) units.set(fu, f);
        });
      }
      if (units.size > 1) {
        ctx.report({
          messageId: "mixed",
          data: { units: [...units.keys()].join(", ") },
          at: table.sheet,
          cells: [...units.values()].map((f) => a1(f.row, f.col)),
          severity: "warning",
        });
      }
    }
  },
});
