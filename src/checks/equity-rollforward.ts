/**
 * equity-rollforward: equity moves only by the year's result.
 * - In a table with equity and result per year (5-årsöversikt): EK(y) = EK(y−1) + resultat(y).
 * - In a balance sheet: equity at the start of year y (övrigt eget kapital, or equity −
 *   årets resultat) = equity of year y−1, in the same sheet or another table of the workbook.
 * - In a budget: balanserat resultat årets slut = årets början + årets resultat, and the
 *   opening of year y = the closing of year y−1 (prognos or utfall preferred to budget).
 */
import type { Figure, UnderstoodColumn, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { defineCheck, type CheckContext, type Report } from "./check";
import { coverageBasis, judgeCoverage } from "./support/coverage-relation";
import { judge, type CellRef } from "./support/relation";
import { withRoundingOfItems } from "./support/rounded-total";
import { actualFacts, columnTitle, conceptRow, figureCells, inUnitOf, isActualColumn, rowName, unitFactor } from "./support/table-lookup";

function yearColumns(table: UnderstoodTable): Map<number, UnderstoodColumn> {
  const m = new Map<number, UnderstoodColumn>();
  for (const c of table.columns) if (c.year !== null && c.basis !== "difference" && !m.has(c.year)) m.set(c.year, c);
  return m;
}

/** EK(y) = EK(y−1) + resultat(y) across the year columns of one table. */
function yearByYear(table: UnderstoodTable, ctx: RollforwardContext): void {
  if (table.kind === "br" || table.kind === "budget") return;
  const equity = conceptRow(table, "equity");
  const result = conceptRow(table, "result");
  if (!equity || !result) return;
  const cols = yearColumns(table);
  const found: RollforwardReport[] = [];
  let holds = 0;
  for (const [y, c] of cols) {
    const prev = cols.get(y - 1);
    if (!prev) continue;
    const ek = equity.figures.get(c.col);
    const ekPrev = equity.figures.get(prev.col);
    const res = result.figures.get(c.col);
    if (!ek || !ekPrev || !res) continue;
    const verdict = judge(
      withRoundingOfItems(table, equity, ek),
      [
        { figure: withRoundingOfItems(table, equity, ekPrev), sign: 1 },
        { figure: withRoundingOfItems(table, result, res), sign: 1 },
      ],
      unitFactor(table),
    );
    if (!verdict || verdict.severity !== "error") holds++;
    if (!verdict) continue;
    found.push({
      messageId: "yearByYear",
      data: { year: y, previous: y - 1 },
      at: table,
      cells: [
        { sheet: table.sheet, row: equity.row, col: c.col },
        { sheet: table.sheet, row: equity.row, col: prev.col },
        { sheet: table.sheet, row: result.row, col: c.col },
      ],
      verdict,
      step: ek.step,
    });
  }
  // The relation holding in another pair of years confirms that the lines are what their labels say.
  for (const f of found) ctx.report({ ...f, basis: holds > 0 ? "label+arithmetic" : "cross-reference" });
}

/**
 * BR: equity at the start of year y = equity at the end of y−1, wherever that is printed.
 * When equity is just övrigt eget kapital + årets resultat, the opening is that line;
 * with more parts (reservfond, förbundsreserv …) it is equity − årets resultat.
 */
function openingEqualsPriorClosing(u: UnderstoodWorkbook, ctx: RollforwardContext): void {
  const closing = actualFacts(u, "equity");
  for (const br of u.tables) {
    if (br.kind !== "br") continue;
    const equity = conceptRow(br, "equity");
    const result = conceptRow(br, "result");
    const other = conceptRow(br, "other-equity");
    if (!equity || !result) continue;
    const twoParts = other !== undefined && equity.covers?.length === 2 && equity.covers.includes(other.row) && equity.covers.includes(result.row);
    for (const column of br.columns) {
      if (column.year === null || !isActualColumn(br, column)) continue;
      const y = column.year;
      // Prefer the balance sheet's own column for y−1, then other tables in sheet order.
      const prior = closing.filter((c) => c.year === y - 1).sort((a, b) => Number(b.table === br) - Number(a.table === br))[0];
      if (!prior) continue;
      const priorFigure = { figure: inUnitOf(withRoundingOfItems(prior.table, prior.row, prior.figure), prior.table, br), sign: 1 };
      const ek = equity.figures.get(column.col);
      const res = result.figures.get(column.col);
      const opening = twoParts ? other!.figures.get(column.col) : undefined;
      let verdict;
      let cells: CellRef[];
      let label: string;
      if (opening) {
        verdict = judge(opening, [priorFigure], unitFactor(br));
        cells = [{ sheet: br.sheet, row: other!.row, col: column.col }];
        label = other!.label;
      } else if (ek && res) {
        // equity(y) = equity(y−1) + result(y)
        verdict = judge(withRoundingOfItems(br, equity, ek), [priorFigure, { figure: withRoundingOfItems(br, result, res), sign: 1 }], unitFactor(br));
        cells = figureCells(br, equity, column.col);
        if (!equity.derived || !equity.covers?.includes(result.row)) cells.push({ sheet: br.sheet, row: result.row, col: column.col });
        label = `${equity.derived ? `(${equity.label})` : equity.label} − ${result.label}`;
      } else continue;
      if (!verdict) continue;
      cells.push(...figureCells(prior.table, prior.row, prior.figure.col));
      // Total equity summed from loose lines that no balance total confirms is too weak a structure for an error.
      const weak = (equity.derived === "label" || prior.row.derived === "label") && verdict.severity === "error";
      ctx.report({
        messageId: "openingEquity",
        data: { year: y, line: label, previous: y - 1 },
        at: br,
        cells,
        verdict: weak ? { ...verdict, severity: "warning" } : verdict,
        step: (opening ?? ek)!.step,
      });
    }
  }
}

/** Balanserat resultat / eget kapital roll-forward (budgets, equity notes): closing = opening + result, and the chain across years. */
function balanceChain(table: UnderstoodTable, ctx: RollforwardContext): void {
  for (const row of table.rows) {
    if (row.role !== "closing" || row.concept !== "retained-closing" || !row.covers?.length) continue;
    const basis = coverageBasis(table, row);
    for (const { col, verdict } of judgeCoverage(table, row)) {
      ctx.report({
        messageId: "closingBalance",
        data: { row: rowName(table, row), column: columnTitle(table, col) },
        at: table,
        cells: [{ sheet: table.sheet, row: row.row, col }],
        verdict: basis === "label" && verdict.severity === "error" ? { ...verdict, severity: "warning" } : verdict,
        step: row.figures.get(col)!.step,
        basis,
      });
    }
  }
  const opening = conceptRow(table, "retained-opening");
  const closing = conceptRow(table, "retained-closing");
  if (!opening || !closing) return;
  const rank = (c: UnderstoodColumn) => (c.basis === "utfall" ? 0 : c.basis === "prognos" ? 1 : 2);
  for (const c of table.columns) {
    if (c.year === null || c.basis === "difference") continue;
    const prevCols = table.columns.filter((p) => p.year === c.year! - 1 && p.basis !== "difference").sort((a, b) => rank(a) - rank(b));
    const open = opening.figures.get(c.col);
    const prev = prevCols.map((p) => closing.figures.get(p.col)).find((f): f is Figure => f !== undefined);
    if (!open || !prev) continue;
    const verdict = judge(withRoundingOfItems(table, opening, open), [{ figure: withRoundingOfItems(table, closing, prev), sign: 1 }], unitFactor(table));
    if (!verdict) continue;
    ctx.report({
      messageId: "openingBalance",
      data: {
        opening: rowName(table, opening),
        column: columnTitle(table, c.col),
        closing: rowName(table, closing),
        previousColumn: columnTitle(table, prev.col),
      },
      at: table,
      cells: [
        { sheet: table.sheet, row: opening.row, col: c.col },
        { sheet: table.sheet, row: closing.row, col: prev.col },
      ],
      verdict,
      step: open.step,
    });
  }
}

export const equityRollforwardCheck = defineCheck({
  meta: {
    id: "equity-rollforward",
    title: { sv: "Eget kapital rullas framåt", en: "Equity roll-forward" },
    basis: "cross-reference",
    compares: {
      sv: "Eget kapital ett år mot föregående års plus årets resultat (5-årsöversikt), ingående eget kapital i balansräkningen mot föregående års utgående, och balanserat resultat årets slut mot början plus årets resultat (budget).",
      en: "Equity of a year against the previous year's plus the year's result (5-year overview), opening equity in the balance sheet against the previous closing, and retained earnings at year end against the opening plus the year's result (budgets).",
    },
    kinds: "any",
    concepts: ["equity", "result", "other-equity", "retained-opening", "retained-closing"],
    messages: {
      yearByYear: {
        sv: "Eget kapital {year} är inte eget kapital {previous} plus årets resultat {year}.",
        en: "Equity {year} is not equity {previous} plus the result for {year}.",
      },
      openingEquity: {
        sv: "Ingående eget kapital {year} ({line}) är inte eget kapital vid utgången av {previous}.",
        en: "Opening equity {year} ({line}) is not equity at the end of {previous}.",
      },
      closingBalance: {
        sv: "{row} ({column}) är inte årets början plus årets resultat.",
        en: "{row} ({column}) is not the opening balance plus the year's result.",
      },
      openingBalance: {
        sv: "{opening} ({column}) är inte föregående års {closing} ({previousColumn}).",
        en: "{opening} ({column}) is not the previous year's {closing} ({previousColumn}).",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      yearByYear(table, ctx);
      balanceChain(table, ctx);
    }
    openingEqualsPriorClosing(u, ctx);
  },
});

type RollforwardReport = Report<keyof typeof equityRollforwardCheck.meta.messages>;
type RollforwardContext = CheckContext<keyof typeof equityRollforwardCheck.meta.messages>;
