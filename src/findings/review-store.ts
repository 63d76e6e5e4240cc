/**
 * How the review marks are stored in the document: one Office document setting,
 * REVIEW_SETTING = {"version": 1, "marks": {"<fingerprint>": {status, comment, by, at}}}.
 * Office keeps a setting's value as JSON (in an .xlsx: a <we:property> of the add-in's
 * web extension part, docs/review-marks.md). Reading is tolerant: bad JSON, a wrong shape
 * or a newer version gives no marks (or the good ones) and a note, never an exception.
 */
import type { LocalizedText } from "./finding";
import { REVIEW_STATUSES, ReviewMark, ReviewMarks, ReviewStatus } from "./review-mark";

export const REVIEW_SETTING = "finsam.review";
export const REVIEW_VERSION = 1;

/** Bounds on what is read: a document holds at most this many marks, a comment at most this many characters. */
export const REVIEW_LIMITS = { marks: 10_000, comment: 2_000, name: 200 };

export interface StoredReview {
  version: typeof REVIEW_VERSION;
  marks: Record<string, ReviewMark>;
}

export interface ParsedReview {
  marks: Map<string, ReviewMark>;
  /** Why some or all of the stored marks were not read; null when all were. */
  note: LocalizedText | null;
}

/** The setting's value as Office returns it (parsed JSON), or its JSON text; undefined/null: no marks stored. */
export function parseReview(value: unknown): ParsedReview {
  if (value === undefined || value === null) return { marks: new Map(), note: null };
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return unreadable({ sv: "granskningsmarkeringarna är inte giltig JSON", en: "the review marks are not valid JSON" });
    }
  }
  if (!isRecord(v) || !isRecord(v.marks)) {
    return unreadable({ sv: "granskningsmarkeringarna har fel form", en: "the review marks have the wrong shape" });
  }
  if (v.version !== REVIEW_VERSION) {
    return unreadable({
      sv: `granskningsmarkeringarna har version ${JSON.stringify(v.version)}, den här versionen läser ${REVIEW_VERSION}`,
      en: `the review marks have version ${JSON.stringify(v.version)}, this version reads ${REVIEW_VERSION}`,
    });
  }
  const marks = new Map<string, ReviewMark>();
  let skipped = 0;
  for (const [fingerprint, raw] of Object.entries(v.marks)) {
    const mark = marks.size < REVIEW_LIMITS.marks ? markOf(raw) : null;
    if (mark && fingerprint !== "") marks.set(fingerprint, mark);
    else skipped++;
  }
  const note =
    skipped === 0
      ? null
      : { sv: `${skipped} granskningsmarkeringar kunde inte läsas och visas inte`, en: `${skipped} review marks could not be read and are not shown` };
  return { marks, note };
}

/** The setting's value for these marks (a plain object; Office stores it as JSON), keys in order. */
export function serializeReview(marks: ReviewMarks): StoredReview {
  const out: Record<string, ReviewMark> = {};
  for (const key of [...marks.keys()].sort()) {
    const m = marks.get(key)!;
    out[key] = { status: m.status, comment: m.comment, by: m.by, at: m.at };
  }
  return { version: REVIEW_VERSION, marks: out };
}

/** The marks with `fingerprint` marked (replacing any mark it had). */
export function withMark(marks: ReviewMarks, fingerprint: string, mark: ReviewMark): Map<string, ReviewMark> {
  return new Map(marks).set(fingerprint, mark);
}

/** The marks without the one on `fingerprint`. */
export function withoutMark(marks: ReviewMarks, fingerprint: string): Map<string, ReviewMark> {
  const out = new Map(marks);
  out.delete(fingerprint);
  return out;
}

function markOf(raw: unknown): ReviewMark | null {
  if (!isRecord(raw) || !REVIEW_STATUSES.includes(raw.status as ReviewStatus)) return null;
  const text = (x: unknown, max: number): string | null => (x === undefined ? "" : typeof x === "string" ? x.slice(0, max) : null);
  const comment = text(raw.comment, REVIEW_LIMITS.comment);
  const by = text(raw.by, REVIEW_LIMITS.name);
  const at = text(raw.at, 40);
  if (comment === null || by === null || at === null) return null;
  return { status: raw.status as ReviewStatus, comment, by, at };
}

function unreadable(why: LocalizedText): ParsedReview {
  return {
    marks: new Map(),
    note: { sv: `${capitalize(why.sv)}; inga markeringar visas.`, en: `${capitalize(why.en)}; no marks are shown.` },
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
