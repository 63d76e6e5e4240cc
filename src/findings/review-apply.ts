/**
 * Puts the review marks on a validation's findings: each finding with its mark (when its
 * fingerprint has one), and the counts the views show — "7 fel, varav 2 godkända". An
 * approved finding is not open; a question or an error to fix still is.
 */
import type { Finding, LocalizedText, Severity } from "./finding";
import type { ReviewMark, ReviewMarks } from "./review-mark";
import { fingerprintOf } from "./review-fingerprint";

export interface ReviewedFinding {
  finding: Finding;
  fingerprint: string;
  mark: ReviewMark | null;
}

export interface ReviewCounts {
  /** All findings, by severity. */
  total: Record<Severity, number>;
  /** Of those, the approved ones. */
  approved: Record<Severity, number>;
  questions: number;
  toFix: number;
}

export function applyReview(findings: readonly Finding[], marks: ReviewMarks): ReviewedFinding[] {
  return findings.map((finding) => {
    const fingerprint = fingerprintOf(finding);
    return { finding, fingerprint, mark: marks.get(fingerprint) ?? null };
  });
}

export function isApproved(r: ReviewedFinding): boolean {
  return r.mark?.status === "approved";
}

export function reviewCounts(reviewed: readonly ReviewedFinding[]): ReviewCounts {
  const counts: ReviewCounts = { total: { error: 0, warning: 0, info: 0 }, approved: { error: 0, warning: 0, info: 0 }, questions: 0, toFix: 0 };
  for (const r of reviewed) {
    counts.total[r.finding.severity]++;
    if (r.mark?.status === "approved") counts.approved[r.finding.severity]++;
    else if (r.mark?.status === "question") counts.questions++;
    else if (r.mark?.status === "to-fix") counts.toFix++;
  }
  return counts;
}

/** Findings still open (not approved) of a severity. */
export function openCount(counts: ReviewCounts, severity: Severity): number {
  return counts.total[severity] - counts.approved[severity];
}

/** ", varav 2 godkända" / ", 2 of them approved" after a count; "" when none is approved. */
export function approvedClause(approved: number): LocalizedText {
  if (approved === 0) return { sv: "", en: "" };
  return { sv: `, varav ${approved} ${approved === 1 ? "godkänd" : "godkända"}`, en: `, ${approved} of them approved` };
}

/** "Godkända (2)" / "Approved (2)": the heading approved findings are folded under. */
export function approvedHeading(approved: number): LocalizedText {
  return { sv: `Godkända (${approved})`, en: `Approved (${approved})` };
}
