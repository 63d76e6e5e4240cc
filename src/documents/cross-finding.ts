/**
 * Findings across documents: one figure here against one figure in another workbook,
 * judged with the same bands as a relation inside a workbook (units converted with
 * inUnitOf). "Here" is the document the finding belongs to (the one validated, or the
 * earlier of a set); the other side goes into Finding.other as {workbook, sheet, cell}.
 * The message is the check's template, followed for a relation by the cause and the
 * numbers as inside a workbook (checks/support/report.ts relationMessage).
 */
import { diagnose } from "../core/diagnosis";
import type { Finding, OtherCell } from "../findings/finding";
import { renderMessage } from "../findings/message-text";
import { a1, qualifiedRef } from "../model/grid";
import type { Figure, UnderstoodRow, UnderstoodTable } from "../understand/types";
import { relationMessage } from "../checks/support/report";
import { causeText, judge, roundingOf, type Verdict } from "../checks/support/relation";
import { amountUnit, inUnitOf } from "../checks/support/table-lookup";
import type { RecognisedDocument } from "./document";
import type { CrossReport, DocumentCheck, DocumentCheckMeta, DocumentFinding } from "./document-check";

/** One side of a relation across documents: a figure (or a line without one) of a table of a document. */
export interface Side {
  doc: RecognisedDocument;
  table: UnderstoodTable;
  row: UnderstoodRow;
  col: number;
}

export function figureOf(s: Side): Figure | undefined {
  return s.row.figures.get(s.col);
}

export function cellOf(s: Side): string {
  return a1(s.row.row, s.col);
}

export function otherCell(s: Side): OtherCell {
  return { workbook: s.doc.name, sheet: s.table.sheet, cell: cellOf(s) };
}

/** here = there within the band; the cause is read from the two figures alone (a sign flipped, digits transposed). */
export function compareSides(here: Side, there: Side): Verdict | null {
  const a = figureOf(here);
  const b = figureOf(there);
  if (!a || !b) return null;
  const v = judge(a, [{ figure: inUnitOf(b, there.table, here.table), sign: 1 }]);
  if (!v || v.severity !== "error") return v;
  return { ...v, cause: diagnose(v.actual, v.expected, [], v.tolerance) };
}

/** The two sides in the order the documents were given: the finding belongs to the earlier one. */
export function orient(docs: readonly RecognisedDocument[], x: Side, y: Side): [Side, Side] {
  return docs.indexOf(x.doc) <= docs.indexOf(y.doc) ? [x, y] : [y, x];
}

/** The bookkeeping behind a document check's ctx.report: from its meta and one report, the finding and the document it belongs to. */
export function crossFindingOf<M extends string>(meta: DocumentCheckMeta<M>, r: CrossReport<M>): DocumentFinding {
  if (!("verdict" in r)) {
    const finding: Finding = {
      check: meta.id,
      severity: r.severity,
      sheet: r.sheet,
      cells: [...r.cells],
      expected: null,
      actual: null,
      difference: null,
      tolerance: null,
      cause: r.cause ?? null,
      basis: meta.basis,
      ...(r.other ? { other: r.other } : {}),
      message: renderMessage(meta.messages[r.messageId], r.data),
    };
    return { doc: r.doc, finding };
  }
  const { here, there, verdict: v } = r;
  const step = figureOf(here)?.step ?? 1;
  const cause = r.cause ? renderMessage(meta.messages[r.cause.messageId], r.cause.data) : causeText(v.cause);
  const unit = amountUnit(here.table);
  const finding: Finding = {
    check: meta.id,
    severity: r.severity ?? (r.loose && v.severity === "error" ? "warning" : v.severity),
    sheet: here.table.sheet,
    cells: [cellOf(here), ...(r.alsoHere ?? []).map((s) => (s.table.sheet === here.table.sheet ? cellOf(s) : qualifiedRef(s.table.sheet, s.row.row, s.col)))],
    expected: v.expected,
    actual: v.actual,
    difference: v.difference,
    tolerance: v.tolerance,
    ...(unit ? { unit } : {}),
    cause: r.cause?.id ?? v.cause,
    basis: r.loose ? "label" : meta.basis,
    rounding: roundingOf(v, step),
    other: otherCell(there),
    message: relationMessage(renderMessage(meta.messages[r.messageId], r.data), v, step, cause),
  };
  return { doc: here.doc, finding };
}

/** Runs one check across documents: its reports become findings, each with the document it belongs to. */
export function runDocumentCheck<M extends string>(check: DocumentCheck<M>, docs: readonly RecognisedDocument[]): DocumentFinding[] {
  const out: DocumentFinding[] = [];
  check.run(docs, { report: (r) => out.push(crossFindingOf(check.meta, r)) });
  return out;
}
