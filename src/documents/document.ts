/**
 * A workbook recognised as a document of a förbund: an annual report of year N or a
 * budget (verksamhetsplan) for year N, with the years its columns are about. Recognised
 * from the understood tables (statements → annual report of their latest year; budget
 * tables → budget for their latest year), else from titles, sheet names and the file
 * name; the caller (a CLI flag, the pane's choice) may say what it is.
 */
import type { UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { isActualColumn, planBasis } from "../checks/table-lookup";

export type DocumentKind = "annual-report" | "budget";

export interface RecognisedDocument {
  /** File name as the user knows it ("Budget 2024.xlsx"). */
  name: string;
  understood: UnderstoodWorkbook;
  kind: DocumentKind;
  /** Annual report: the financial year; budget: the year budgeted; null when nothing tells. */
  year: number | null;
}

/** What the caller says a document is; a missing year is read from the document. */
export interface DocumentClaim {
  kind: DocumentKind;
  year?: number;
}

const STATEMENTS = new Set(["rr", "br", "kf"]);

function latest(years: (number | null)[]): number | null {
  const known = years.filter((y): y is number => y !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

function statementYear(tables: UnderstoodTable[]): number | null {
  return latest(tables.filter((t) => STATEMENTS.has(t.kind)).flatMap((t) => t.columns.filter((c) => isActualColumn(t, c)).map((c) => c.year)));
}

function budgetYear(tables: UnderstoodTable[]): number | null {
  return latest(tables.filter((t) => t.kind === "budget").flatMap((t) => t.columns.filter((c) => planBasis(t, c) === "budget").map((c) => c.year)));
}

/** "Årsredovisning 2023", "Budget 2024", "verksamhetsplan-och-budget-2024.xlsx". */
function fromNames(texts: string[]): { kind: DocumentKind; year: number } | null {
  for (const text of texts) {
    const m = /(årsredovisning|arsredovisning|budget|verksamhetsplan)\D{0,30}?((?:19|20)\d\d)/i.exec(text);
    if (m) return { kind: /budget|verksamhetsplan/i.test(m[1]) ? "budget" : "annual-report", year: Number(m[2]) };
  }
  return null;
}

export function recogniseDocument(name: string, u: UnderstoodWorkbook, claim?: DocumentClaim): RecognisedDocument {
  const statements = statementYear(u.tables);
  const budget = budgetYear(u.tables);
  const named = fromNames([...u.tables.map((t) => t.title ?? ""), ...u.sheets.map((s) => s.name), name]);
  let kind: DocumentKind = statements !== null ? "annual-report" : budget !== null ? "budget" : (named?.kind ?? "annual-report");
  if (claim) kind = claim.kind;
  const read = kind === "annual-report" ? (statements ?? (named?.kind === kind ? named.year : null)) : (budget ?? (named?.kind === kind ? named.year : null));
  return { name, understood: u, kind, year: claim?.year ?? read };
}
