/**
 * CheckTester, after ESLint's RuleTester: a check run on small literal grids (test/checks/grid-literal.ts).
 * A valid case must give no finding; an invalid case exactly the findings listed, in order, each
 * matched field by field (toMatchObject), and the message ids named must be the check's own, with
 * every value of their templates filled in. documentCheckTester (./document-check-tester.ts) does the
 * same for a check across documents.
 */
import type { Check } from "../../src/checks/check";
import { runCheck } from "../../src/checks/support/run-check";
import type { Finding } from "../../src/findings/finding";
import type { Sheet } from "../../src/model/grid";
import type { ValidationConfig } from "../../src/model/validation-config";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { workbook } from "../checks/grid-literal";

export interface ValidCase {
  name: string;
  sheets: Sheet[];
  config?: ValidationConfig;
}

export interface ExpectedFinding extends Partial<Omit<Finding, "message">> {
  /** The message's template: the finding's Swedish and English texts begin with it, each {value} filled in. */
  messageId?: string;
  message?: Partial<Finding["message"]>;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export function checkTester<M extends string>(check: Check<M>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const run = (c: ValidCase) => runCheck(check, understandWorkbook(workbook(...c.sheets), c.config ?? {}), c.config ?? {});
  describe(`${check.meta.id} (CheckTester)`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expectFindings(check.meta, run(c), c.findings);
      });
    }
  });
}

/** Exactly the findings expected, in order, each field by field, its message from the named template (shared with documentCheckTester). */
export function expectFindings(
  meta: { id: string; messages: Readonly<Record<string, { sv: string; en: string }>> },
  found: readonly Finding[],
  findings: readonly ExpectedFinding[],
): void {
  expect(found).toHaveLength(findings.length);
  findings.forEach(({ messageId, ...expected }, i) => {
    expect(found[i]).toMatchObject({ check: meta.id, ...expected });
    if (messageId === undefined) return;
    const template = meta.messages[messageId];
    expect(template).toBeDefined();
    for (const lang of ["sv", "en"] as const) expect(found[i].message[lang]).toMatch(templatePattern(template[lang]));
  });
}

/** "{row} ({column}) stämmer inte" → /^.+? \(.+?\) stämmer inte/ (a relation's cause and numbers may follow). */
function templatePattern(template: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    "^" +
      template
        .split(/\{\w+\}/)
        .map(escape)
        .join(".+?"),
  );
}
