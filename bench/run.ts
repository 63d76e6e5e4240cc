/**
 * npm run bench [-- --json FILE] [--quick] [--running-totals]: measures the engine, the CLI, the
 * task pane's read path and the custom functions, prints a table and optionally writes a JSON
 * report (--running-totals: only the running-totals case).
 * Targets (issue 5): engine 1 M cells ≤ 2 s; linearity ≤ 1.3 (also for a column of running
 * totals, issue 12); CLI ≤ 1.5 × ExcelJS load; syncs ≤ 2 + ⌈payload / 4 MB⌉; VARIANCE ≤ 20 × float;
 * peak RSS ≤ 1.5 GB.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { validateWorkbook } from "../src/engine/validate";
import type { Finding } from "../src/findings/finding";
import { readWorkbook } from "../src/excel/read-workbook";
import { gridToExcelJS } from "../src/xlsx/grid-to-exceljs";
import { SimRequestContext } from "../test/support/excel-simulator/api";
import { documentFromGrid } from "../test/support/excel-simulator/from-grid";
import { createHost } from "../test/support/excel-simulator/host";
import { runningTotalsWorkbook } from "../test/support/running-totals";
import { floatVariance } from "./float-variance";
import { PlantedErrors, SyntheticSize, cellCount, syntheticWorkbook } from "./synthetic-workbook";
import { median, medianOf } from "./timing";
import { EXCEL_ERROR_CODES } from "../test/support/excel-error-codes";

const ROOT = path.resolve(__dirname, "../../..");
const args = process.argv.slice(2);
const jsonFile = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const quick = args.includes("--quick");
const RUNS = quick ? 1 : 5;
const onlyRunningTotals = args.includes("--running-totals");

const SIZES: SyntheticSize[] = [
  { sheets: 1, rowsPerSheet: 200, cols: 12 },
  { sheets: 1, rowsPerSheet: 1000, cols: 12 },
  { sheets: 5, rowsPerSheet: 2000, cols: 12 },
  { sheets: 25, rowsPerSheet: 2000, cols: 12 },
  { sheets: 50, rowsPerSheet: 2000, cols: 12 },
];

function log(line: string): void {
  process.stderr.write(line + "\n");
}

function installCustomFunctionsStub(): void {
  class ExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate: () => undefined,
    Error: ExcelError,
    ErrorCode: { ...EXCEL_ERROR_CODES },
  };
}

/** The check that must report each kind of planted error, at the planted cell. */
const EXPECTED_CHECK: Record<keyof PlantedErrors, string> = {
  wrongSubtotals: "sum",
  flippedDifferences: "difference-column",
  textNumbers: "text-number",
};

type Found = Record<string, { planted: number; found: number }>;

/** Per check: how many planted errors it was expected to report, and how many it reported at their cells. */
function plantedFound(findings: Finding[], planted: PlantedErrors): Found {
  const at = new Set(findings.flatMap((f) => f.cells.map((cell) => `${f.check}|${f.sheet}|${cell}`)));
  const out: Found = {};
  for (const kind of Object.keys(EXPECTED_CHECK) as (keyof PlantedErrors)[]) {
    const check = EXPECTED_CHECK[kind];
    out[check] = { planted: planted[kind].length, found: planted[kind].filter((p) => at.has(`${check}|${p.sheet}|${p.cell}`)).length };
  }
  return out;
}

function engineTimes(): {
  byCells: Record<string, number>;
  findings: Record<string, number>;
  found: Record<string, Found>;
  largest: ReturnType<typeof syntheticWorkbook>["workbook"];
} {
  const byCells: Record<string, number> = {};
  const findings: Record<string, number> = {};
  const found: Record<string, Found> = {};
  let largest = syntheticWorkbook(SIZES[0]).workbook;
  for (const size of SIZES) {
    const { workbook, planted } = syntheticWorkbook(size);
    const cells = cellCount(workbook);
    let result: Finding[] = validateWorkbook(workbook); // warm-up: JIT and lazy initialisation are not what we measure
    byCells[cells] = medianOf(RUNS, () => {
      result = validateWorkbook(workbook);
    });
    findings[cells] = result.length;
    found[cells] = plantedFound(result, planted);
    const summary = Object.entries(found[cells])
      .map(([check, n]) => `${check} ${n.found}/${n.planted}`)
      .join(", ");
    log(
      `engine ${size.sheets}×${size.rowsPerSheet}×${size.cols} (${cells} celler/cells): ${byCells[cells].toFixed(0)} ms, ${result.length} fynd/findings; planterade hittade / planted found: ${summary}`,
    );
    largest = workbook;
  }
  return { byCells, findings, found, largest };
}

/** Rows of the running-totals sheet; the linearity compares the last with the first. */
const RUNNING_TOTAL_ROWS = [1000, 2000, 4000, 8000];

/** The engine on a column of running totals in its own column (SUM(B$4:Bi) on every row): time by rows, and time per row largest ÷ smallest. */
function runningTotalsTimes(): { byRows: Record<string, number>; findings: Record<string, number>; linearity: number } {
  const byRows: Record<string, number> = {};
  const findings: Record<string, number> = {};
  for (const rows of RUNNING_TOTAL_ROWS) {
    const workbook = runningTotalsWorkbook(rows, "own-column");
    let result: Finding[] = validateWorkbook(workbook); // warm-up
    byRows[rows] = medianOf(RUNS, () => {
      result = validateWorkbook(workbook);
    });
    findings[rows] = result.length;
    log(`running totals ${rows} rader/rows: ${byRows[rows].toFixed(0)} ms, ${result.length} fynd/findings`);
  }
  const first = RUNNING_TOTAL_ROWS[0];
  const last = RUNNING_TOTAL_ROWS[RUNNING_TOTAL_ROWS.length - 1];
  return { byRows, findings, linearity: byRows[last] / byRows[first] / (last / first) };
}

function runChild(argv: string[]): { ms: number; rssMb: number; status: number | null } {
  const rssFile = path.join(os.tmpdir(), `finsam-bench-rss-${process.pid}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-r", path.join(ROOT, "bench/report-peak-rss.js"), ...argv], {
    cwd: ROOT,
    env: { ...process.env, FINSAM_BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssMb = Number(fs.readFileSync(rssFile, "utf8"));
  fs.rmSync(rssFile, { force: true });
  return { ms, rssMb, status: result.status };
}

async function cliVsExcelJs(workbook: ReturnType<typeof syntheticWorkbook>["workbook"]): Promise<{ cliMs: number; loadMs: number; peakRssMb: number }> {
  const file = path.join(os.tmpdir(), "finsam-bench-largest.xlsx");
  log("skriver största arbetsboken / writing the largest workbook …");
  await gridToExcelJS(workbook).xlsx.writeFile(file);
  const cli: number[] = [];
  const load: number[] = [];
  let peakRssMb = 0;
  for (let i = 0; i < RUNS; i++) {
    const c = runChild([path.join(ROOT, "bin/finsam.js"), "validate", file, "--json"]);
    if (c.status !== 0 && c.status !== 1) throw new Error(`finsam validate gav slutkod / exited with ${c.status}`);
    cli.push(c.ms);
    peakRssMb = Math.max(peakRssMb, c.rssMb);
    load.push(runChild([path.join(ROOT, "bench/load-with-exceljs.js"), file]).ms);
    log(`cli ${c.ms.toFixed(0)} ms (${c.rssMb.toFixed(0)} MB), exceljs ${load[load.length - 1].toFixed(0)} ms`);
  }
  fs.rmSync(file, { force: true });
  return { cliMs: median(cli), loadMs: median(load), peakRssMb };
}

async function taskPaneReadPath(): Promise<{ syncs: Record<string, number>; payload: Record<string, number> }> {
  const syncs: Record<string, number> = {};
  const payload: Record<string, number> = {};
  for (const size of SIZES) {
    const { workbook } = syntheticWorkbook(size);
    const cells = cellCount(workbook);
    const host = createHost(documentFromGrid(workbook));
    const result = await readWorkbook(new SimRequestContext(host) as unknown as Excel.RequestContext);
    syncs[cells] = result.syncs;
    payload[cells] = host.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    const bound = 2 + Math.ceil(payload[cells] / (4 * 1024 * 1024));
    log(`read path ${cells} cells: ${result.syncs} syncs (gräns/bound ${bound}), ${(payload[cells] / 1e6).toFixed(1)} MB`);
  }
  return { syncs, payload };
}

function functionThroughput(): { varianceRatio: number; splitPerS: number; varianceMs: number; floatMs: number } {
  installCustomFunctionsStub();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const functions = require("../src/functions/functions") as typeof import("../src/functions/functions");
  const N = 100_000;
  const budgets = Array.from({ length: N }, (_, i) => [[1_000_000 + ((i * 7919) % 5_000_000)]]);
  const actuals = Array.from({ length: N }, (_, i) => [[900_000 + ((i * 104729) % 5_000_000)]]);
  let sink = 0;
  const decimalRun = () => {
    for (let i = 0; i < N; i++) sink += functions.variance(budgets[i], actuals[i], "kostnad")[0][0] as number;
  };
  const floatRun = () => {
    for (let i = 0; i < N; i++) sink += floatVariance(budgets[i], actuals[i], "kostnad")[0][0];
  };
  decimalRun();
  floatRun();
  const varianceMs = medianOf(RUNS, decimalRun);
  const floatMs = medianOf(RUNS, floatRun);

  let calls = 0;
  const start = Date.now();
  while (Date.now() - start < 1000) {
    for (let i = 0; i < 100; i++) sink += functions.split(16_278_000 + i, [[44], [27], [29]]).length;
    calls += 100;
  }
  const splitPerS = calls / ((Date.now() - start) / 1000);
  if (sink === Number.MIN_VALUE) log(""); // keeps the loops from being optimised away
  return { varianceRatio: varianceMs / floatMs, splitPerS, varianceMs, floatMs };
}

async function main(): Promise<void> {
  const running = runningTotalsTimes();
  if (onlyRunningTotals) {
    console.log(`\n| rader / rows | motor / engine ms | fynd / findings |\n|---|---|---|`);
    for (const rows of RUNNING_TOTAL_ROWS) console.log(`| ${rows} | ${running.byRows[rows].toFixed(0)} | ${running.findings[rows]} |`);
    console.log(
      `\nlinearitet / linearity (tid per rad / time per row, ${RUNNING_TOTAL_ROWS[RUNNING_TOTAL_ROWS.length - 1]} ÷ ${RUNNING_TOTAL_ROWS[0]}): ${running.linearity.toFixed(2)} (≤ 1,3)`,
    );
    if (jsonFile)
      fs.writeFileSync(jsonFile, JSON.stringify({ running_totals_ms_by_rows: running.byRows, running_totals_linearity: running.linearity }, null, 2) + "\n");
    return;
  }
  const engine = engineTimes();
  const cellCounts = Object.keys(engine.byCells)
    .map(Number)
    .sort((a, b) => a - b);
  const largestCells = cellCounts[cellCounts.length - 1];
  // SIZES[1] has 1/100 of the largest case's rows; the cell counts give the exact ratio.
  const hundredth = cellCount(syntheticWorkbook(SIZES[1]).workbook);
  const linearity = engine.byCells[largestCells] / engine.byCells[hundredth] / (largestCells / hundredth);
  const read = await taskPaneReadPath();
  const fns = functionThroughput();
  const cli = await cliVsExcelJs(engine.largest);

  const report = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    runs: RUNS,
    engine_ms_by_cells: engine.byCells,
    engine_findings_by_cells: engine.findings,
    planted_found_by_cells: engine.found,
    linearity,
    running_totals_ms_by_rows: running.byRows,
    running_totals_findings_by_rows: running.findings,
    running_totals_linearity: running.linearity,
    cli_ms: cli.cliMs,
    exceljs_load_ms: cli.loadMs,
    cli_vs_exceljs_ratio: cli.cliMs / cli.loadMs,
    syncs_by_cells: read.syncs,
    payload_bytes_by_cells: read.payload,
    variance_decimal_vs_float_ratio: fns.varianceRatio,
    variance_100k_ms: fns.varianceMs,
    variance_float_100k_ms: fns.floatMs,
    split_calls_per_s: fns.splitPerS,
    peak_rss_mb: cli.peakRssMb,
  };

  const allFound = cellCounts.every((c) => Object.values(engine.found[c]).every((n) => n.found === n.planted));
  const largestFound = Object.entries(engine.found[largestCells])
    .map(([check, n]) => `${check} ${n.found}/${n.planted}`)
    .join(", ");
  const syncOk = cellCounts.every((c) => read.syncs[c] <= 2 + Math.ceil(read.payload[c] / (4 * 1024 * 1024)));
  const rows: [string, string, string, boolean][] = [
    ["engine, 1,2 M celler / cells", `${engine.byCells[largestCells].toFixed(0)} ms`, "≤ 2 000 ms", engine.byCells[largestCells] <= 2000],
    ["linearitet / linearity", linearity.toFixed(2), "≤ 1,3", linearity <= 1.3],
    ["linearitet, löpande summor / linearity, running totals (8 000 ÷ 1 000 rader / rows)", running.linearity.toFixed(2), "≤ 1,3", running.linearity <= 1.3],
    ["CLI ÷ ExcelJS-läsning / load", (cli.cliMs / cli.loadMs).toFixed(2), "≤ 1,5", cli.cliMs / cli.loadMs <= 1.5],
    ["syncs (största / largest)", `${read.syncs[largestCells]} för ${(read.payload[largestCells] / 1e6).toFixed(1)} MB`, "≤ 2 + ⌈payload/4 MB⌉", syncOk],
    ["planterade fel hittade / planted errors found (största / largest)", largestFound, "alla, alla storlekar / all, every size", allFound],
    ["VARIANCE decimal ÷ float", fns.varianceRatio.toFixed(1), "≤ 20", fns.varianceRatio <= 20],
    ["SPLIT anrop/s / calls/s", fns.splitPerS.toFixed(0), "", true],
    ["toppminne / peak RSS (CLI)", `${cli.peakRssMb.toFixed(0)} MB`, "≤ 1 536 MB", cli.peakRssMb <= 1536],
  ];
  console.log(`\nMaskin / machine: ${report.machine}; median av / of ${RUNS} körningar / runs\n`);
  console.log("| mått / measure | värde / value | mål / target | ok |\n|---|---|---|---|");
  for (const [name, value, target, ok] of rows) console.log(`| ${name} | ${value} | ${target} | ${ok ? "ja / yes" : "NEJ / NO"} |`);
  console.log("\n| celler / cells | motor / engine ms | syncs | payload MB |\n|---|---|---|---|");
  for (const c of cellCounts) console.log(`| ${c} | ${engine.byCells[c].toFixed(0)} | ${read.syncs[c]} | ${(read.payload[c] / 1e6).toFixed(2)} |`);
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2) + "\n");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
