/**
 * The engine's findings on the fixed generated corpus, scored against the generator's ground
 * truth (computed from the cells it wrote): no error on a clean workbook, at least 95 % of the
 * planted errors found, at least 98 % of the reported errors planted ones (issue 9's bars).
 * `npm run accuracy` prints the same figures per house style and per error kind.
 */
import { CORPUS_SEEDS, generateReport } from "../support/corpus/corpus";
import { score } from "../support/corpus/score";

// The whole fixed corpus (240 seeds, about 10 s): the bars are held here, not only printed by the benchmark.
const scored = CORPUS_SEEDS.map((seed) => score(generateReport(seed)));

it("no clean workbook of the corpus gets an error", () => {
  const noisy = scored.filter((s) => s.report.planted.length === 0 && s.matches.size > 0).map((s) => s.report.seed);
  expect(noisy).toEqual([]);
});

it("finds at least 95 % of the planted errors", () => {
  const planted = scored.reduce((n, s) => n + s.report.planted.length, 0);
  const found = scored.reduce((n, s) => n + s.found.size, 0);
  expect(planted).toBeGreaterThan(50);
  expect(found / planted).toBeGreaterThanOrEqual(0.95);
});

it("at least 98 % of the errors it reports are planted ones", () => {
  const errors = scored.flatMap((s) => [...s.matches.values()]);
  const right = errors.filter((hits) => hits.length > 0).length;
  expect(errors.length).toBeGreaterThan(50);
  expect(right / errors.length).toBeGreaterThanOrEqual(0.98);
});
