/**
 * admin-share (only when the user set a target): administration's share of total costs,
 * per column, against the target. Administration = the lines named administration/kansli;
 * total costs = the total that covers the administration line, or in a cost split
 * (driftsredovisning) without a total, the sum of its lines.
 */
import { percentValue } from "../findings/message-text";
import type { UnderstoodRow, UnderstoodTable } from "../understand/types";
import { defineCheck } from "./check";
import { columnTitle } from "./support/table-lookup";

const ADMIN = /administrat|kansli/;
/** Lines that belong to administration in the Finsam sense: kansli, styrelse, revision. */
const ADMIN_PART = /administrat|kansli|styrelse|revision/;

/** A total that is itself administration: named so, or (unlabelled) made only of administration lines. */
function isAdminTotal(table: UnderstoodTable, total: UnderstoodRow): boolean {
  if (ADMIN.test(total.key)) return true;
  if (total.key !== "") return false;
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  return (total.covers ?? []).every((r) => ADMIN_PART.test(byRow.get(r)?.key ?? ""));
}

/**
 * Administration and the total of costs it is a share of: from the first administration line,
 * climb through totals that are themselves administration ("Summa administrativa kostnader",
 * an unlabelled Kansli + Styrelse) to the total above them; in a cost split (driftsredovisning) without totals, all its lines.
 */
function adminAndTotal(table: UnderstoodTable): { admin: UnderstoodRow; total: UnderstoodRow | "sum-of-lines" } | null {
  let admin = table.rows.find((r) => r.concept === "administration" && r.figures.size > 0);
  while (admin) {
    const cover = table.rows.find((r) => r.covers?.includes(admin!.row) && r.role !== "result");
    if (!cover) return table.kind === "driftsredovisning" ? { admin, total: "sum-of-lines" } : null;
    if (!isAdminTotal(table, cover)) return { admin, total: cover };
    admin = cover;
  }
  return null;
}

export const adminShareCheck = defineCheck({
  meta: {
    id: "admin-share",
    title: { sv: "Administrationens andel", en: "Administration share" },
    basis: "label",
    compares: {
      sv: "Administrationens andel av kostnaderna per kolumn mot ert mål (bara när ett mål är satt).",
      en: "Administration's share of the costs per column against your target (only when a target is set).",
    },
    kinds: "any",
    concepts: ["administration"],
    messages: {
      aboveTarget: {
        sv: "Administrationens andel av kostnaderna ({column}) är {share}, över ert mål {target}.",
        en: "Administration's share of costs ({column}) is {share}, above your target {target}.",
      },
    },
  },
  run(u, ctx) {
    const target = ctx.config.adminShareTarget;
    if (target === undefined) return;
    for (const table of u.tables) {
      const found = adminAndTotal(table);
      if (!found) continue;
      const { admin, total } = found;
      for (const [col, a] of admin.figures) {
        const column = table.columns.find((c) => c.col === col);
        if (!column || column.basis === "difference") continue;
        const denominator =
          total === "sum-of-lines"
            ? table.rows.filter((r) => r.role === "item").reduce((s, r) => s + (r.figures.get(col)?.shown ?? 0), 0)
            : total.figures.get(col)?.shown;
        if (!denominator || denominator <= 0) continue;
        const share = a.shown / denominator;
        if (share <= target) continue;
        const cells = [{ sheet: table.sheet, row: admin.row, col }];
        if (total !== "sum-of-lines") cells.push({ sheet: table.sheet, row: total.row, col });
        ctx.report({
          messageId: "aboveTarget",
          data: { column: columnTitle(table, col), share: percentValue(share), target: percentValue(target) },
          at: table,
          cells,
          severity: "warning",
          figures: { expected: target, actual: share, difference: share - target, tolerance: 0 },
          ratio: true,
        });
      }
    }
  },
});
