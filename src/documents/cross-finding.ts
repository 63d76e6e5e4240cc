/**
 * Findings across documents: one figure here against one figure in another workbook,
 * judged with the same bands as a relation inside a workbook (units converted with
 * inUnitOf). "Here" is the document the finding belongs to (the one validated, or the
 * earlier of a set); the other side goes into Finding.other as {workbook, sheet, cell}.
 */
import { diagnose } from "../core/diagnosis";
import type { Basis, Finding, LocalizedText, OtherCell, Severity } from "../findings/finding";
import { a1, qualifiedRef } from "../model/grid";
import type { Figure, UnderstoodRow, UnderstoodTable } from "../understand/types";
import { amount, causeText, judge, numbersSuffix, roundingOf, type Verdict } from "../checks/support/relation";
import { amountUnit, inUnitOf, rowTitle, rowTitleEn } from "../checks/support/table-lookup";
import type { RecognisedDocument } from "./document";

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

export interface CrossOptions {
  /** A loose label match caps the severity at warning (evidence before error). */
  loose?: boolean;
  /** Replaces the verdict's severity (an explained total is information). */
  severity?: Severity;
  /** A cause the check read from the documents ("reclassified", "carried-difference", …), with its sentence. */
  cause?: { id: string; text: LocalizedText };
  /** More cells here that the finding rests on. */
  alsoHere?: Side[];
  basis?: Basis;
}

function capped(severity: Severity, loose: boolean | undefined): Severity {
  return loose && severity === "error" ? "warning" : severity;
}

/** A relation finding between two documents; `lead` says what differs, the numbers follow. */
export function crossFinding(check: string, here: Side, there: Side, v: Verdict, lead: LocalizedText, options: CrossOptions = {}): Finding {
  const step = figureOf(here)?.step ?? 1;
  const nums = numbersSuffix(v, step);
  const cause = options.cause?.text ?? causeText(v.cause);
  const join = (lang: "sv" | "en") => [lead[lang], cause ? cause[lang] + "." : "", nums[lang]].filter(Boolean).join(" ");
  return {
    check,
    severity: options.severity ?? capped(v.severity, options.loose),
    sheet: here.table.sheet,
    cells: [
      cellOf(here),
      ...(options.alsoHere ?? []).map((s) => (s.table.sheet === here.table.sheet ? cellOf(s) : qualifiedRef(s.table.sheet, s.row.row, s.col))),
    ],
    expected: v.expected,
    actual: v.actual,
    difference: v.difference,
    tolerance: v.tolerance,
    ...(amountUnit(here.table) ? { unit: amountUnit(here.table) } : {}),
    cause: options.cause?.id ?? v.cause,
    basis: options.basis ?? (options.loose ? "label" : "cross-reference"),
    rounding: roundingOf(v, step),
    other: otherCell(there),
    message: { sv: join("sv"), en: join("en") },
  };
}

/** A line one document has and the other lacks: information, never more. */
export function missingLineFinding(
  check: string,
  present: Side,
  absentIn: RecognisedDocument,
  anchor: { table: UnderstoodTable },
  hereHasIt: boolean,
): Finding {
  const label = rowTitle(present.table, present.row, { start: true });
  const labelEn = rowTitleEn(present.table, present.row, { start: true });
  const f = figureOf(present);
  const value = f ? amount(f.shown, f.step) : "";
  const valueEn = f ? amount(f.shown, f.step, "en") : "";
  return {
    check,
    severity: "info",
    sheet: anchor.table.sheet,
    cells: hereHasIt ? [cellOf(present)] : [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    cause: null,
    basis: "cross-reference",
    ...(hereHasIt ? {} : { other: otherCell(present) }),
    message: hereHasIt
      ? { sv: `${label} (${value}) finns inte i ${absentIn.name}.`, en: `${labelEn} (${valueEn}) is not in ${absentIn.name}.` }
      : { sv: `${label} (${value}) i ${present.doc.name} finns inte här.`, en: `${labelEn} (${valueEn}) in ${present.doc.name} is not here.` },
  };
}
