/**
 * The --json view of one file's findings: {"file", "findings": [...], "summary"}; amounts
 * are JSON numbers in the sheet's own unit, the message is in the chosen language; a
 * finding across documents has "other": {"workbook", "sheet", "cell"}; a finding with a
 * review mark has "review": {"status", "comment", "by", "at"}, and the summary then counts
 * the approved ones ("approved": {"errors", "warnings", "infos"}).
 */
import type { Finding } from "../findings/finding";
import { applyReview } from "../findings/review-apply";
import type { ReviewMark, ReviewMarks } from "../findings/review-mark";
import type { Lang } from "./args";
import { Summary, summarize } from "./summary";

/** A Finding with its message in the chosen language, and its review mark when it has one. */
export type JsonFinding = Omit<Finding, "message"> & { message: string; review?: ReviewMark };

export interface JsonReport {
  file: string;
  findings: JsonFinding[];
  summary: Summary;
}

export function jsonReport(file: string, findings: readonly Finding[], lang: Lang, marks: ReviewMarks = new Map()): JsonReport {
  return {
    file,
    findings: applyReview(findings, marks).map(({ finding: f, mark }) => ({
      check: f.check,
      severity: f.severity,
      sheet: f.sheet,
      cells: [...f.cells],
      expected: finiteOrNull(f.expected),
      actual: finiteOrNull(f.actual),
      difference: finiteOrNull(f.difference),
      tolerance: finiteOrNull(f.tolerance),
      cause: f.cause ?? null,
      basis: f.basis,
      ...(f.other ? { other: { workbook: f.other.workbook, sheet: f.other.sheet, cell: f.other.cell } } : {}),
      message: f.message[lang],
      ...(mark ? { review: { status: mark.status, comment: mark.comment, by: mark.by, at: mark.at } } : {}),
    })),
    summary: summarize(findings, marks),
  };
}

/** JSON and xlsx have no NaN or Infinity; an amount that is not finite is written as null. */
export function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
