/**
 * Records the content's cross-table relations (KF lines = BR deltas, opening = prior closing,
 * equity chain, soliditet, the 50/25/25 split, drift totals = RR …) on the cells that show
 * their figures: a figure resolves to its first showing, or to the cells of its parts (total
 * equity shown as separate lines). A relation whose figures are not all shown is not recorded.
 */
import type { ContentTerm, FigureRef } from "./content";
import type { Term } from "./ground-truth";
import type { WriteContext } from "./table-writer";

function resolve(ctx: WriteContext, ref: FigureRef): Term[] | null {
  const loc = ctx.locations.get(`${ref.figure}@${ref.measure}`);
  if (loc) return [{ cell: loc.cell, coef: loc.sign }];
  const parts = ctx.content.decompositions[ref.figure];
  if (!parts) return null;
  const terms: Term[] = [];
  for (const figure of parts) {
    const part = resolve(ctx, { figure, measure: ref.measure });
    if (!part) return null;
    terms.push(...part);
  }
  return terms;
}

function resolveTerms(ctx: WriteContext, terms: ContentTerm[]): Term[] | null {
  const out: Term[] = [];
  for (const t of terms) {
    const cells = resolve(ctx, t.ref);
    if (!cells) return null;
    for (const c of cells) out.push({ cell: c.cell, coef: t.coef * c.coef });
  }
  return out;
}

export function recordCrossTableRelations(ctx: WriteContext): void {
  for (const rel of ctx.content.relations) {
    const target = resolve(ctx, rel.target);
    if (!target) continue;
    if (rel.kind === "ratio") {
      const numerator = resolveTerms(ctx, rel.numerator);
      const denominator = resolveTerms(ctx, rel.denominator);
      if (target.length !== 1 || !numerator || !denominator) continue;
      ctx.canvas.relate({ kind: "ratio", origin: rel.name, target: target[0].cell, numerator, denominator });
      continue;
    }
    const terms = resolveTerms(ctx, rel.terms);
    if (!terms) continue;
    // shown(target₀)·s₀ + Σ other target parts = Σ terms  ⇒  shown(target₀) = s₀·(Σ terms − Σ other parts)
    const [head, ...rest] = target;
    const all = [...terms, ...rest.map((r) => ({ cell: r.cell, coef: -r.coef }))].map((t) => ({ cell: t.cell, coef: t.coef * head.coef }));
    if (all.some((t) => t.cell === head.cell)) continue;
    ctx.canvas.relate({ kind: "linear", origin: rel.name, target: head.cell, terms: all });
  }
}
