/**
 * unit: the unit a table declares must fit its figures. A "kr" table whose amounts carry
 * one decimal is in tkr; a "tkr" or "mnkr" table with amounts in the millions is in kr
 * (a Finsam förbund turns over 5–40 Mkr a year). Number formats naming different units
 * in one table are a mix.
 */
import type { Finding } from "../findings/finding";
import { a1 } from "../model/grid";
import { unitFromFormat } from "../understand/labels";
import type { Figure, Unit, UnderstoodTable } from "../understand/types";
import type { Check } from "./check";

const AMOUNT_ROLES = new Set(["item", "subtotal", "total", "varav-parent", "varav-child", "result", "closing"]);

function amounts(table: UnderstoodTable): Figure[] {
  const out: Figure[] = [];
  for (const r of table.rows) {
    if (!AMOUNT_ROLES.has(r.role)) continue;
    for (const f of r.figures.values()) if (!f.percent && f.shown !== 0) out.push(f);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

function where(table: UnderstoodTable): string {
  return a1(table.unitRow ?? table.headerRows[0] ?? table.top, table.labelCol);
}

function mismatch(table: UnderstoodTable, figures: Figure[]): { likely: Unit; sv: string; en: string } | null {
  const decimals1 = figures.filter((f) => Math.abs(f.step - 0.1) < 1e-12).length;
  const typical = median(figures.map((f) => Math.abs(f.shown)));
  if (table.unit === "kr" && decimals1 * 2 > figures.length) {
    return { likely: "tkr", sv: "beloppen har en decimal, som i tkr", en: "the amounts carry one decimal, as in tkr" };
  }
  if (table.unit === "tkr" && typical >= 500_000) {
    return { likely: "kr", sv: "beloppen är i miljontal, som i kr", en: "the amounts run into millions, as in kr" };
  }
  if (table.unit === "mnkr" && typical >= 1_000) {
    return { likely: "tkr", sv: "beloppen är för stora för mnkr", en: "the amounts are too large for mnkr" };
  }
  return null;
}

export const unitCheck: Check = {
  id: "unit",
  title: { sv: "Enheter", en: "Units" },
  run(u) {
    const out: Finding[] = [];
    for (const table of u.tables) {
      const figures = amounts(table);
      if (figures.length < 3) continue;
      const declared = table.unitSource === "unit-line" || table.unitSource === "header";
      const m = declared ? mismatch(table, figures) : null;
      if (m) {
        out.push({
          check: "unit",
          severity: "warning",
          sheet: table.sheet,
          cells: [where(table)],
          expected: null,
          actual: null,
          difference: null,
          tolerance: null,
          cause: null,
          message: {
            sv: `Tabellen anger enheten ${table.unit}, men ${m.sv}: troligen ${m.likely}.`,
            en: `The table states the unit ${table.unit}, but ${m.en}: probably ${m.likely}.`,
          },
        });
      }
      const units = new Map<Unit, Figure>();
      for (const f of figures) {
        const fu = unitFromFormat(f.numberFormat);
        if (fu && !units.has(fu)) units.set(fu, f);
      }
      if (units.size > 1) {
        const cells = [...units.values()].map((f) => a1(f.row, f.col));
        out.push({
          check: "unit",
          severity: "warning",
          sheet: table.sheet,
          cells,
          expected: null,
          actual: null,
          difference: null,
          tolerance: null,
          cause: null,
          message: {
            sv: `Tabellen blandar enheter i talformaten (${[...units.keys()].join(", ")}).`,
            en: `The table mixes units in its number formats (${[...units.keys()].join(", ")}).`,
          },
        });
      }
    }
    return out;
  },
};
