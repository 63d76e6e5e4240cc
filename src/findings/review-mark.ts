/**
 * A review mark: what the economist decided about one finding — approved (explained), a
 * question, or an error to fix — with an optional comment, who marked it and when.
 */
import type { LocalizedText } from "./finding";

export type ReviewStatus = "approved" | "question" | "to-fix";

export const REVIEW_STATUSES: readonly ReviewStatus[] = ["approved", "question", "to-fix"];

export const REVIEW_STATUS_TEXT: Record<ReviewStatus, LocalizedText> = {
  approved: { sv: "Godkänd (förklarad)", en: "Approved (explained)" },
  question: { sv: "Fråga", en: "Question" },
  "to-fix": { sv: "Fel att rätta", en: "To fix" },
};

export interface ReviewMark {
  status: ReviewStatus;
  /** "" when none was written. */
  comment: string;
  /** The user's name as Office gives it; "" when unknown. */
  by: string;
  /** When it was marked, ISO 8601 (new Date().toISOString()). */
  at: string;
}

/** The marks of one document, by the fingerprint of the finding they are on (review-fingerprint). */
export type ReviewMarks = ReadonlyMap<string, ReviewMark>;
