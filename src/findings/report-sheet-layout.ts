/**
 * What the two report sheets share — the pane's "Skapa rapportblad" and the CLI's --out
 * copy: the sheet's name, and the columns that carry a finding's review mark.
 */
import type { LocalizedText } from "./finding";

/** The report sheet's name (a user's own sheet of that name gets the next free one). */
export const REPORT_SHEET_NAME = "Valideringsrapport";

/** Headers of the review columns, in order: the mark, its comment, who marked it, when. */
export const REVIEW_COLUMNS: readonly LocalizedText[] = [
  { sv: "Granskning", en: "Review" },
  { sv: "Kommentar", en: "Comment" },
  { sv: "Granskad av", en: "Reviewed by" },
  { sv: "Granskad", en: "Reviewed at" },
];

/** Header of the column naming the check. */
export const CHECK_COLUMN: LocalizedText = { sv: "Kontroll", en: "Check" };
