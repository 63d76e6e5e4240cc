import { kronorIn, parseUnit } from "../core/amount-unit";
import { invalidInput } from "../core/input-error";
import { splitMemberContribution } from "../core/member-split";
import { parseStaircaseMode, reserveCeiling, reserveHeadroom } from "../core/reserve";
import { reserveRuleFromCells } from "../core/reserve-rule-table";
import { roundSum } from "../core/round-sum";
import { soliditet as equityRatio } from "../core/soliditet";
import { parseSwedishAmount } from "../core/swedish-amount";
import { parseVarianceKind, parseVarianceMode, variance as varianceOf } from "../core/variance";
import { asRows, cellName, isBlank, readAmount, readOptionalFlag, readOptionalInteger, readOptionalWord, readVector, shapeText } from "./cell-values";
import { cellwise } from "./cellwise";
import { excelErrorsOnly } from "./excel-error";

/**
 * Splits a member contribution: the state (FK + AF) 50 %, the region 25 %, and the municipal 25 % by the keys. The parts add up to the total exactly (largest remainder).
 * @customfunction SPLIT
 * @param total Total member contribution (kr, or tkr with decimals 1). Blank = 0.
 * @param [municipalKeys] One row or column of keys per municipality (populations or percentages, any scale). Omitted = one row for all municipalities.
 * @param [decimals] Decimal places of the parts: 0 = whole kronor (default), 1 = one decimal, -3 = whole thousands.
 * @param [withLabels] TRUE adds a column of labels (Staten, Region, Kommun 1…). Default FALSE.
 * @returns One column: state, region, then one row per municipality.
 */
export function split(total: unknown, municipalKeys?: unknown[][], decimals?: unknown, withLabels?: unknown): unknown[][] {
  return excelErrorsOnly(() => {
    const amount = readAmount(total, ["total", "total"]);
    const keys = isBlank(municipalKeys)
      ? []
      : readVector(municipalKeys, ["kommunnycklar", "municipal keys"]).map((key, i) => readAmount(key, [`kommunnyckel ${i + 1}`, `municipal key ${i + 1}`]));
    const places = readOptionalInteger(decimals, ["decimaler", "decimals"], 0);
    const labelled = readOptionalFlag(withLabels, ["etiketter", "labels"], false);
    const parts = splitMemberContribution(amount, keys, places);
    const rows: [string, number][] = [
      ["Staten (FK + AF)", parts.state],
      ["Region", parts.region],
      ...parts.municipalities.map((m, i): [string, number] => [keys.length === 0 ? "Kommunerna" : `Kommun ${i + 1}`, m]),
    ];
    return rows.map(([label, value]) => (labelled ? [label, value] : [value]));
  });
}

/**
 * Variance between budget and actual with an explicit sign: positive = better than budget. Ranges of equal shape spill that shape.
 * @customfunction VARIANCE
 * @param budget Budget amount or range. Blank = 0.
 * @param actual Actual (utfall) amount or range of the same shape. Blank = 0.
 * @param [kind] "cost" (default; budget - actual), "revenue" or "result" (actual - budget). Swedish: kostnad, intäkt, resultat.
 * @param [mode] "amount" (default) or "percent" (variance / |budget|, as a fraction). Swedish: belopp, procent.
 * @returns The variance per cell.
 */
export function variance(budget: unknown[][], actual: unknown[][], kind?: unknown, mode?: unknown): unknown[][] {
  return excelErrorsOnly(() => {
    const budgets = asRows(budget);
    const actuals = asRows(actual);
    if (budgets.length !== actuals.length || budgets.some((row, r) => row.length !== actuals[r].length)) {
      throw invalidInput(
        `budget (${shapeText(budgets)}) och utfall (${shapeText(actuals)}) måste ha samma form.`,
        `budget (${shapeText(budgets)}) and actual (${shapeText(actuals)}) must have the same shape.`,
      );
    }
    const kindWord = readOptionalWord(kind, ["typ", "kind"]);
    const modeWord = readOptionalWord(mode, ["läge", "mode"]);
    const sign = kindWord === undefined ? "cost" : parseVarianceKind(kindWord);
    const unit = modeWord === undefined ? "amount" : parseVarianceMode(modeWord);
    return cellwise(budgets, (r, c) =>
      varianceOf(readAmount(budgets[r][c], cellName(["budget", "budget"], r, c)), readAmount(actuals[r][c], cellName(["utfall", "actual"], r, c)), sign, unit),
    );
  });
}

/**
 * Ceiling for eget kapital under your own rule (a rate, or a staircase range: from, rate, optional fixed amount). With equity: headroom (positive) or excess (negative). No official rule is built in.
 * @customfunction RESERVE
 * @param memberIncome Yearly member contributions (kr).
 * @param rule A rate (17 % or 0.17) or a staircase range with columns from, rate and optional fixed amount; heading rows are skipped.
 * @param [equity] Equity, eget kapital (kr). Given: returns ceiling - equity instead of the ceiling.
 * @param [method] Staircase only: "marginal" (default; each rate applies to its step) or "whole" (the step's rate applies to the whole amount). Swedish: marginal, hela.
 * @returns The ceiling, or the headroom (negative = excess).
 */
export function reserve(memberIncome: unknown, rule: unknown[][], equity?: unknown, method?: unknown): number {
  return excelErrorsOnly(() => {
    const income = readAmount(memberIncome, ["medlemsintäkter", "member income"]);
    const methodWord = readOptionalWord(method, ["metod", "method"]);
    const cells = asRows(rule);
    // A single cell must be a rate: text or SANT there gets the argument's own message.
    if (cells.length === 1 && cells[0].length === 1) readAmount(cells[0][0], ["regel", "rule"]);
    const parsedRule = reserveRuleFromCells(cells, methodWord === undefined ? "marginal" : parseStaircaseMode(methodWord));
    if (isBlank(equity)) return reserveCeiling(income, parsedRule);
    return reserveHeadroom(income, parsedRule, readAmount(equity, ["eget kapital", "equity"]));
  });
}

/**
 * Reads Swedish amounts written as text ("1 393 712", "5 572,6", "−2 073 888", "(1 234)", "12 tkr", "1,5 mnkr"). "-" alone and blank = 0. Numbers pass through as kronor. A range spills.
 * @customfunction NUMBER
 * @param text Text (or number, or range) to read.
 * @param [unit] Unit of the result: "kr" (default), "tkr" or "mnkr".
 * @returns The amount in the unit asked for.
 */
export function amount(text: unknown[][], unit?: unknown): unknown[][] {
  return excelErrorsOnly(() => {
    const unitWord = readOptionalWord(unit, ["enhet", "unit"]);
    const target = unitWord === undefined ? "kr" : parseUnit(unitWord);
    const cells = asRows(text);
    return cellwise(cells, (r, c) => {
      const value = cells[r][c];
      return kronorIn(target, typeof value === "string" ? parseSwedishAmount(value) : readAmount(value, cellName(["text", "text"], r, c)));
    });
  });
}

/**
 * Soliditet (equity ratio) = equity / total assets, as a fraction (format the cell as %).
 * @customfunction SOLIDITET
 * @param equity Equity, eget kapital (kr).
 * @param totalAssets Total assets, summa tillgångar (kr).
 * @returns Equity / total assets.
 */
export function soliditet(equity: unknown, totalAssets: unknown): number {
  return excelErrorsOnly(() => equityRatio(readAmount(equity, ["eget kapital", "equity"]), readAmount(totalAssets, ["summa tillgångar", "total assets"])));
}

/**
 * Rounds a range so the rounded values still add up to the rounded total (largest remainder: the auditor's plug). Blank cells stay blank; a text or error cell is an error in that cell only.
 * @customfunction ROUNDSUM
 * @param values Range of amounts.
 * @param [decimals] Decimal places: 0 = whole kronor (default), 1 = one decimal, -3 = whole thousands.
 * @returns The range, rounded, same shape.
 */
export function roundsum(values: unknown[][], decimals?: unknown): unknown[][] {
  return excelErrorsOnly(() => {
    const rows = asRows(values);
    const places = readOptionalInteger(decimals, ["decimaler", "decimals"], 0);
    const read = cellwise(rows, (r, c) => (isBlank(rows[r][c]) ? "" : readAmount(rows[r][c], cellName(["värden", "values"], r, c))));
    const positions: [number, number][] = [];
    read.forEach((row, r) => row.forEach((cell, c) => typeof cell === "number" && positions.push([r, c])));
    const rounded = roundSum(
      positions.map(([r, c]) => read[r][c] as number),
      places,
    );
    positions.forEach(([r, c], i) => (read[r][c] = rounded[i]));
    return read;
  });
}
