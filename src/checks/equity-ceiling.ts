/**
 * equity-ceiling (only when the user gave a rule): eget kapital of a year against the
 * ceiling the rule sets for that year's member contributions. The rule is the user's
 * (percentage or staircase, core/reserve.ts); no official staircase is built in.
 * Member contributions of a year: a printed total of member contributions, else state +
 * region + municipalities. Equity: the balance sheet's, else a budget's closing
 * balanserat resultat for the same year.
 */
import { reserveCeiling } from "../core/reserve";
import { amountValue } from "../findings/message-text";
import type { Figure, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { defineCheck } from "./check";
import { conceptRow, unitFactor } from "./support/table-lookup";

interface YearFigure {
  table: UnderstoodTable;
  figures: Figure[];
  kr: number;
}

function byYear(u: UnderstoodWorkbook, pick: (t: UnderstoodTable, col: number) => Figure[] | null): Map<number, YearFigure> {
  const m = new Map<number, YearFigure>();
  for (const table of u.tables) {
    for (const c of table.columns) {
      if (c.year === null || c.basis === "difference" || m.has(c.year)) continue;
      const figures = pick(table, c.col);
      if (!figures || figures.length === 0) continue;
      m.set(c.year, { table, figures, kr: figures.reduce((a, f) => a + f.shown, 0) * unitFactor(table) });
    }
  }
  return m;
}

function memberIncome(u: UnderstoodWorkbook): Map<number, YearFigure> {
  return byYear(u, (t, col) => {
    const total = conceptRow(t, "member-total")?.figures.get(col);
    if (total) return [total];
    const parts = ["member-state", "member-region", "member-municipalities"].map((c) => conceptRow(t, c)?.figures.get(col));
    if (parts.every((p) => p)) return parts as Figure[];
    const munis = t.rows.filter((r) => r.concept === "member-municipality").map((r) => r.figures.get(col));
    if (parts[0] && parts[1] && munis.length && munis.every((m) => m)) return [parts[0], parts[1], ...(munis as Figure[])];
    return null;
  });
}

function equity(u: UnderstoodWorkbook): Map<number, YearFigure> {
  const br = byYear(u, (t, col) => (t.kind === "br" ? [conceptRow(t, "equity")?.figures.get(col)].filter((f): f is Figure => !!f) : null));
  const budget = byYear(u, (t, col) => [conceptRow(t, "retained-closing")?.figures.get(col)].filter((f): f is Figure => !!f));
  for (const [y, f] of budget) if (!br.has(y)) br.set(y, f);
  return br;
}

export const equityCeilingCheck = defineCheck({
  meta: {
    id: "equity-ceiling",
    title: { sv: "Tak för eget kapital", en: "Ceiling on equity" },
    basis: "label",
    compares: {
      sv: "Eget kapital ett år mot taket som er regel (procentsats eller trappa) ger för årets medlemsavgifter (bara när en regel är angiven).",
      en: "Equity of a year against the ceiling your rule (a rate or a staircase) sets for that year's member contributions (only when a rule is given).",
    },
    kinds: "any",
    concepts: ["equity", "retained-closing", "member-total", "member-state", "member-region", "member-municipalities", "member-municipality"],
    messages: {
      overCeiling: {
        sv: "Eget kapital {year} ({equity} kr) överstiger taket enligt er regel ({ceiling} kr för medlemsavgifter på {income} kr) med {excess} kr.",
        en: "Equity {year} ({equity} kr) exceeds the ceiling under your rule ({ceiling} kr for member contributions of {income} kr) by {excess} kr.",
      },
    },
  },
  run(u, ctx) {
    const rule = ctx.config.equityCeiling;
    if (!rule) return;
    const income = memberIncome(u);
    for (const [year, ek] of equity(u)) {
      const inc = income.get(year);
      // Negative member contributions (a misread table or a refund) set no ceiling; the rule would refuse them.
      if (!inc || inc.kr < 0) continue;
      const ceiling = reserveCeiling(inc.kr, rule);
      const excess = ek.kr - ceiling;
      if (excess <= 0) continue;
      const f = ek.figures[0];
      const k = unitFactor(ek.table);
      ctx.report({
        messageId: "overCeiling",
        data: { year, equity: amountValue(ek.kr), ceiling: amountValue(ceiling), income: amountValue(inc.kr), excess: amountValue(excess) },
        at: ek.table,
        cells: [{ sheet: ek.table.sheet, row: f.row, col: f.col }, ...inc.figures.map((x) => ({ sheet: inc.table.sheet, row: x.row, col: x.col }))],
        severity: "warning",
        figures: { expected: ceiling / k, actual: ek.kr / k, difference: excess / k, tolerance: 0 },
      });
    }
  },
});
