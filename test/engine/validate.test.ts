import { validateUnderstood, validateWorkbook } from "../../src/engine/validate";
import { CHECKS } from "../../src/engine/registry";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { sheet, workbook } from "../checks/grid-literal";

describe("validateWorkbook", () => {
  it("registers every check of CHECKS.md once, in its order", () => {
    expect(CHECKS.map((c) => c.meta.id)).toEqual([
      "sum",
      "difference-column",
      "statement-rr",
      "statement-br",
      "equity-rollforward",
      "cash-flow",
      "cross-statement",
      "note-vs-statement",
      "ratio",
      "member-split",
      "equity-ceiling",
      "admin-share",
      "unit",
      "text-number",
      "formula",
      "uncalculated-formula",
      "too-large-figure",
    ]);
    for (const c of CHECKS) expect(c.meta.title.sv && c.meta.title.en).toBeTruthy();
  });

  it("orders findings by sheet order, then row, then column", () => {
    const bad = (name: string) =>
      sheet(name, [["Post", "Budget 2023", "Budget 2024"], ["A", 1, 1], ["B", 2, 2], ["Summa", 4, 4], [], [], ["Post", "Budget 2025"], ["C", "5"]]);
    const findings = validateWorkbook(workbook(bad("Ö-blad"), bad("A-blad")));
    expect(findings.map((f) => `${f.sheet}!${f.cells[0]} ${f.check}`)).toEqual([
      "Ö-blad!B4 sum",
      "Ö-blad!C4 sum",
      "Ö-blad!B8 text-number",
      "A-blad!B4 sum",
      "A-blad!C4 sum",
      "A-blad!B8 text-number",
    ]);
  });

  it("writes every message in Swedish and English", () => {
    const findings = validateWorkbook(
      workbook(
        sheet("S", [
          ["Post", "Budget 2022", "Budget 2023"],
          ["A", 1, 1],
          ["B", 2, 2],
          ["Summa", 3, 30],
        ]),
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].message.sv).toMatch(/^Summan "Summa" \(Budget 2023\) .* \(förväntat 3, faktiskt 30, diff 27\)$/);
    expect(findings[0].message.en).toMatch(/^The total "Summa" \(Budget 2023\) .* \(expected 3, actual 30, difference 27\)$/);
  });

  it("a check that throws becomes a warning; the other checks' findings still come", () => {
    const u = understandWorkbook(
      workbook(
        sheet("S", [
          ["Post", "Budget 2022", "Budget 2023"],
          ["A", 1, 1],
          ["B", 2, 2],
          ["Summa", 3, 30],
        ]),
      ),
    );
    Object.defineProperty(u.sheets[0], "textNumbers", {
      get() {
        throw new Error("trasig tabell");
      },
    });
    const findings = validateUnderstood(u);
    expect(findings.some((f) => f.check === "sum" && f.severity === "error")).toBe(true);
    const failed = findings.filter((f) => f.severity === "warning");
    expect(failed.map((f) => f.check)).toEqual(["text-number"]);
    expect(failed[0].message.sv).toContain("trasig tabell");
  });
});
