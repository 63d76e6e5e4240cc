/**
 * validateDocuments: a set of workbooks of one förbund → each understood and checked on
 * its own, recognised as what it is, then related by the checks across documents.
 * The first workbook is the one validated; a companion's role (last year's annual report,
 * the budget) may be given by the caller, else it is recognised. Pure: no Office, no I/O.
 */
import type { ValidationConfig } from "../model/validation-config";
import { checkFailed } from "../checks/support/check-failed";
import { sortFindings } from "../engine/order";
import { validateUnderstood } from "../engine/validate";
import type { Finding } from "../findings/finding";
import { explainTolerances } from "../findings/tolerance-words";
import type { Workbook } from "../model/grid";
import { understandWorkbook } from "../understand/understand-workbook";
import { runDocumentCheck } from "./cross-finding";
import { recogniseDocument, type DocumentClaim, type DocumentKind, type RecognisedDocument } from "./document";
import { DOCUMENT_CHECKS } from "./registry";

/** What the caller says a companion is: last year's annual report, or a budget. */
export type CompanionRole = "prior-year-report" | "budget";

export interface DocumentInput {
  workbook: Workbook;
  role?: CompanionRole;
}

export interface DocumentReport {
  name: string;
  kind: DocumentKind;
  year: number | null;
  /** The workbook's own findings and the findings across documents that belong to it, in sheet order. */
  findings: Finding[];
}

function claimFor(role: CompanionRole | undefined, main: RecognisedDocument): DocumentClaim | undefined {
  if (role === "prior-year-report") return { kind: "annual-report", ...(main.year !== null ? { year: main.year - 1 } : {}) };
  if (role === "budget") return { kind: "budget" };
  return undefined;
}

/** Each workbook understood and recognised: the first as itself, a companion as its role says (else as recognised). */
export function recogniseDocuments(inputs: readonly DocumentInput[], config: ValidationConfig = {}): RecognisedDocument[] {
  const understood = inputs.map((i) => understandWorkbook(i.workbook, config));
  const names = inputs.map((input, i) => input.workbook.name ?? `arbetsbok ${i + 1}`);
  const main = recogniseDocument(names[0], understood[0]);
  return inputs.map((input, i) => (i === 0 ? main : recogniseDocument(names[i], understood[i], claimFor(input.role, main))));
}

export function validateDocuments(inputs: readonly DocumentInput[], config: ValidationConfig = {}): DocumentReport[] {
  const docs = recogniseDocuments(inputs, config);
  const main = docs[0];
  const own = new Map<RecognisedDocument, Finding[]>(docs.map((d) => [d, validateUnderstood(d.understood, config)]));
  for (const check of DOCUMENT_CHECKS) {
    try {
      for (const { doc, finding } of runDocumentCheck(check, docs)) own.get(doc)!.push(finding);
    } catch (err) {
      // One check failing on odd documents must not hide what the others found; say so instead.
      own.get(main)!.push(checkFailed(check.meta, main.understood.sheets[0]?.name ?? "", err, { sv: "de här arbetsböckerna", en: "these workbooks" }));
    }
  }
  return docs.map((d) => ({
    name: d.name,
    kind: d.kind,
    year: d.year,
    // The tolerance is explained once per workbook, over its own findings and those across documents.
    findings: explainTolerances(
      sortFindings(
        own.get(d)!,
        d.understood.sheets.map((s) => s.name),
      ),
    ),
  }));
}
