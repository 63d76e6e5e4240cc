/**
 * A member table as many förbund print it: the state, the region, the municipalities, an
 * unlabelled (or "S:a kommuner") subtotal over the municipalities only, then "Totalt
 * medlemsavgifter"; a share column whose municipal shares are of the municipal quarter.
 * Invented figures: 2025 total 9 600 000 (state 4 800 000, region 2 400 000, municipalities
 * 1 320 000 + 720 000 + 360 000 by keys 55/30/15); 2024 total 9 200 000.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { n, sheet, workbook, type Literal } from "../checks/grid-literal";

const pct = (v: number) => n(v, "0%");

/** `falun` is Falun's 2025 figure; the subtotals stay as printed. */
function members(subtotalLabel: string | null, falun = 1_320_000): Literal[][] {
  return [
    ["Medlemsavgifter per medlem"],
    ["Belopp i kr"],
    ["Medlem", "Andel", "Budget 2025", "Budget 2024"],
    ["Staten (FK och AF)", pct(0.5), 4_800_000, 4_600_000],
    ["Region Dalarna", pct(0.25), 2_400_000, 2_300_000],
    ["Falun", pct(0.55), falun, 1_265_000],
    ["Borlänge", pct(0.3), 720_000, 690_000],
    ["Säter", pct(0.15), 360_000, 345_000],
    [subtotalLabel, pct(0.25), 2_400_000, 2_300_000],
    ["Totalt medlemsavgifter", pct(1), 9_600_000, 9_200_000],
  ];
}

describe.each([[null], ["S:a kommuner"]])("member table with a municipal subtotal labelled %p", (label) => {
  it("is silent when it adds up and splits 50/25/25, municipal shares of the municipal quarter", () => {
    expect(validateWorkbook(workbook(sheet("Medlemmar", members(label))))).toEqual([]);
  });

  it("Falun 30 kr too high in 2025: the municipal subtotal is 30 short of its rows", () => {
    const found = validateWorkbook(workbook(sheet("Medlemmar", members(label, 1_320_030)))).filter((f) => f.severity === "error");
    const sum = found.find((f) => f.check === "sum");
    expect(sum).toMatchObject({ cells: ["C9"], expected: 1_320_030 + 720_000 + 360_000, actual: 2_400_000, difference: -30 });
    // Nothing in 2024, nothing in the share column.
    for (const f of found) expect(f.cells.every((c) => !c.startsWith("D") && !c.startsWith("B"))).toBe(true);
  });
});
