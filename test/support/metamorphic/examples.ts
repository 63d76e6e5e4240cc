/**
 * The workbooks the metamorphic tests re-lay-out: the three examples, and example 000 with the
 * links an economist makes between statements (cross-sheet formulas), so that qualified
 * references travel through every re-layout too.
 */
import { seed000 } from "../../../examples/src/seed-000";
import { seed002 } from "../../../examples/src/seed-002";
import { seed004 } from "../../../examples/src/seed-004";
import type { Workbook } from "../../../src/model/grid";
import { parseA1 } from "../../../src/model/grid";

/** Cell → formula; each formula's cells print the same figure as the linked cell (checked by the tests). */
const LINKS: [sheet: string, cell: string, formula: string][] = [
  ["5-årsöversikt", "B6", "'Resultaträkning'!C12"], // Årets resultat 2023
  ["Kassaflödesanalys", "B4", "Resultaträkning!C12"],
  ["Kassaflödesanalys", "B14", "'Balansräkning'!C10"], // Likvida medel vid årets slut = Kassa och bank
  ["Balansräkning", "C6", "'Not 5'!B17"], // Maskiner och inventarier = Utgående redovisat värde
  ["Balansräkning", "C9", "'Not 6'!$B$9"],
  ["Balansräkning", "C22", "'Not 7'!B10"],
];

export function seed000Linked(): Workbook {
  const wb = seed000();
  for (const [sheet, cell, formula] of LINKS) {
    const at = parseA1(cell)!;
    const row = wb.sheets.find((s) => s.name === sheet)!.rows[at.row];
    row[at.col] = { ...row[at.col]!, formula };
  }
  return wb;
}

export const EXAMPLE_WORKBOOKS: [string, () => Workbook][] = [
  ["000", seed000],
  ["002", seed002],
  ["004", seed004],
  ["000 linked", seed000Linked],
];
