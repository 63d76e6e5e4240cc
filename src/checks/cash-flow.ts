/**
 * cash-flow: the cash-flow statement adds up (result lines and "likvida medel vid årets
 * slut" = början + årets kassaflöde) and agrees with the balance sheet: closing cash = BR
 * kassa och bank, opening cash = the year before's, årets kassaflöde = the change in BR
 * cash, the change in receivables = −(UB − IB) and in liabilities = UB − IB.
 */
import { round12 } from "../understand/interval";
import type { Figure, UnderstoodRow, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { defineCheck, type CheckContext } from "./check";
import { coverageBasis, describeTerms, judgeCoverage } from "./support/coverage-relation";
import { judge, type CellRef, type Term, type Verdict } from "./support/relation";
import { withRoundingOfItems } from "./support/rounded-total";
import { actualIn, columnTitle, conceptRow, inUnitOf, rowName, unitFactor } from "./support/table-lookup";

type CashFlowContext = CheckContext<keyof typeof cashFlowCheck.meta.messages>;

function internal(table: UnderstoodTable, ctx: CashFlowContext): void {
  for (const row of table.rows) {
    if ((row.role !== "result" && row.role !== "closing") || !row.covers?.length) continue;
    const described = describeTerms(table, row);
    const terms = described.sv ? described : { sv: "raderna ovanför i kassaflödesanalysen", en: "the lines above it in the cash-flow statement" };
    const basis = coverageBasis(table, row);
    for (const { col, verdict } of judgeCoverage(table, row)) {
      ctx.report({
        messageId: "line",
        data: { row: rowName(table, row), column: columnTitle(table, col), terms },
        at: table,
        cells: [{ sheet: table.sheet, row: row.row, col }],
        // A relation read from labels alone, not confirmed by the other columns, is too weak for an error.
        verdict: basis === "label" && verdict.severity === "error" ? { ...verdict, severity: "warning" } : verdict,
        step: row.figures.get(col)!.step,
        basis,
      });
    }
  }
}

interface Link {
  kf: string;
  br: string;
  /** KF figure = sign × (BR year y − BR year y−1) when delta, else = BR year (y + lag). */
  mode: "same" | "previous" | "delta";
  sign: 1 | -1;
  /** Its message. */
  messageId: "closingCash" | "openingCash" | "cashFlowYear" | "receivablesChange" | "liabilitiesChange";
}

const LINKS: Link[] = [
  { kf: "cash-closing", br: "cash", mode: "same", sign: 1, messageId: "closingCash" },
  { kf: "cash-opening", br: "cash", mode: "previous", sign: 1, messageId: "openingCash" },
  { kf: "cash-flow-year", br: "cash", mode: "delta", sign: 1, messageId: "cashFlowYear" },
  { kf: "receivables-change", br: "receivables", mode: "delta", sign: -1, messageId: "receivablesChange" },
  { kf: "liabilities-change", br: "current-liabilities", mode: "delta", sign: 1, messageId: "liabilitiesChange" },
];

/** Other BR lines that belong to working capital of the same kind (the KF change covers them too), and the total that gathers them. */
const SAME_KIND: Record<string, { line: RegExp; total: RegExp }> = {
  receivables: { line: /fordring|förutbetalda kostnader|upplupna intäkter/, total: /^summa (kortfristiga )?fordringar$/ },
  "current-liabilities": { line: /skuld|upplupna kostnader|förutbetalda intäkter/, total: /^summa kortfristiga skulder$/ },
};

/**
 * The BR line a KF change is measured against: the concept line, or the "Summa …" total
 * it sits in. null when the BR has other lines of the same kind outside it (the KF change
 * would cover those too, and no single line says what).
 */
function balanceLine(br: UnderstoodTable, concept: string): UnderstoodRow | null {
  let line = conceptRow(br, concept);
  if (!line) return null;
  const kind = SAME_KIND[concept];
  if (!kind) return line;
  const cover = coveringTotal(br, line);
  if (cover && kind.total.test(cover.key)) line = cover;
  const inside = new Set([line.row, ...(line.covers ?? [])]);
  const outside = br.rows.some((r) => !inside.has(r.row) && r.figures.size > 0 && !r.covers?.length && kind.line.test(r.key) && !/långfristig/.test(r.key));
  return outside ? null : line;
}

/** The BR's loose lines of a working-capital kind (fordringar with förutbetalda kostnader och upplupna intäkter, …), outside long-term items and totals. */
function sameKindLines(br: UnderstoodTable, concept: string): UnderstoodRow[] {
  const kind = SAME_KIND[concept];
  if (!kind) return [];
  return br.rows.filter((r) => r.figures.size > 0 && !r.covers?.length && kind.line.test(r.key) && !/långfristig/.test(r.key));
}

/** Σ of the rows' figures in the actual column of a year; null when none has one there. */
function summedIn(br: UnderstoodTable, rows: UnderstoodRow[], year: number): { shown: number; step: number; cells: Figure[] } | null {
  const cells = rows.map((r) => actualIn(br, r, year)).filter((f): f is Figure => f !== undefined);
  if (cells.length === 0) return null;
  return { shown: round12(cells.reduce((a, f) => a + f.shown, 0)), step: round12(cells.reduce((a, f) => a + f.step, 0)), cells };
}

/**
 * A KF change in working capital when no single BR line says what it covers: the concept
 * line alone, or all lines of its kind. The KF figure matching one of them with the
 * opposite sign is a flipped sign (an error); matching none, what it covers is not known: silence.
 */
function signAgainstLines(u: UnderstoodWorkbook, kf: UnderstoodTable, row: UnderstoodRow, link: Link, ctx: CashFlowContext): void {
  for (const column of kf.columns) {
    const f = row.figures.get(column.col);
    if (!f || column.year === null || f.shown === 0) continue;
    const y = column.year;
    for (const br of u.tables) {
      if (br.kind !== "br") continue;
      const line = conceptRow(br, link.br);
      const readings = [line ? [line] : [], sameKindLines(br, link.br)].filter((rows) => rows.length > 0);
      let flipped: { verdict: Verdict; cells: Figure[] } | null = null;
      let holds = false;
      for (const rows of readings) {
        const now = summedIn(br, rows, y);
        const before = summedIn(br, rows, y - 1);
        if (!now || !before) continue;
        const terms: Term[] = [
          { figure: inUnitOf(now, br, kf), sign: link.sign },
          { figure: inUnitOf(before, br, kf), sign: -link.sign },
        ];
        const verdict = judge(f, terms, unitFactor(kf));
        if (!verdict || verdict.severity !== "error") holds = true;
        else if (!flipped && verdict.cause === "sign-flipped" && round12(verdict.expected) !== 0) flipped = { verdict, cells: [...now.cells, ...before.cells] };
      }
      if (readings.length === 0) continue;
      if (!holds && flipped) {
        const cells: CellRef[] = [
          { sheet: kf.sheet, row: row.row, col: column.col },
          ...flipped.cells.map((c) => ({ sheet: br.sheet, row: c.row, col: c.col })),
        ];
        ctx.report({ messageId: link.messageId, data: { year: y }, at: kf, cells, verdict: flipped.verdict, step: f.step, basis: "cross-reference" });
      }
      break;
    }
  }
}

function coveringTotal(table: UnderstoodTable, row: UnderstoodRow): UnderstoodRow | undefined {
  return table.rows.find((r) => r.covers?.includes(row.row) && (r.role === "subtotal" || r.role === "total"));
}

function againstBalanceSheet(u: UnderstoodWorkbook, kf: UnderstoodTable, ctx: CashFlowContext): void {
  const brs = u.tables.filter((t) => t.kind === "br");
  for (const link of LINKS) {
    const row = conceptRow(kf, link.kf);
    if (!row) continue;
    if (link.mode === "delta" && SAME_KIND[link.br] && brs.length > 0 && brs.every((br) => balanceLine(br, link.br) === null)) {
      signAgainstLines(u, kf, row, link, ctx);
      continue;
    }
    for (const column of kf.columns) {
      const f = row.figures.get(column.col);
      if (!f || column.year === null) continue;
      const y = column.year;
      for (const br of brs) {
        const brRow = balanceLine(br, link.br) ?? undefined;
        const now = actualIn(br, brRow, link.mode === "previous" ? y - 1 : y);
        const before = link.mode === "delta" ? actualIn(br, brRow, y - 1) : undefined;
        if (!now || (link.mode === "delta" && !before)) continue;
        const terms: Term[] = [{ figure: inUnitOf(withRoundingOfItems(br, brRow, now), br, kf), sign: link.sign }];
        if (before) terms.push({ figure: inUnitOf(withRoundingOfItems(br, brRow, before), br, kf), sign: -link.sign });
        const verdict = judge(withRoundingOfItems(kf, row, f), terms, unitFactor(kf));
        if (!verdict) break;
        const cells: CellRef[] = [
          { sheet: kf.sheet, row: row.row, col: column.col },
          { sheet: br.sheet, row: now.row, col: now.col },
        ];
        if (before) cells.push({ sheet: br.sheet, row: before.row, col: before.col });
        ctx.report({ messageId: link.messageId, data: { year: y }, at: kf, cells, verdict, step: f.step, basis: "cross-reference" });
        break;
      }
    }
  }
}

export const cashFlowCheck = defineCheck({
  meta: {
    id: "cash-flow",
    title: { sv: "Kassaflödesanalys", en: "Cash-flow statement" },
    basis: "cross-reference",
    compares: {
      sv: "Kassaflödesanalysens resultatrader och likvida medel vid årets slut mot raderna ovanför, och mot balansräkningen: utgående och ingående kassa, årets kassaflöde, förändringen av fordringar och av kortfristiga skulder.",
      en: "The cash-flow statement's result lines and closing cash against the lines above, and against the balance sheet: closing and opening cash, the year's cash flow, the change in receivables and in current liabilities.",
    },
    kinds: ["kf", "br"],
    concepts: ["cash-closing", "cash-opening", "cash-flow-year", "receivables-change", "liabilities-change", "cash", "receivables", "current-liabilities"],
    messages: {
      line: { sv: "{row} ({column}) stämmer inte med {terms}.", en: "{row} ({column}) does not equal {terms}." },
      closingCash: {
        sv: "Likvida medel vid årets slut är inte kassa och bank i balansräkningen ({year}).",
        en: "Closing cash is not the balance sheet's cash and bank ({year}).",
      },
      openingCash: {
        sv: "Likvida medel vid årets början är inte föregående års kassa och bank ({year}).",
        en: "Opening cash is not the previous year's cash and bank ({year}).",
      },
      cashFlowYear: {
        sv: "Årets kassaflöde är inte förändringen av kassa och bank i balansräkningen ({year}).",
        en: "The year's cash flow is not the change in cash and bank in the balance sheet ({year}).",
      },
      receivablesChange: {
        sv: "Förändringen av fordringar stämmer inte med balansräkningen (ska vara −(UB − IB)) ({year}).",
        en: "The change in receivables does not match the balance sheet (should be −(closing − opening)) ({year}).",
      },
      liabilitiesChange: {
        sv: "Förändringen av kortfristiga skulder stämmer inte med balansräkningen (UB − IB) ({year}).",
        en: "The change in current liabilities does not match the balance sheet (closing − opening) ({year}).",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      if (table.kind !== "kf") continue;
      internal(table, ctx);
      againstBalanceSheet(u, table, ctx);
    }
  },
});
