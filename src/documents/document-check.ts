/**
 * The shape every check across documents exports (one per file, like the checks inside a
 * workbook): an id, a title, the basis of its findings, and run(documents) → findings,
 * each belonging to one of the documents (its cells are that workbook's; Finding.other
 * names the other side).
 */
import type { Basis, Finding, LocalizedText } from "../findings/finding";
import type { RecognisedDocument } from "./document";

export interface DocumentFinding {
  doc: RecognisedDocument;
  finding: Finding;
}

export interface DocumentCheck {
  id: string;
  title: LocalizedText;
  basis: Basis;
  /** The documents in the order given: a finding belongs to the earlier document of the pair it relates. */
  run(documents: readonly RecognisedDocument[]): DocumentFinding[];
}
