/**
 * Tables side by side: two sheets become one, the right sheet's contents placed `gap` blank
 * columns right of the left sheet's rightmost used column, top rows aligned. The sheet keeps
 * the left one's name and place. Hidden rows would hide the other table's rows too, so they
 * are refused.
 */
import type { Workbook } from "../../../src/model/grid";
import type { Address, Transformation } from "./address-map";
import { relayout } from "./relayout";
import { sheetWidth } from "./sheet-shape";

/** Which sheets go side by side: [left, right] name pairs, each sheet in one pair at most. */
export type Pairing = (wb: Workbook) => [string, string][];

/** Every two neighbouring sheets: 1st and 2nd, 3rd and 4th, …; an odd last sheet stays alone. */
export const neighbours: Pairing = (wb) => {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < wb.sheets.length; i += 2) pairs.push([wb.sheets[i].name, wb.sheets[i + 1].name]);
  return pairs;
};

/** The pair economists put side by side in each example: RR and BR, the summary and its specification, the net and gross budgets. */
export const statementPair: Pairing = (wb) => {
  const names = new Set(wb.sheets.map((s) => s.name));
  const pairs: [string, string][] = [
    ["Resultaträkning", "Balansräkning"],
    ["Sammanfattning", "Spec"],
    ["Budget netto", "Budget brutto"],
  ];
  return pairs.filter(([l, r]) => names.has(l) && names.has(r));
};

export function sideBySide(pairing: Pairing, gap: number): Transformation {
  return (wb) => {
    const placed = new Map<string, { sheet: string; colOffset: number }>(wb.sheets.map((s) => [s.name, { sheet: s.name, colOffset: 0 }]));
    const absorbed = new Set<string>();
    for (const [leftName, rightName] of pairing(wb)) {
      const left = wb.sheets.find((s) => s.name === leftName)!;
      const right = wb.sheets.find((s) => s.name === rightName)!;
      if (left.hiddenRows?.length || right.hiddenRows?.length) throw new Error(`sideBySide: ${left.name} or ${right.name} has hidden rows`);
      placed.set(right.name, { sheet: left.name, colOffset: sheetWidth(left) + gap });
      absorbed.add(right.name);
    }
    const map = (sheet: string, row: number, col: number): Address => {
      const p = placed.get(sheet)!;
      return { sheet: p.sheet, row, col: col + p.colOffset };
    };
    const order = wb.sheets.map((s) => s.name).filter((n) => !absorbed.has(n));
    return { workbook: relayout(wb, map, order), map };
  };
}
