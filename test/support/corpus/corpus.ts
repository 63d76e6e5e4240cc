/**
 * The generated corpus: generateReport(seed) writes one förbund's annual report (or budget) in a
 * house style drawn from the seed, records the relations it established, and plants 0–3 errors
 * (about a third of the workbooks stay clean). Deterministic: the same seed gives the same workbook.
 */
import { Canvas } from "./canvas";
import { budget, generateContent, utfall } from "./content";
import { recordCrossTableRelations } from "./cross-table";
import { driftsredovisning } from "./drift";
import type { GeneratedReport } from "./ground-truth";
import { drawHouseStyle } from "./house-style";
import { layoutTables } from "./layout";
import { memberSplit } from "./member-split";
import { noteInventarier, noteMedlemsavgifter, notePersonal } from "./notes";
import { fiveYearOverview } from "./overview";
import { plantErrors } from "./plant-errors";
import { Random } from "./random";
import { balansrakning, kassaflodesanalys, resultatrakning } from "./statements";
import { budgetDocument, budgetUtfall } from "./budget";
import type { TableSpec } from "./table-spec";
import { WriteContext, planTable, writeTable } from "./table-writer";

/** The benchmark's fixed corpus. */
export const CORPUS_SEEDS: readonly number[] = Array.from({ length: 240 }, (_, i) => i + 1);

export function generateReport(seed: number): GeneratedReport {
  const rng = new Random(seed);
  const style = drawHouseStyle(rng);
  const content = generateContent(rng, style.document);
  const n = content.year;
  const specs: TableSpec[] =
    style.document === "arsredovisning"
      ? [
          fiveYearOverview(content, style, rng.chance(0.3)),
          budgetUtfall(content, style),
          driftsredovisning(content, style),
          memberSplit(content, style, [utfall(n), utfall(n - 1)], rng.chance(0.5)),
          resultatrakning(content, style),
          balansrakning(content, style),
          kassaflodesanalys(content),
          noteMedlemsavgifter(content),
          notePersonal(content),
          noteInventarier(content),
        ]
      : [budgetDocument(content, style), memberSplit(content, style, [budget(n + 1), budget(n)], rng.chance(0.5))];
  const canvas = new Canvas();
  const ctx: WriteContext = { canvas, content, style, rng, locations: new Map(), shown: new Map() };
  const plans = specs.map((s) => planTable(s, ctx));
  const whole =
    style.document === "arsredovisning" ? { swedish: `Årsredovisning ${n}`, abbreviated: `ÅR ${n}` } : { swedish: `Budget ${n + 1}`, abbreviated: `Budget` };
  for (const p of layoutTables(plans, style, rng, whole)) writeTable(p.plan, ctx, canvas.sheet(p.sheet), p.row, p.col);
  recordCrossTableRelations(ctx);
  const count = rng.chance(1 / 3) ? 0 : rng.int(1, 3);
  const planted = plantErrors(canvas, content, style, rng, count);
  return {
    seed,
    workbook: canvas.workbook(`corpus-${String(seed).padStart(3, "0")}-${style.document}-${n}.xlsx`),
    style,
    planted,
    relations: canvas.relations,
    figures: canvas.figures,
    tables: canvas.tables.map((t) => ({ id: t.id, sheet: t.sheet, ...t.range })),
  };
}

export function generateCorpus(seeds: readonly number[] = CORPUS_SEEDS): GeneratedReport[] {
  return seeds.map(generateReport);
}
