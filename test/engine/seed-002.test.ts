/**
 * Seed 002 (Budget 2022, Sollentuna-Upplands Väsby-Sigtuna) — the clean control:
 * shared/domain/002_checks.md recomputes 94 relations and all hold, so the engine must say nothing.
 */
import { seed002 } from "../../examples/src/seed-002";
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { withoutFormulas } from "./typed-constants";

describe("seed 002: the clean control", () => {
  it("has no finding at all: no error, no warning, no information", () => {
    expect(validateWorkbook(seed002())).toEqual([]);
  });

  it("is still silent with every total typed as a constant: the structure alone says what each total covers", () => {
    expect(validateWorkbook(withoutFormulas(seed002()))).toEqual([]);
  });

  it("is silent because it understood the relations, not because it saw none", () => {
    const u = understandWorkbook(seed002());
    const summary = u.tables.find((t) => t.sheet === "Sammanfattning")!;
    const byLabel = (label: string) => summary.rows.find((r) => r.label === label)!;
    // Summa intäkter = staten + SLL + kommunerna (parent) + ESF (parent), children not counted twice (002_tables.md T3).
    expect(byLabel("Summa intäkter").covers).toEqual(
      ["Medlemsavgift Staten (AF/FK)", "Medlemsavgift SLL", "Medlemsavgift kommunerna, varav", "ESF-medel, varav"].map((l) => byLabel(l).row),
    );
    expect(byLabel("Medlemsavgift kommunerna, varav").role).toBe("varav-parent");
    expect(byLabel("Balanserat resultat årets slut").concept).toBe("retained-closing");
    const spec = u.tables.find((t) => t.sheet === "Spec")!;
    expect(spec.rows.filter((r) => r.covers?.length).map((r) => r.label)).toEqual([
      "Summa insatser",
      "Summa stöd för verksamheten",
      "Styrelse och revision",
      "Kansli, ekonomi och övrig administration",
      "Summa administrativa kostnader",
    ]);
  });

  it("stays silent when admin share and ceiling are not configured, and speaks when they are", () => {
    // 002_checks.md finding 3: admin share 22,5 % (Budget 2022) … 40,3 % (2024) of total costs.
    const findings = validateWorkbook(seed002(), { adminShareTarget: 0.3 });
    expect(findings.map((f) => [f.check, f.cells[0]])).toEqual([
      ["admin-share", "E18"],
      ["admin-share", "F18"],
    ]);
    expect(findings[0].actual).toBeCloseTo(2_723_780 / 6_913_780, 9);
  });
});
