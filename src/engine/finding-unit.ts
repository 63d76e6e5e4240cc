/**
 * The amount unit of each finding's figures: that of the table its first cell lies in, when
 * the table is in kr, tkr or mnkr and the check named none. Views show amounts in it, and the
 * tolerance is explained in it (findings/tolerance-words).
 */
import type { AmountUnit } from "../core/amount-unit";
import type { Finding } from "../findings/finding";
import { parseA1 } from "../model/grid";
import type { UnderstoodWorkbook } from "../understand/types";

export function withTableUnits(findings: readonly Finding[], u: UnderstoodWorkbook): Finding[] {
  return findings.map((f) => {
    if (f.unit || f.cells.length === 0) return f;
    const unit = unitAt(u, f.sheet, f.cells[0]);
    return unit ? { ...f, unit } : f;
  });
}

function unitAt(u: UnderstoodWorkbook, sheet: string, cell: string): AmountUnit | undefined {
  const at = parseA1(cell);
  if (!at) return undefined;
  const table = u.sheets
    .find((s) => s.name === sheet)
    ?.tables.find((t) => t.top <= at.row && at.row <= t.bottom && t.left <= at.col && at.col <= t.right);
  const unit = table?.unit;
  return unit === "kr" || unit === "tkr" || unit === "mnkr" ? unit : undefined;
}
