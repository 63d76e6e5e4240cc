import { invalidInput } from "./input-error";
import { checkReserveRule } from "./reserve";
import type { ReserveRule, StaircaseStep } from "./reserve-rule";

/**
 * Reads a reserve rule kept in cells (e.g. a "Parametrar" range), as plain cell values:
 * - one number: a percentage rule (0.17 or a cell showing 17 %);
 * - rows of [från, procentsats, fast belopp?]: a staircase. Heading rows above the first
 *   step (text and no number) and blank rows are skipped; a blank fixed amount means none.
 * Blank = null, undefined or "". Strict: a cell that is not a number where one belongs, or a
 * rule that cannot set a ceiling (a rate above 100 %, two steps from the same amount), is an
 * InputError naming it; nothing is guessed. The one reading of a staircase range, for
 * FINSAM.RESERVE and the task pane's equity-ceiling setting alike.
 */
export function reserveRuleFromCells(rows: readonly (readonly unknown[])[], mode: "marginal" | "whole"): ReserveRule {
  const rule: ReserveRule =
    rows.length === 1 && rows[0].length === 1 && typeof rows[0][0] === "number" ? { kind: "percent", rate: rows[0][0] } : staircaseFromRows(rows, mode);
  checkReserveRule(rule);
  return rule;
}

function staircaseFromRows(rows: readonly (readonly unknown[])[], mode: "marginal" | "whole"): ReserveRule {
  if ((rows[0]?.length ?? 0) < 2) {
    throw invalidInput(
      "Regeln ska vara en procentsats eller en trappa med kolumnerna från, procentsats och (valfritt) fast belopp.",
      "The rule must be a rate or a staircase with the columns from, rate and (optionally) fixed amount.",
    );
  }
  const steps: StaircaseStep[] = [];
  rows.forEach((row, r) => {
    const cells = row.slice(0, 3);
    if (cells.every(isBlank)) return;
    if (steps.length === 0 && isHeading(cells)) return;
    const [from, rate, fixed] = cells;
    steps.push({
      from: numberAt(from, r, 0),
      rate: numberAt(rate, r, 1),
      ...(isBlank(fixed) ? {} : { fixed: numberAt(fixed, r, 2) }),
    });
  });
  return { kind: "staircase", mode, steps };
}

/** A heading holds text and no number: [0, "12 %"] is a step with a bad rate, not a heading. */
function isHeading(cells: readonly unknown[]): boolean {
  return cells.some((c) => typeof c === "string" && !isBlank(c)) && !cells.some((c) => typeof c === "number");
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function numberAt(value: unknown, row: number, column: number): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw invalidInput(
    `Regeln, rad ${row + 1} kolumn ${column + 1}: väntade ett tal, fick ${JSON.stringify(value ?? "")}.`,
    `The rule, row ${row + 1} column ${column + 1}: expected a number, got ${JSON.stringify(value ?? "")}.`,
  );
}
