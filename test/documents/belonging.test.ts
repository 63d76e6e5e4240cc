/**
 * Documents that do not belong together are not compared line by line: a budget of another
 * förbund (seed 002, Sollentuna/Sigtuna…, against 000 Östra Södertörn) gives nothing; a
 * "last year's report" whose figures are all different gives one warning, not an error per line.
 */
import { seed000 } from "../../examples/src/seed-000";
import { seed000Prior } from "../../examples/src/seed-000-prior";
import { seed002 } from "../../examples/src/seed-002";
import { validateDocuments } from "../../src/documents/validate-documents";
import type { Workbook } from "../../src/model/grid";

const CROSS = new Set(["prior-year-columns", "opening-balances", "five-year-shift", "adopted-budget", "member-contributions-across", "forecast-outcome"]);

it("002 (Budget 2022 of another förbund) is recognised as a budget for 2022 and not compared with 000", () => {
  const [report, other] = validateDocuments([{ workbook: seed000() }, { workbook: seed002() }]);
  expect(other).toMatchObject({ kind: "budget", year: 2022 });
  expect(report.findings.filter((f) => CROSS.has(f.check))).toEqual([]);
  expect(other.findings.filter((f) => CROSS.has(f.check))).toEqual([]);
});

it("a prior year none of whose figures agree: one warning naming it, no line findings", () => {
  const other: Workbook = seed000Prior();
  // Every amount (whole-kronor format; headers are years and dates) doubled.
  for (const sheet of other.sheets)
    for (const row of sheet.rows) row.forEach((c, i) => typeof c?.value === "number" && c.numberFormat === "#,##0" && (row[i] = { ...c, value: c.value * 2 }));
  other.name = "annan-arsredovisning-2022.xlsx";
  const [report] = validateDocuments([{ workbook: seed000() }, { workbook: other, role: "prior-year-report" }]);
  const cross = report.findings.filter((f) => CROSS.has(f.check));
  expect(cross).toHaveLength(1);
  expect(cross[0]).toMatchObject({ check: "prior-year-columns", severity: "warning", cells: [] });
  expect(cross[0].message.sv).toContain("annan-arsredovisning-2022.xlsx");
});
