/**
 * Counts of findings by severity, as the summary line and the JSON "summary" show them; with
 * review marks also how many of each are approved ("7 fel, varav 2 godkända"). Approved
 * findings are not open: the exit code looks at the open errors.
 */
import type { Finding, Severity } from "../findings/finding";
import { applyReview, reviewCounts } from "../findings/review-apply";
import type { ReviewMarks } from "../findings/review-mark";

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface Summary extends Counts {
  /** Of the counts, the approved findings; present when the file holds review marks. */
  approved?: Counts;
}

const FIELD: Record<Severity, keyof Counts> = { error: "errors", warning: "warnings", info: "infos" };

export function summarize(findings: readonly Finding[], marks?: ReviewMarks): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) s[FIELD[f.severity]]++;
  if (marks && marks.size > 0) {
    const { approved } = reviewCounts(applyReview(findings, marks));
    s.approved = { errors: approved.error, warnings: approved.warning, infos: approved.info };
  }
  return s;
}

export function addSummaries(a: Summary, b: Summary): Summary {
  const sum: Summary = { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos };
  if (a.approved || b.approved) {
    const none: Counts = { errors: 0, warnings: 0, infos: 0 };
    const [x, y] = [a.approved ?? none, b.approved ?? none];
    sum.approved = { errors: x.errors + y.errors, warnings: x.warnings + y.warnings, infos: x.infos + y.infos };
  }
  return sum;
}

/** Errors not approved. */
export function openErrors(s: Summary): number {
  return s.errors - (s.approved?.errors ?? 0);
}
