/**
 * A workbook recognised as a document of a förbund: an annual report of year N or a
 * budget (verksamhetsplan) for year N. Recognised from the understood tables (statements →
 * an annual report; budget tables → a budget), the year from the columns — the one a title
 * or name gives ("Budget 2022" with plan columns 2022–2024), else the latest — or from
 * titles, sheet names and the file name alone; the caller (a CLI flag, the pane's choice)
 * may say what it is.
 */
import type { UnderstoodColumn, UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import { isActualColumn, planBasis } from "../checks/support/table-lookup";

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

function years(tables: UnderstoodTable[], kinds: (t: UnderstoodTable) => boolean, columns: (t: UnderstoodTable, c: UnderstoodColumn) => boolean): number[] {
  return tables.filter(kinds).flatMap((t) => t.columns.filter((c) => c.year !== null && columns(t, c)).map((c) => c.year!));
}

/** The year a title or name gives, when the columns have it; else the latest column year. */
function yearOf(columnYears: number[], named: number[]): number | null {
  if (columnYears.length === 0) return null;
  return named.find((y) => columnYears.includes(y)) ?? Math.max(...columnYears);
}

/** What titles and names say: "Årsredovisning 2023", "Budget 2024", "verksamhetsplan-och-budget-2024.xlsx". */
function fromNames(texts: string[]): { kind: DocumentKind; year: number }[] {
  const out: { kind: DocumentKind; year: number }[] = [];
  for (const text of texts) {
    const m = /(årsredovisning|arsredovisning|budget|verksamhetsplan)\D{0,30}?((?:19|20)\d\d)/i.exec(text);
    if (m) out.push({ kind: /budget|verksamhetsplan/i.test(m[1]) ? "budget" : "annual-report", year: Number(m[2]) });
  }
  return out;
}

export function recogniseDocument(name: string, u: UnderstoodWorkbook, claim?: DocumentClaim): RecognisedDocument {
  const statementYears = years(u.tables, (t) => STATEMENTS.has(t.kind), isActualColumn);
  const budgetYears = years(
    u.tables,
    (t) => t.kind === "budget",
    (t, c) => planBasis(t, c) === "budget",
  );
  const named = fromNames([...u.tables.map((t) => t.title ?? ""), ...u.sheets.map((s) => s.name), name]);
  const kind: DocumentKind =
    claim?.kind ?? (statementYears.length > 0 ? "annual-report" : budgetYears.length > 0 ? "budget" : (named[0]?.kind ?? "annual-report"));
  const said = named.filter((n) => n.kind === kind).map((n) => n.year);
  const columnYears = kind === "annual-report" ? statementYears : budgetYears;
  return { name, understood: u, kind, year: claim?.year ?? yearOf(columnYears, said) ?? said[0] ?? null };
}
