/**
 * Every registered check carries its own test file through CheckTester and its entry in the
 * generated docs/checks.md, and that file is what `npm run docs:checks` writes today. A check
 * across documents likewise: its own test file test/documents/<id>.test.ts through
 * documentCheckTester, its entry and its messages.
 */
import fs from "fs";
import path from "path";
import { COMPARE_MESSAGES } from "../../src/documents/compare-tables";
import { DOCUMENT_CHECKS } from "../../src/documents/registry";
import { CHECKS } from "../../src/engine/registry";
import { checksDoc } from "../../scripts/checks-doc";

const root = path.resolve(__dirname, "../..");
const read = (file: string) => (fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), "utf8") : "");

describe.each(CHECKS.map((c) => [c.meta.id, c] as const))("registered check %s", (id, check) => {
  it("has its own test file that runs it through CheckTester", () => {
    const test = read(`test/checks/${id}.test.ts`);
    expect(test).toMatch(/checkTester\(\w+Check, \{/);
  });

  it("has an entry in docs/checks.md", () => {
    expect(read("docs/checks.md")).toContain(`## \`${id}\` — ${check.meta.title.sv} / ${check.meta.title.en}`);
  });

  it("reports every message of its meta somewhere in its file, and has both languages of each", () => {
    expectMessagesReported(check.meta.messages, read(`src/checks/${id}.ts`));
  });
});

describe.each(DOCUMENT_CHECKS.map((c) => [c.meta.id, c] as const))("registered check across documents %s", (id, check) => {
  it("has its own test file that runs it through documentCheckTester", () => {
    const test = read(`test/documents/${id}.test.ts`);
    expect(test).toMatch(/documentCheckTester\(\w+Check, \{/);
  });

  it("has an entry in docs/checks.md", () => {
    expect(read("docs/checks.md")).toContain(`### \`${id}\` — ${check.meta.title.sv} / ${check.meta.title.en}`);
  });

  it("reports every message of its meta somewhere in its file (or in compare-tables.ts, whose messages it takes), and has both languages of each", () => {
    const source = read(`src/documents/${id}.ts`);
    const compares = source.includes("COMPARE_MESSAGES");
    for (const messageId of Object.keys(COMPARE_MESSAGES)) expect(messageId in check.meta.messages).toBe(compares);
    expectMessagesReported(check.meta.messages, source + (compares ? read("src/documents/compare-tables.ts") : ""));
  });
});

/** Each message id is named in the source that reports it, and each template has the same values in both languages. */
function expectMessagesReported(messages: Readonly<Record<string, { sv: string; en: string }>>, source: string): void {
  expect(source).not.toBe("");
  for (const [messageId, text] of Object.entries(messages)) {
    expect(source).toContain(`"${messageId}"`);
    expect(text.sv && text.en).toBeTruthy();
    // The same values in both languages: a template cannot lose one in translation.
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(names(text.en)).toEqual(names(text.sv));
  }
}

it("docs/checks.md is generated from the checks' meta and up to date (npm run docs:checks)", () => {
  expect(read("docs/checks.md")).toBe(checksDoc(CHECKS, DOCUMENT_CHECKS));
});
