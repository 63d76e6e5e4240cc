/**
 * Seeds 000 (Årsredovisning 2023) and 004 (Budget 2024, same förbund) as one set: the
 * relations of shared/domain/000_004_checks.md §10 and §13 (figures in
 * ./fixtures/register-000-004.ts). The three differences are found with both cells; every
 * relation that holds produces nothing.
 */
import { seed000 } from "../../examples/src/seed-000";
import { seed004 } from "../../examples/src/seed-004";
import { validateDocuments, type DocumentReport } from "../../src/documents/validate-documents";
import type { Finding } from "../../src/findings/finding";
import { BUDGET_2023_LINES, MEMBER_FIGURES, MUNICIPAL_GAP_004_2022, RECLASSIFIED_000 } from "./fixtures/register-000-004";
import { gridCell } from "./grid-cell";

const wb000 = seed000();
const wb004 = seed004();
const CROSS = new Set(["prior-year-columns", "opening-balances", "five-year-shift", "adopted-budget", "member-contributions-across", "forecast-outcome"]);
const cross = (r: DocumentReport) => r.findings.filter((f) => CROSS.has(f.check));

const [report000, report004] = validateDocuments([{ workbook: wb000 }, { workbook: wb004, role: "budget" }]);

function one(findings: Finding[], check: string, sheet: string, cell: string): Finding {
  const hits = findings.filter((f) => f.check === check && f.sheet === sheet && f.cells[0] === cell);
  if (hits.length !== 1)
    throw new Error(`expected one ${check} at ${sheet}!${cell}; all: ${findings.map((f) => `${f.check} ${f.sheet}!${f.cells[0]}`).join("; ")}`);
  return hits[0];
}

const line = (label: string) => BUDGET_2023_LINES.find((l) => l.label000 === label)!;
const cell000 = (label: string, value: number) => gridCell(wb000, "Budget och utfall", label, value);
const cell004 = (label: string | null, value: number) => gridCell(wb004, "Budget brutto", label, value);

describe("000 + 004: what each document is", () => {
  it("000 is the annual report 2023, 004 the budget 2024 (from their columns)", () => {
    expect(report000).toMatchObject({ kind: "annual-report", year: 2023 });
    expect(report004).toMatchObject({ kind: "budget", year: 2024 });
    const [, unnamed] = validateDocuments([{ workbook: wb000 }, { workbook: wb004 }]);
    expect(unnamed).toMatchObject({ kind: "budget", year: 2024 });
  });
});

describe("000 + 004 §13: the 2023 budget in the annual report against the adopted budget", () => {
  it("Kansli 6 959 733 against 6 967 733: one error with both cells; the 8 000 is the Finansiella line only 000 has", () => {
    const k = line("Kansli");
    const f = one(cross(report000), "adopted-budget", "Budget och utfall", cell000("Kansli", k.value000));
    expect(f).toMatchObject({
      severity: "error",
      actual: k.value000,
      expected: k.value004,
      difference: k.value000 - k.value004,
      cause: "reclassified",
      basis: "cross-reference",
    });
    expect(f.other).toEqual({ workbook: "004-budget-2024.xlsx", sheet: "Budget brutto", cell: cell004("Kansli", k.value004) });
    expect(Math.abs(f.difference!)).toBe(RECLASSIFIED_000.value);
    expect(f.cells).toContain(cell000(RECLASSIFIED_000.label, RECLASSIFIED_000.value));
  });

  for (const label of ["Summa kansli och styrelse", "Totalt inkl. avskrivningar"]) {
    it(`${label}: the difference is named as the Kansli difference (information, not a second error)`, () => {
      const l = line(label);
      const f = one(cross(report000), "adopted-budget", "Budget och utfall", cell000(label, l.value000));
      expect(f).toMatchObject({ severity: "info", actual: l.value000, expected: l.value004, difference: l.value000 - l.value004, cause: "carried-difference" });
      expect(f.other).toEqual({ workbook: "004-budget-2024.xlsx", sheet: "Budget brutto", cell: cell004(l.label004, l.value004) });
      expect(f.message.sv).toContain(`"Kansli" (${cell000("Kansli", line("Kansli").value000)}`);
    });
  }

  it("the total's difference is 7 999 = 8 000 − 1 kr rounding", () => {
    const l = line("Totalt inkl. avskrivningar");
    expect(l.value004 - l.value000).toBe(7_999);
  });

  for (const l of BUDGET_2023_LINES.filter((x) => x.holds && x.value000 !== 0)) {
    it(`${l.label000} = ${l.label004} (holds): nothing`, () => {
      const at = cell000(l.label000, l.value000);
      expect(cross(report000).filter((f) => f.sheet === "Budget och utfall" && f.cells[0] === at)).toEqual([]);
    });
  }
});

describe("000 + 004 §10: member contributions per member and year", () => {
  it("Haninge 2022: 2 222 774 in 000 Not 2 against 2 222 744 in 004 — one error, both cells, 004's column is the one that does not foot", () => {
    const h = MEMBER_FIGURES.find((m) => !m.holds)!;
    const f = one(cross(report000), "member-contributions-across", "Noter", gridCell(wb000, "Noter", h.label000, h.value000));
    expect(f).toMatchObject({ severity: "error", actual: h.value000, expected: h.value004, difference: h.value000 - h.value004, cause: "other-does-not-foot" });
    expect(f.other).toEqual({
      workbook: "004-budget-2024.xlsx",
      sheet: "Medlemstilldelning",
      cell: gridCell(wb004, "Medlemstilldelning", h.label004, h.value004),
    });
    // Swedish text writes the real minus (U+2212).
    expect(f.message.sv).toContain(`(${String(MUNICIPAL_GAP_004_2022).replace("-", "\u2212")})`);
  });

  for (const m of MEMBER_FIGURES.filter((x) => x.holds)) {
    it(`${m.label004} ${m.year} (holds): nothing`, () => {
      const at = gridCell(wb000, "Noter", m.label000, m.value000);
      expect(cross(report000).filter((f) => f.sheet === "Noter" && f.cells[0] === at)).toEqual([]);
    });
  }
});

describe("000 + 004: silence on everything else", () => {
  it("exactly the four findings of the register across the two documents, all in 000's report", () => {
    const found = cross(report000).map((f) => `${f.check} ${f.severity} ${f.sheet}!${f.cells[0]}`);
    expect(found.sort()).toEqual(
      [
        `adopted-budget error Budget och utfall!${cell000("Kansli", 6_959_733)}`,
        `adopted-budget info Budget och utfall!${cell000("Summa kansli och styrelse", 7_129_733)}`,
        `adopted-budget info Budget och utfall!${cell000("Totalt inkl. avskrivningar", 26_863_655)}`,
        `member-contributions-across error Noter!${gridCell(wb000, "Noter", "Driftbidrag från Haninge kommun", 2_222_774)}`,
      ].sort(),
    );
    expect(cross(report004)).toEqual([]);
  });

  it("the workbooks' own findings are the ones each gets alone", () => {
    const alone = validateDocuments([{ workbook: wb000 }])[0].findings;
    expect(report000.findings.filter((f) => !CROSS.has(f.check))).toEqual(alone);
  });
});

describe("004 validated with 000 beside it: the same relations, anchored in 004", () => {
  const [budgetFirst] = validateDocuments([{ workbook: wb004 }, { workbook: wb000 }]);

  it("Kansli: the finding is on 004's cell, the other side is 000's", () => {
    const k = line("Kansli");
    const f = one(cross(budgetFirst), "adopted-budget", "Budget brutto", cell004("Kansli", k.value004));
    expect(f).toMatchObject({ severity: "error", actual: k.value004, expected: k.value000, difference: k.value004 - k.value000, cause: "reclassified" });
    expect(f.other).toEqual({ workbook: "000-arsredovisning-2023.xlsx", sheet: "Budget och utfall", cell: cell000("Kansli", k.value000) });
  });

  it("Haninge 2022: on 004's cell, and 004 is named as the side that does not foot", () => {
    const f = one(cross(budgetFirst), "member-contributions-across", "Medlemstilldelning", gridCell(wb004, "Medlemstilldelning", "Haninge", 2_222_744));
    expect(f).toMatchObject({ severity: "error", difference: 2_222_744 - 2_222_774, cause: "does-not-foot-here" });
  });
});
