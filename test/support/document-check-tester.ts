/**
 * documentCheckTester: CheckTester (./check-tester.ts) for a check across documents. A case is a
 * set of workbooks from literal grids, the first the one validated, a companion with the role
 * validateDocuments takes; only this check runs on them. A valid case gives no finding; an invalid
 * case exactly the findings listed, in order, each also naming the document it belongs to.
 */
import { runDocumentCheck } from "../../src/documents/cross-finding";
import type { DocumentCheck } from "../../src/documents/document-check";
import { recogniseDocuments, type CompanionRole } from "../../src/documents/validate-documents";
import type { Sheet } from "../../src/model/grid";
import type { ValidationConfig } from "../../src/model/validation-config";
import { expectFindings, type ExpectedFinding } from "./check-tester";

export interface TestDocument {
  /** The workbook's file name: the name a finding's `other` gives it. */
  name: string;
  sheets: Sheet[];
  role?: CompanionRole;
}

export interface ValidDocumentsCase {
  name: string;
  documents: TestDocument[];
  config?: ValidationConfig;
}

export interface ExpectedDocumentFinding extends ExpectedFinding {
  /** The name of the document the finding belongs to. */
  doc: string;
}

export interface InvalidDocumentsCase extends ValidDocumentsCase {
  findings: ExpectedDocumentFinding[];
}

export function documentCheckTester<M extends string>(check: DocumentCheck<M>, cases: { valid: ValidDocumentsCase[]; invalid: InvalidDocumentsCase[] }): void {
  const run = (c: ValidDocumentsCase) =>
    runDocumentCheck(
      check,
      recogniseDocuments(
        c.documents.map((d) => ({ workbook: { name: d.name, sheets: d.sheets }, role: d.role })),
        c.config ?? {},
      ),
    );
  describe(`${check.meta.id} (documentCheckTester)`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = run(c);
        expect(found.map((f) => f.doc.name)).toEqual(c.findings.map((f) => f.doc));
        expectFindings(
          check.meta,
          found.map((f) => f.finding),
          c.findings.map(({ doc: _doc, ...expected }) => expected),
        );
      });
    }
  });
}
