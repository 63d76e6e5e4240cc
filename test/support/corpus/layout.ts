/**
 * Where each table goes: a sheet per statement (notes stacked on one sheet), the whole report
 * stacked on one sheet, or pairs of tables side by side, separated by one or two blank columns,
 * each with its own label column.
 */
import type { HouseStyle } from "./house-style";
import { Random } from "./random";
import type { TablePlan } from "./table-writer";

export interface Placement {
  plan: TablePlan;
  sheet: string;
  row: number;
  col: number;
}

const PAIRS: { left: string; right: string; swedish: string; abbreviated: string }[] = [
  { left: "five-year", right: "drift", swedish: "Översikt och drift", abbreviated: "Översikt" },
  { left: "budget-utfall", right: "member-split", swedish: "Budget och medlemmar", abbreviated: "Budget-medl" },
  { left: "budget", right: "member-split", swedish: "Budget och medlemmar", abbreviated: "Budget-medl" },
  { left: "rr", right: "br", swedish: "Resultat och balans", abbreviated: "RR-BR" },
];

export function layoutTables(plans: TablePlan[], style: HouseStyle, rng: Random, wholeSheetName: { swedish: string; abbreviated: string }): Placement[] {
  const names = style.sheetNames;
  const placements: Placement[] = [];
  const nextRow = new Map<string, number>();
  const stack = (plan: TablePlan, sheet: string) => {
    const row = nextRow.get(sheet) ?? 0;
    placements.push({ plan, sheet, row, col: 0 });
    nextRow.set(sheet, row + plan.height + rng.int(1, 2));
  };
  if (style.layout === "one-sheet") {
    for (const plan of plans) stack(plan, wholeSheetName[names]);
    return placements;
  }
  const placed = new Set<TablePlan>();
  for (const plan of plans) {
    if (placed.has(plan)) continue;
    const pair = style.layout === "side-by-side" ? PAIRS.find((p) => p.left === plan.spec.id) : undefined;
    const right = pair && plans.find((p) => p.spec.id === pair.right && !placed.has(p));
    if (pair && right) {
      const sheet = pair[names];
      placements.push({ plan, sheet, row: 0, col: 0 });
      placements.push({ plan: right, sheet, row: 0, col: plan.width + rng.int(1, 2) });
      placed.add(right);
    } else {
      stack(plan, plan.spec.sheet[names]);
    }
    placed.add(plan);
  }
  return placements;
}
