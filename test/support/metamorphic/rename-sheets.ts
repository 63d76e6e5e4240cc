/**
 * Sheets renamed the way an economist names them: abbreviations ("RR", "BR", "KF", "N5", …),
 * or Excel's neutral "Blad1", "Blad2", … for every sheet whose cells carry a title of their own
 * (the title keeps the meaning; a sheet without one keeps its abbreviation). Qualified
 * references in formulas follow the new names.
 */
import type { Workbook } from "../../../src/model/grid";
import type { Transformation } from "./address-map";
import { relayout } from "./relayout";
import { hasOwnTitle } from "./sheet-shape";

const ABBREVIATIONS: Record<string, string> = {
  "5-årsöversikt": "5 år",
  Driftsredovisning: "Drift",
  "Budget och utfall": "BU",
  Resultaträkning: "RR",
  Balansräkning: "BR",
  Kassaflödesanalys: "KF",
  Noter: "Noter",
  "Not 5": "N5",
  "Not 6": "N6",
  "Not 7": "N7",
  Sammanfattning: "Samm",
  Spec: "Spec",
  Medlemstilldelning: "Medlem",
  "Budget netto": "Netto",
  "Budget brutto": "Brutto",
};

export const abbreviated = (wb: Workbook): Map<string, string> => new Map(wb.sheets.map((s) => [s.name, ABBREVIATIONS[s.name] ?? s.name]));

export const neutralWhereTitled = (wb: Workbook): Map<string, string> =>
  new Map(wb.sheets.map((s, i) => [s.name, hasOwnTitle(s) ? `Blad${i + 1}` : (ABBREVIATIONS[s.name] ?? s.name)]));

export function renameSheets(names: (wb: Workbook) => Map<string, string>): Transformation {
  return (wb) => {
    const renamed = names(wb);
    if (new Set(renamed.values()).size !== wb.sheets.length) throw new Error("renameSheets: two sheets would get one name");
    const map = (sheet: string, row: number, col: number) => ({ sheet: renamed.get(sheet) ?? sheet, row, col });
    return {
      workbook: relayout(
        wb,
        map,
        wb.sheets.map((s) => renamed.get(s.name)!),
      ),
      map,
    };
  };
}
