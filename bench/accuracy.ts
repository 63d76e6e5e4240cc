/**
 * npm run accuracy [-- --seed N [--verbose]] [--dump DIR] [--json FILE]: runs the engine on the
 * generated corpus (test/support/corpus) and scores its error findings against the planted
 * errors. An error finding matches a planted error when one of its cells is among the error's
 * acceptable cells (the changed cells and every cell of every relation they touch).
 * Recall = planted errors matched ÷ planted; precision = matching error findings ÷ error findings.
 * Prints the figures overall, per house-style value and per error kind, and where false errors
 * come from (check, basis, the most frequent messages); writes bench/accuracy-results.json.
 */
import fs from "fs";
import path from "path";
import type { Finding } from "../src/findings/finding";
import { parseA1 } from "../src/model/grid";
import { gridToExcelJS } from "../src/xlsx/grid-to-exceljs";
import { CORPUS_SEEDS, generateReport } from "../test/support/corpus/corpus";
import { ERROR_KINDS, GeneratedReport } from "../test/support/corpus/ground-truth";
import { findingCells, score, type Scored } from "../test/support/corpus/score";
import { STYLE_VALUES, StyleDimension } from "../test/support/corpus/house-style";

const ROOT = path.resolve(__dirname, "../../..");
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seedOption = option("--seed");
const dumpDir = option("--dump");
const jsonFile = option("--json") ?? path.join(ROOT, "bench/accuracy-results.json");
const verbose = args.includes("--verbose");

/** The generated table a finding's first cell lies in ("rr", "not2", "member-split" …), or "–". */
function tableOf(report: GeneratedReport, f: Finding): string {
  const key = findingCells(f)[0];
  if (!key) return "–";
  const bang = key.lastIndexOf("!");
  const at = parseA1(key.slice(bang + 1))!;
  const t = report.tables.find((x) => x.sheet === key.slice(0, bang) && at.row >= x.top && at.row <= x.bottom && at.col >= x.left && at.col <= x.right);
  return t ? t.id : "–";
}

interface Tally {
  workbooks: number;
  clean: number;
  planted: number;
  found: number;
  errors: number;
  trueErrors: number;
  errorsOnClean: number;
  warnings: number;
}

const emptyTally = (): Tally => ({ workbooks: 0, clean: 0, planted: 0, found: 0, errors: 0, trueErrors: 0, errorsOnClean: 0, warnings: 0 });

function add(t: Tally, s: Scored): void {
  const errors = [...s.matches.values()];
  t.workbooks++;
  if (s.report.planted.length === 0) {
    t.clean++;
    t.errorsOnClean += errors.length;
  }
  t.planted += s.report.planted.length;
  t.found += s.found.size;
  t.errors += errors.length;
  t.trueErrors += errors.filter((m) => m.length > 0).length;
  t.warnings += s.findings.filter((f) => f.severity === "warning").length;
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)} %`);

function figures(t: Tally) {
  return {
    ...t,
    recall: t.planted === 0 ? null : t.found / t.planted,
    precision: t.errors === 0 ? null : t.trueErrors / t.errors,
    falseErrors: t.errors - t.trueErrors,
  };
}

function printTally(title: string, rows: [string, Tally][]): void {
  console.log(
    `\n${title}\n| värde / value | arbetsböcker / workbooks | rena / clean | planterade / planted | recall | fel / errors | precision | falska fel / false errors | fel på rena / errors on clean | varningar / warnings |`,
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const [name, t] of rows) {
    console.log(
      `| ${name} | ${t.workbooks} | ${t.clean} | ${t.planted} | ${pct(t.found, t.planted)} | ${t.errors} | ${pct(t.trueErrors, t.errors)} | ${t.errors - t.trueErrors} | ${t.errorsOnClean} | ${t.warnings} |`,
    );
  }
}

function countBy<T>(items: T[], key: (x: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function printVerbose(s: Scored): void {
  const { report } = s;
  console.log(`\nSeed ${report.seed}: ${report.workbook.name}`);
  console.log(`Stil / style: ${JSON.stringify(report.style)}`);
  console.log(`Blad / sheets: ${report.workbook.sheets.map((x) => x.name).join(", ")}; relationer / relations: ${report.relations.length}`);
  console.log(`\nPlanterade fel / planted errors (${report.planted.length}):`);
  for (const p of report.planted) {
    const state = s.found.has(p) ? "HITTAT / FOUND " : s.warned.has(p) ? "VARNING / WARNED" : "MISSAT / MISSED";
    console.log(`  ${state} ${p.kind}: ${p.description}`);
    console.log(`      changed ${p.changed.join(", ")}; acceptable ${p.acceptable.length} cells`);
  }
  console.log(`\nFynd / findings (${s.findings.length}):`);
  for (const f of s.findings) {
    const m = s.matches.get(f);
    const mark = f.severity !== "error" ? f.severity.padEnd(8) : m && m.length > 0 ? `TRUE ${m.map((p) => p.kind).join("+")}` : "FALSE";
    console.log(`  [${mark}] ${f.check} ${f.basis ?? "-"} ${f.sheet} ${f.cells.join(" ")}: ${f.message.sv}`);
  }
}

async function main(): Promise<void> {
  const seeds = seedOption ? [Number(seedOption)] : CORPUS_SEEDS;
  const started = Date.now();
  const scored: Scored[] = [];
  for (const seed of seeds) {
    const s = score(generateReport(seed));
    scored.push(s);
    if (verbose) printVerbose(s);
  }
  const ms = Date.now() - started;
  if (dumpDir) {
    fs.mkdirSync(dumpDir, { recursive: true });
    for (const { report } of scored) {
      await gridToExcelJS(report.workbook).xlsx.writeFile(path.join(dumpDir, report.workbook.name!));
      const truth = { seed: report.seed, style: report.style, planted: report.planted };
      fs.writeFileSync(path.join(dumpDir, report.workbook.name!.replace(/\.xlsx$/, ".truth.json")), JSON.stringify(truth, null, 2) + "\n");
    }
    console.log(`Skrev / wrote ${scored.length} arbetsböcker / workbooks till / to ${dumpDir}`);
  }

  const overall = emptyTally();
  for (const s of scored) add(overall, s);
  const perStyle: Record<string, Record<string, Tally>> = {};
  for (const dim of Object.keys(STYLE_VALUES) as StyleDimension[]) {
    perStyle[dim] = {};
    for (const value of STYLE_VALUES[dim]) perStyle[dim][value] = emptyTally();
    for (const s of scored) add(perStyle[dim][s.report.style[dim]], s);
  }
  const perKind: Record<string, { planted: number; found: number; onlyWarned: number }> = {};
  for (const kind of ERROR_KINDS) perKind[kind] = { planted: 0, found: 0, onlyWarned: 0 };
  for (const s of scored) {
    for (const p of s.report.planted) {
      perKind[p.kind].planted++;
      if (s.found.has(p)) perKind[p.kind].found++;
      if (s.warned.has(p)) perKind[p.kind].onlyWarned++;
    }
  }
  const falseErrors = scored.flatMap((s) => [...s.matches].filter(([, m]) => m.length === 0).map(([f]) => ({ f, s })));
  const normalise = (text: string) =>
    text
      .replace(/[−-]?\d[\d\s\u00a0.,]*/g, "#")
      .replace(/'[^']*'!/g, "")
      .trim();

  const o = figures(overall);
  console.log(`\nFINSAM noggrannhet / accuracy: ${scored.length} genererade arbetsböcker / generated workbooks, ${(ms / 1000).toFixed(1)} s`);
  printTally("Totalt / overall", [["alla / all", overall]]);
  if (!seedOption)
    for (const dim of Object.keys(perStyle))
      printTally(
        `Stil / style: ${dim}`,
        Object.entries(perStyle[dim]).filter(([, t]) => t.workbooks > 0),
      );
  console.log(
    "\nPer feltyp / per error kind\n| feltyp / kind | planterade / planted | hittade / found | recall | bara som varning / only as a warning |\n|---|---|---|---|---|",
  );
  for (const [kind, k] of Object.entries(perKind)) console.log(`| ${kind} | ${k.planted} | ${k.found} | ${pct(k.found, k.planted)} | ${k.onlyWarned} |`);
  const byCheck = countBy(falseErrors, (x) => x.f.check);
  const onClean = countBy(
    falseErrors.filter((x) => x.s.report.planted.length === 0),
    (x) => x.f.check,
  );
  const byBasis = countBy(falseErrors, (x) => String(x.f.basis));
  const byTable = countBy(falseErrors, (x) => tableOf(x.s.report, x.f));
  const topMessages = countBy(falseErrors, (x) => `${x.f.check}: ${normalise(x.f.message.sv)}`).slice(0, 10);
  console.log("\nFalska fel per kontroll / false errors per check: " + byCheck.map(([k, n]) => `${k} ${n}`).join(", "));
  console.log("Fel på rena arbetsböcker per kontroll / errors on clean workbooks per check: " + onClean.map(([k, n]) => `${k} ${n}`).join(", "));
  console.log("Falska fel per tabell / false errors per table: " + byTable.map(([k, n]) => `${k} ${n}`).join(", "));
  console.log("Falska fel per grund / false errors per basis: " + byBasis.map(([k, n]) => `${k} ${n}`).join(", "));
  console.log("\nVanligaste falska fel / top false-error messages:");
  for (const [m, n] of topMessages) console.log(`  ${String(n).padStart(5)}  ${m}`);
  console.log(
    `\nRecall ${pct(overall.found, overall.planted)}, precision ${pct(overall.trueErrors, overall.errors)}, fel på rena arbetsböcker / errors on clean workbooks ${overall.errorsOnClean}, varningar / warnings ${overall.warnings}`,
  );

  if (!seedOption) {
    const result = {
      workbooks: scored.length,
      seconds: ms / 1000,
      overall: o,
      perStyle: Object.fromEntries(
        Object.entries(perStyle).map(([dim, values]) => [dim, Object.fromEntries(Object.entries(values).map(([v, t]) => [v, figures(t)]))]),
      ),
      perKind: Object.fromEntries(Object.entries(perKind).map(([k, v]) => [k, { ...v, recall: v.planted === 0 ? null : v.found / v.planted }])),
      falseErrors: {
        byCheck: Object.fromEntries(byCheck),
        onCleanByCheck: Object.fromEntries(onClean),
        byTable: Object.fromEntries(byTable),
        byBasis: Object.fromEntries(byBasis),
        topMessages: topMessages.map(([message, count]) => ({ message, count })),
      },
    };
    fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2) + "\n");
    console.log(`Resultat / results: ${path.relative(ROOT, jsonFile)}`);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
