/**
 * Evidence before error (shared/design/CHECKS.md): every finding carries its basis, and an error never
 * rests on a label alone — on the example workbooks and on a literal grid whose structure is unclear.
 */
import { seed000 } from "../../examples/src/seed-000";
import { seed002 } from "../../examples/src/seed-002";
import { seed004 } from "../../examples/src/seed-004";
import { validateWorkbook } from "../../src/engine/validate";
import type { Workbook } from "../../src/model/grid";
import { sheet, workbook } from "../checks/grid-literal";

const BASES = ["formula", "label+arithmetic", "label", "cross-reference", "cell"];

describe.each<[string, () => Workbook]>([
  ["000", seed000],
  ["002", seed002],
  ["004", seed004],
])("example %s", (_name, build) => {
  const findings = validateWorkbook(build());
  it("every finding names its basis", () => {
    for (const f of findings) expect(BASES).toContain(f.basis);
  });
  it("no error rests on a label alone", () => {
    expect(findings.filter((f) => f.severity === "error" && f.basis === "label")).toEqual([]);
  });
});

it("a 'Summa' that matches no reading in any of three columns: one warning on a label basis, no error", () => {
  const wb = workbook(
    sheet("Budget", [
      ["Post", "Budget 2024", "Budget 2025", "Budget 2026"],
      ["Lokaler", 310_000, 318_000, 326_000],
      ["Personal", 1_450_000, 1_490_000, 1_530_000],
      ["Summa verksamhet", 2_900_000, 2_975_000, 3_020_000],
    ]),
  );
  const findings = validateWorkbook(wb);
  expect(findings.map((f) => [f.severity, f.basis])).toEqual([["warning", "label"]]);
});
