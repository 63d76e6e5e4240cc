/**
 * What the findings list shows, computed without the DOM: findings grouped by sheet
 * (workbook order) then severity, filtered by the severity chips; approved findings are
 * set apart (folded under "Godkända (n)") and not counted as open.
 */
import { Finding, SEVERITY_ORDER, Severity } from "../findings/finding";
import { ReviewCounts, ReviewedFinding, isApproved, openCount, reviewCounts } from "../findings/review-apply";

export interface SheetGroup {
  sheet: string;
  count: number;
  bySeverity: { severity: Severity; findings: Finding[] }[];
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Groups findings by sheet (in `sheetOrder`, unknown sheets last) and severity. */
export function groupFindings(findings: Finding[], sheetOrder: string[]): SheetGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  const rank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...bySheet.keys()]
    .sort((a, b) => rank(a) - rank(b))
    .map((sheet) => {
      const list = bySheet.get(sheet)!;
      return {
        sheet,
        count: list.length,
        bySeverity: [...SEVERITIES]
          .sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])
          .map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) }))
          .filter((g) => g.findings.length > 0),
      };
    });
}

export interface FindingsListModel {
  /** Every finding, approved ones included. */
  total: number;
  sheetCount: number;
  /** Per severity: all findings and the approved among them ("7 fel, varav 2 godkända"). */
  counts: ReviewCounts;
  /** The chips: open (not approved) findings per severity, and whether the severity is shown. */
  chips: { severity: Severity; open: number; shown: boolean }[];
  /** Open findings the filter shows, grouped. */
  groups: SheetGroup[];
  /** Open findings exist but the filter hides them all. */
  allHidden: boolean;
  /** Approved findings (every severity), grouped, for the folded section. */
  approved: SheetGroup[];
  approvedCount: number;
}

export function findingsListModel(reviewed: readonly ReviewedFinding[], sheetOrder: string[], filter: ReadonlySet<Severity>): FindingsListModel {
  const counts = reviewCounts(reviewed);
  const approvedList = reviewed.filter(isApproved).map((r) => r.finding);
  const open = reviewed.filter((r) => !isApproved(r)).map((r) => r.finding);
  const groups = groupFindings(
    open.filter((f) => filter.has(f.severity)),
    sheetOrder,
  );
  return {
    total: reviewed.length,
    sheetCount: new Set(reviewed.map((r) => r.finding.sheet)).size,
    counts,
    chips: SEVERITIES.map((severity) => ({ severity, open: openCount(counts, severity), shown: filter.has(severity) })),
    groups,
    allHidden: open.length > 0 && groups.length === 0,
    approved: groupFindings(approvedList, sheetOrder),
    approvedCount: approvedList.length,
  };
}
