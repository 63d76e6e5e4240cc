/**
 * bin/finsam.js on the example workbooks, end to end: the JSON document and the text
 * lines carry exactly the findings the engine gives for the same file (computed here in
 * process), the exit code follows the errors, --no-fail and --lang work.
 */
import path from "path";
import { validateWorkbook } from "../../src/engine/validate";
import type { Finding } from "../../src/findings/finding";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { EXAMPLES } from "../../examples/src/seeds";
import { ROOT, buildCli } from "./build-cli";
import { findingAsJson } from "./finding-as-json";
import { finsam } from "./run-finsam";
import { spaced, unwrapped } from "./unwrapped";

beforeAll(buildCli, 180_000);

const FILES = EXAMPLES.map((e) => path.join("examples", e.file));

async function engineFindings(file: string): Promise<Finding[]> {
  return validateWorkbook((await readXlsx(path.join(ROOT, file))).workbook);
}

describe.each(FILES)("finsam validate %s", (file) => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await engineFindings(file);
  });

  it("--json prints one document with the engine's findings, in its order, numbers as numbers", () => {
    const run = finsam(["validate", file, "--json", "--lang", "en"]);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(["file", "findings", "summary"]);
    expect(doc.file).toBe(file);
    expect(doc.findings).toEqual(findings.map(findingAsJson));
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(doc.summary).toEqual({ errors: count("error"), warnings: count("warning"), infos: count("info") });
    expect(run.code).toBe(count("error") > 0 ? 1 : 0);
    expect(run.stderr).toBe("");
  });

  it("prints one entry per finding with sheet!cell, the message and the figures, and a summary line, within 80 columns", () => {
    const run = finsam(["validate", file]);
    expect(run.stdout.split("\n").filter((l) => [...l].length > 80)).toEqual([]);
    const lines = unwrapped(run.stdout);
    for (const f of findings) {
      const ref = f.cells[0].includes("!") ? f.cells[0] : `!${f.cells[0]}`;
      const msg = ` ${spaced(f.message.sv)}`;
      const line = lines.find((l) => l.includes(ref) && (l.endsWith(msg) || l.includes(`${msg} (`) || l.includes(`${msg} [grund: `)));
      expect(line).toBeDefined();
      if (f.expected !== null) expect(line).toMatch(/\(förväntat [-−\d  ,]+, faktiskt [-−\d  ,]+, diff [-−\d  ,]+/);
    }
    const errors = findings.filter((f) => f.severity === "error").length;
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Sammanfattning: ${errors} fel, `)));
  });

  it("--no-fail exits 0 whatever was found", () => {
    expect(finsam(["validate", "--no-fail", file]).code).toBe(0);
  });
});

it("several files: one JSON array, one summary line for all in text", () => {
  const json = finsam(["validate", "--json", ...FILES]);
  const docs = JSON.parse(json.stdout);
  expect(docs.map((d: { file: string }) => d.file)).toEqual(FILES);
  const text = finsam(["validate", ...FILES]);
  expect(text.stdout.trimEnd().split("\n").pop()).toMatch(new RegExp(`^Sammanfattning: \\d+ fel, \\d+ varning(ar)?, \\d+ info \\(${FILES.length} filer\\)$`));
});
