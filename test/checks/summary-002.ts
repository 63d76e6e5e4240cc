/**
 * 002's summary (shared/domain/002_tables.md T3), Budget 2022 and 2023 columns: the grid the
 * configured checks (admin-share, equity-ceiling) are tried on.
 */
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook, type Literal } from "./grid-literal";

export const summaryRows: Literal[][] = [
  ["", "Budget 2022", "Budget 2023"],
  ["Intäkter"],
  ["Medlemsavgift Staten (AF/FK)", 3_465_000, 3_465_000],
  ["Medlemsavgift SLL", 1_732_500, 1_732_500],
  ["Medlemsavgift kommunerna", 1_732_500, 1_732_500],
  ["ESF-medel", 2_900_000, 0],
  ["Summa intäkter", 9_830_000, 6_930_000],
  ["Kostnader"],
  ["Insatser", 7_870_000, 3_600_000],
  ["Stöd för samverkan", 1_340_000, 590_000],
  ["Administrativa kostnader", 2_679_000, 2_723_780],
  ["Summa kostnader", 11_889_000, 6_913_780],
  ["Årets resultat", -2_059_000, 16_220],
  ["Balanserat resultat årets början", 2_382_650, 323_650],
  ["Balanserat resultat årets slut", 323_650, 339_870],
];

export const summary002 = understandWorkbook(workbook(sheet("Sammanfattning", summaryRows)));
