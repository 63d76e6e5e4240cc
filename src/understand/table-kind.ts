/**
 * What a table is: the user's sheet-role override, else its title, else the sheet's
 * name, else its lines (a "Summa tillgångar" makes a BR), else its columns.
 */
import type { TableKind } from "../model/kinds";
import { kindFromTitle } from "./labels";
import type { UnderstoodColumn, UnderstoodRow } from "./types";

export function tableKind(
  titleLines: string[],
  sheetName: string,
  rows: UnderstoodRow[],
  columns: UnderstoodColumn[],
  override: TableKind | undefined,
): TableKind {
  if (override) return override;
  for (let i = titleLines.length - 1; i >= 0; i--) {
    const k = kindFromTitle(titleLines[i]);
    if (k) return k;
  }
  const fromLabels = kindFromLabels(rows);
  if (fromLabels) return fromLabels;
  const fromSheet = kindFromTitle(sheetName);
  if (fromSheet) return fromSheet;
  const bases = new Set(columns.map((c) => c.basis));
  if (bases.has("budget") && bases.has("utfall")) return "budget-utfall";
  if (bases.has("budget") || bases.has("prognos") || bases.has("plan")) return "budget";
  return "other";
}

function kindFromLabels(rows: UnderstoodRow[]): TableKind | null {
  const keys = new Set(rows.map((r) => r.key));
  const has = (re: RegExp) => [...keys].some((k) => re.test(k));
  if (has(/^summa tillgångar$/) || has(/^summa eget kapital,? avsättningar och skulder$/)) return "br";
  if (has(/^likvida medel vid årets slut$/) || has(/^årets kassaflöde$/)) return "kf";
  if (has(/^verksamhetens nettokostnad$/) || has(/^resultat efter finansiella poster$/)) return "rr";
  if (has(/^soliditet/) && has(/^eget kapital$/)) return "five-year";
  return null;
}
