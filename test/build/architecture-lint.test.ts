/**
 * The layering is enforced by lint (eslint.config.mjs): planted sources in the pure layers
 * that import an engine, an adapter, ExcelJS, or use Office's globals are refused; the same
 * imports from the adapters, and the pure layers' own imports, pass. ESLint runs in a plain
 * Node child process (it loads its ESM config with import(), which Jest's module system cannot).
 */
import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Planted {
  filePath: string;
  code: string;
}

/** Rule ids ESLint reports for each planted file, linted with the repository's config. */
function lint(files: Planted[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const files = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const f of files) {
        const [result] = await eslint.lintText(f.code, { filePath: f.filePath });
        out.push(result.messages.map((m) => m.ruleId ?? m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(files), encoding: "utf8" })) as string[][];
}

const REFUSED: Planted[] = [
  { filePath: "src/checks/planted.ts", code: 'import { validateWorkbook } from "../engine/validate";\nexport const v = validateWorkbook;\n' },
  { filePath: "src/understand/planted.ts", code: 'import { readXlsx } from "../xlsx/read-xlsx";\nexport const r = readXlsx;\n' },
  { filePath: "src/model/planted.ts", code: 'import ExcelJS from "exceljs";\nexport const w = new ExcelJS.Workbook();\n' },
  { filePath: "src/findings/planted.ts", code: 'import type { Translate } from "../taskpane/i18n";\nexport type T = Translate;\n' },
  { filePath: "src/core/planted.ts", code: 'import { CliError } from "../cli/cli-error";\nexport const e = CliError;\n' },
  { filePath: "src/checks/planted.ts", code: 'import { readWorkbook } from "../excel/read-workbook";\nexport const r = readWorkbook;\n' },
  { filePath: "src/core/planted.ts", code: "export const run = () => Excel.run(async () => undefined);\n" },
  { filePath: "src/understand/planted.ts", code: "export const ready = () => Office.onReady();\n" },
  { filePath: "src/checks/planted.ts", code: "export const rows = (r: Excel.Range) => r.rowCount;\n" },
];

const ACCEPTED: Planted[] = [
  { filePath: "src/checks/planted.ts", code: 'import type { TableKind } from "../model/kinds";\nimport type { UnderstoodWorkbook } from "../understand/types";\nexport type K = [TableKind, UnderstoodWorkbook];\n' },
  { filePath: "src/understand/planted.ts", code: 'import { roundSum } from "../core/round-sum";\nexport const r = roundSum;\n' },
  { filePath: "src/cli/planted.ts", code: 'import ExcelJS from "exceljs";\nimport { validateWorkbook } from "../engine/validate";\nexport const x = [ExcelJS, validateWorkbook];\n' },
  { filePath: "src/excel/planted.ts", code: "export const run = () => Excel.run(async () => undefined);\n" },
  { filePath: "src/excel/planted.ts", code: "export const rows = (r: Excel.Range) => r.rowCount;\n" },
];

describe("the architecture import rule", () => {
  const results = lint([...REFUSED, ...ACCEPTED]);

  it.each(REFUSED.map((f, i) => [f.filePath, f.code.split("\n")[0], i]))("refuses in %s: %s", (_file, _line, i) => {
    expect(results[i as number].filter((id) => id === "no-restricted-imports" || id === "no-restricted-globals" || id === "no-restricted-syntax")).toHaveLength(1);
  });

  it.each(ACCEPTED.map((f, i) => [f.filePath, f.code.split("\n")[0], REFUSED.length + i]))("accepts in %s: %s", (_file, _line, i) => {
    expect(results[i as number]).toEqual([]);
  });
});
