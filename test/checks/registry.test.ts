/**
 * Every registered check carries its own test file through CheckTester and its entry in the
 * generated docs/checks.md, and that file is what `npm run docs:checks` writes today.
 */
import fs from "fs";
import path from "path";
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
    const source = read(`src/checks/${id}.ts`);
    for (const [messageId, text] of Object.entries<{ sv: string; en: string }>(check.meta.messages)) {
      expect(source).toContain(`"${messageId}"`);
      expect(text.sv && text.en).toBeTruthy();
      // The same values in both languages: a template cannot lose one in translation.
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.en)).toEqual(names(text.sv));
    }
  });
});

it("docs/checks.md is generated from the checks' meta and up to date (npm run docs:checks)", () => {
  expect(read("docs/checks.md")).toBe(checksDoc(CHECKS));
});
