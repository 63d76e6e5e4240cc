/**
 * unit: the unit a table states must fit its figures (understanding noticed when it does
 * not: a "kr" header over tkr figures) — an error when the same lines elsewhere confirm the unit
 * the figures show, else a warning — and one table must not mix units in its number formats.
 */
import type { Finding } from "../findings/finding";
import { a1 } from "../model/grid";
import { unitFromFormat } from "../understand/labels";
import { unitWitnesses } from "../understand/unit-from-workbook";
import type { Figure, Unit, UnderstoodTable } from "../understand/types";
import type { LegacyCheck as Check } from "./check";

const EVIDENCE: Partial<Record<Unit, { sv: string; en: string }>> = {
  tkr: { sv: "beloppen har en decimal, som i tkr", en: "the amounts carry one decimal, as in tkr" },
  kr: { sv: "beloppen är i miljontal, som i kr", en: "the amounts run into millions, as in kr" },
};

function warning(table: UnderstoodTable, cells: string[], sv: string, en: string): Finding {
  return { check: "unit", severity: "warning", sheet: table.sheet, cells, expected: null, actual: null, difference: null, tolerance: null, cause: null, message: { sv, en } };
}

export const unitCheck: Check = {
  id: "unit",
  title: { sv: "Enheter", en: "Units" },
  basis: "cell",
  run(u) {
    const out: Finding[] = [];
    for (const table of u.tables) {
      if (table.statedUnit) {
        const why = EVIDENCE[table.unit] ?? { sv: "beloppens storlek", en: "the size of the amounts" };
        const cell = [a1(table.unitRow ?? table.headerRows[0] ?? table.top, table.labelCol)];
        // Confirmed when the same lines elsewhere in the workbook equal these figures in the unit they show, and none in the stated one.
        const witnesses = unitWitnesses(u.tables, table, table.unit);
        if (witnesses > 0 && unitWitnesses(u.tables, table, table.statedUnit) === 0) {
          out.push({
            ...warning(
              table,
              cell,
              `Tabellen anger enheten ${table.statedUnit}, men beloppen är i ${table.unit}: ${witnesses} ${witnesses === 1 ? "rad" : "rader"} har samma belopp i ${table.unit} i en annan tabell.`,
              `The table states the unit ${table.statedUnit}, but its amounts are in ${table.unit}: ${witnesses} ${witnesses === 1 ? "line has" : "lines have"} the same amount in ${table.unit} in another table.`,
            ),
            severity: "error",
            basis: "cross-reference",
          });
        } else {
          out.push(warning(table, cell, `Tabellen anger enheten ${table.statedUnit}, men ${why.sv}: troligen ${table.unit}.`, `The table states the unit ${table.statedUnit}, but ${why.en}: probably ${table.unit}.`));
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
        const list = [...units.keys()].join(", ");
        out.push(
          warning(
            table,
            [...units.values()].map((f) => a1(f.row, f.col)),
            `Tabellen blandar enheter i talformaten (${list}).`,
            `The table mixes units in its number formats (${list}).`,
          ),
        );
      }
    }
    return out;
  },
};
