/**
 * The shape every check across documents exports (one per file, like the checks inside a
 * workbook, src/checks/check.ts): `meta` says what it is — id, title, basis, what it compares,
 * its message templates in Swedish and English — and `run` reads the documents and reports
 * through `ctx.report`, which builds the findings (./cross-finding.ts). A finding belongs
 * to one of the documents (its cells are that workbook's; Finding.other names the other side).
 */
import type { Verdict } from "../checks/support/relation";
import type { Basis, Finding, LocalizedText, OtherCell, Severity } from "../findings/finding";
import type { MessageData } from "../findings/message-text";
import type { Side } from "./cross-finding";
import type { RecognisedDocument } from "./document";

export interface DocumentFinding {
  doc: RecognisedDocument;
  finding: Finding;
}

export interface DocumentCheckMeta<M extends string = string> {
  id: string;
  title: LocalizedText;
  /** The evidence its findings rest on (a loose label match rests on the label). */
  basis: Basis;
  /** What it compares, in a sentence (docs/checks.md). */
  compares: LocalizedText;
  /** Message templates by id; "{name}" is filled from a report's data. */
  messages: Readonly<Record<M, LocalizedText>>;
}

/** One figure here against one figure in another document: the finding belongs to here's document. */
export interface RelationReport<M extends string = string> {
  messageId: M;
  data?: MessageData;
  here: Side;
  there: Side;
  /** Gives the numbers, severity and cause; the message ends with the cause and the numbers. */
  verdict: Verdict;
  /** A loose label match caps the severity at warning and rests on the label (evidence before error). */
  loose?: boolean;
  /** Replaces the verdict's severity (an explained total is information). */
  severity?: Severity;
  /** A cause the check read from the documents ("reclassified", …), its sentence from a message template. */
  cause?: { id: string; messageId: M; data?: MessageData };
  /** More cells here that the finding rests on. */
  alsoHere?: Side[];
}

/** A finding without figures (a line one document lacks, two documents that do not belong together). */
export interface PlainReport<M extends string = string> {
  messageId: M;
  data?: MessageData;
  doc: RecognisedDocument;
  sheet: string;
  cells: readonly string[];
  severity: Severity;
  cause?: string;
  other?: OtherCell;
}

export type CrossReport<M extends string = string> = RelationReport<M> | PlainReport<M>;

export interface DocumentCheckContext<M extends string = string> {
  report(report: CrossReport<M>): void;
}

export interface DocumentCheck<M extends string = string> {
  meta: DocumentCheckMeta<M>;
  /** The documents in the order given: a finding belongs to the earlier document of the pair it relates. */
  run(documents: readonly RecognisedDocument[], ctx: DocumentCheckContext<M>): void;
}

/** A check with its message ids inferred from its templates (a report naming another id does not compile). */
export function defineDocumentCheck<M extends string>(check: DocumentCheck<M>): DocumentCheck<M> {
  return check;
}
