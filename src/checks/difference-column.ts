/**
 * difference-column: a Differens / Avvikelse / Skillnad column follows one convention
 * (Budget − Utfall, Utfall − Budget, År X − År Y). The convention comes from the header
 * when it names two years, else from the majority of rows; a row that fits only the
 * opposite convention, or none, is reported.
 */
import { round12 } from "../understand/interval";
import type { Figure, UnderstoodColumn, UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck } from "./check";
import { flippedItem, judge, ZERO, type Term } from "./support/relation";
import { columnTitle, rowName } from "./support/table-lookup";
import { uncertainColumn } from "./support/uncertain-column";

interface Convention {
  minuend: number;
  subtrahend: number;
}

const SKIP_ROLES = new Set(["section-heading", "text", "ratio", "count"]);

function terms(row: UnderstoodRow, c: Convention): Term[] | null {
  const a = row.figures.get(c.minuend);
  const b = row.figures.get(c.subtrahend);
  if (!a && !b) return null;
  return [
    { figure: a ?? ZERO, sign: 1 },
    { figure: b ?? ZERO, sign: -1 },
  ];
}

/** True when the difference is exactly minuend − subtrahend, or neither has a figure: judge() finds nothing (most rows). */
function exact(row: UnderstoodRow, d: Figure, c: Convention): boolean {
  const a = row.figures.get(c.minuend);
  const b = row.figures.get(c.subtrahend);
  if (!a && !b) return true;
  return round12(d.shown - round12((a ? a.shown : 0) - (b ? b.shown : 0))) === 0;
}

function fits(row: UnderstoodRow, diffCol: number, c: Convention): boolean | null {
  const d = row.figures.get(diffCol);
  const t = terms(row, c);
  if (!d || !t) return null;
  const v = judge(d, t);
  return v === null || v.severity !== "error";
}

/**
 * Columns a difference column can relate. Under a two-row header the measure decides: an
 * "Avvikelse" over "Netto", or one whose header names "netto", relates the Netto columns.
 */
function operandColumns(table: UnderstoodTable, column: UnderstoodColumn): UnderstoodColumn[] {
  const operands = table.columns.filter((c) => c.basis !== "difference");
  const words = ` ${wordsOf(column.header)} `;
  const measured = operands.filter((c) => c.measure !== undefined && (c.measure === column.measure || words.includes(` ${wordsOf(c.measure)} `)));
  return measured.length >= 2 ? measured : operands;
}

/** Lower-case words of a header, one space apart ("Utfall−Budget netto" → "utfall budget netto"). */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .join(" ");

function headerConvention(table: UnderstoodTable, column: UnderstoodColumn): Convention | null {
  const h = column.header.toLowerCase();
  const operands = operandColumns(table, column);
  // Two years name the operands ("År 2024 − År 2023"); one year twice ("Utfall 2019 − Budget 2019") leaves it to the bases.
  if (column.differenceYears && column.differenceYears[0] !== column.differenceYears[1]) {
    const [x, y] = column.differenceYears;
    const a = operands.find((c) => c.year === x);
    const b = operands.find((c) => c.year === y);
    if (a && b) return { minuend: a.col, subtrahend: b.col };
  }
  const order = /budget(\s*\d{4})?\s*[-–−]\s*utfall/.test(h)
    ? ["budget", "utfall"]
    : /utfall(\s*\d{4})?\s*[-–−]\s*budget/.test(h)
      ? ["utfall", "budget"]
      : null;
  if (order) {
    const a = operands.find((c) => c.basis === order[0]);
    const b = operands.find((c) => c.basis === order[1]);
    if (a && b) return { minuend: a.col, subtrahend: b.col };
  }
  return null;
}

/** The ordered pair of columns that reproduces the most rows; operands nearest to the difference column first. */
function majorityConvention(table: UnderstoodTable, column: UnderstoodColumn, rows: UnderstoodRow[]): Convention | null {
  const operands = operandColumns(table, column)
    .filter((c) => c.col < column.col)
    .slice(-4);
  let best: { c: Convention; n: number } | null = null;
  for (const a of operands) {
    for (const b of operands) {
      if (a === b) continue;
      const c = { minuend: a.col, subtrahend: b.col };
      let n = 0;
      for (const r of rows) if (fits(r, column.col, c) === true) n++;
      if (!best || n > best.n) best = { c, n };
    }
  }
  return best && best.n * 2 > rows.length ? best.c : null;
}

export const differenceColumnCheck = defineCheck({
  meta: {
    id: "difference-column",
    title: { sv: "Differenskolumn", en: "Difference column" },
    basis: "label+arithmetic",
    compares: {
      sv: "Varje rad i en Differens-/Avvikelse-/Skillnadskolumn mot kolumnens konvention (Budget − Utfall, Utfall − Budget, År X − År Y), från rubriken eller flertalet rader.",
      en: "Each row of a Differens/Avvikelse/Skillnad column against the column's convention (Budget − Outcome, Outcome − Budget, Year X − Year Y), from the header or most rows.",
    },
    kinds: "any",
    concepts: [],
    messages: {
      opposite: {
        sv: "{column} på {row} följer omvänd konvention mot resten av kolumnen ({convention}).",
        en: "{column} on {row} follows the opposite convention to the rest of the column ({convention}).",
      },
      neither: {
        sv: "{column} på {row} följer varken kolumnens konvention ({convention}) eller den omvända.",
        en: "{column} on {row} fits neither the column's convention ({convention}) nor the opposite.",
      },
      neitherOperandFlipped: {
        sv: "{column} på {row} följer varken kolumnens konvention ({convention}) eller den omvända, men stämmer om tecknet på {operand} vänds. Trolig orsak: omvänt tecken på {operand}.",
        en: "{column} on {row} fits neither the column's convention ({convention}) nor the opposite, but does when the sign of {operand} is turned. Likely cause: the sign of {operand} flipped.",
      },
      slightly: {
        sv: "{column} på {row} skiljer sig något från {convention}.",
        en: "{column} on {row} differs slightly from {convention}.",
      },
      unrelated: {
        sv: "Kunde inte avgöra vilka kolumner {column} jämför: {misfits} av {total} rader följer varken {convention} eller den omvända ordningen.",
        en: "Could not determine which columns {column} compares: {misfits} of {total} rows fit neither {convention} nor the reverse order.",
      },
    },
  },
  run(u, ctx) {
    for (const table of u.tables) {
      for (const column of table.columns) {
        if (column.basis !== "difference") continue;
        const rows = table.rows.filter((r) => !SKIP_ROLES.has(r.role) && r.figures.has(column.col) && !r.figures.get(column.col)!.percent);
        const convention = headerConvention(table, column) ?? majorityConvention(table, column, rows);
        if (!convention) continue;
        const opposite = { minuend: convention.subtrahend, subtrahend: convention.minuend };
        const name = `${columnTitle(table, convention.minuend)} − ${columnTitle(table, convention.subtrahend)}`;
        // A convention most rows do not follow is a misread of which columns the difference relates: one warning, not an error per row.
        const followed = rows.filter((r) => fits(r, column.col, convention) === true || fits(r, column.col, opposite) === true).length;
        if (followed * 2 < rows.length) {
          ctx.report({
            ...uncertainColumn(table, column.col),
            messageId: "unrelated",
            data: { column: columnTitle(table, column.col), misfits: rows.length - followed, total: rows.length, convention: name },
          });
          continue;
        }
        for (const row of rows) {
          const d = row.figures.get(column.col)!;
          if (exact(row, d, convention)) continue;
          const t = terms(row, convention);
          if (!t) continue;
          const verdict = judge(d, t);
          if (!verdict) continue;
          const flipped = verdict.severity === "error" && fits(row, column.col, opposite) === true;
          if (flipped) verdict.cause = "sign-flipped";
          const data = { column: columnTitle(table, column.col), row: rowName(table, row), convention: name };
          const at = { at: table, cells: [{ sheet: table.sheet, row: row.row, col: column.col }], verdict, step: d.step };
          // Neither convention, yet a flipped sign: only one operand's sign can explain it — the message names which, so no bare "omvänt tecken" contradicts it.
          const operand =
            !flipped && verdict.cause === "sign-flipped"
              ? flippedItem(
                  verdict.difference,
                  t.map((x) => ({ value: x.figure.shown, sign: x.sign })),
                  verdict.tolerance,
                )
              : undefined;
          if (operand !== undefined) {
            const operandCol = operand === 0 ? convention.minuend : convention.subtrahend;
            ctx.report({ ...at, messageId: "neitherOperandFlipped", data: { ...data, operand: columnTitle(table, operandCol) }, causeInMessage: true });
            continue;
          }
          ctx.report({ ...at, messageId: flipped ? "opposite" : verdict.severity === "error" ? "neither" : "slightly", data });
        }
      }
    }
  },
});
