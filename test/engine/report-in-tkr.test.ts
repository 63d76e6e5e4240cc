/**
 * Another report than the seeds: an annual report on ONE sheet, in tkr with one decimal,
 * with subtotals in the BR, a KF with section headings, note references written in the
 * labels and a note below the statements. Figures are 000's (shared/domain/000_tables.md)
 * divided by 1 000 and rounded to 0,1 tkr here, so several relations only hold within
 * their rounding band — which must stay silent.
 */
import { validateWorkbook } from "../../src/engine/validate";
import type { Literal } from "../checks/grid-literal";
import { sheet, workbook } from "../checks/grid-literal";

function report(edit: (rows: Literal[][]) => void = () => undefined) {
  const rows: Literal[][] = [
    ["Årsredovisning 2023"],
    [],
    ["Resultaträkning"],
    ["Belopp i tkr", "2023", "2022"],
    ["Verksamhetens intäkter (not 2)", 26_019.2, 31_379.6],
    ["Verksamhetens kostnader (not 3)", -25_275.2, -30_111.5],
    ["Avskrivningar", -67.1, -63.2],
    ["Verksamhetens nettokostnad", 676.9, 1_204.9],
    ["Finansiella intäkter", 230.1, 53.0],
    ["Finansiella kostnader", -10.3, -7.9],
    ["Resultat efter finansiella poster", 896.7, 1_250.0],
    ["Årets resultat", 896.7, 1_250.0],
    [],
    ["Balansräkning"],
    ["Belopp i tkr", "2023-12-31", "2022-12-31"],
    ["Tillgångar"],
    ["Anläggningstillgångar"],
    ["Maskiner och inventarier", 234.8, 263.0],
    ["Summa anläggningstillgångar", 234.8, 263.0],
    ["Omsättningstillgångar"],
    ["Fordringar (not 6)", 4_971.3, 2_309.1],
    ["Kassa och bank", 10_485.2, 7_667.8],
    ["Summa omsättningstillgångar", 15_456.5, 9_976.9],
    ["Summa tillgångar", 15_691.3, 10_239.9],
    ["Eget kapital och skulder"],
    ["Eget kapital"],
    ["Balanserat kapital", 4_002.2, 2_752.2],
    ["Årets resultat", 896.7, 1_250.0],
    ["Summa eget kapital", 4_898.9, 4_002.2],
    ["Skulder"],
    ["Kortfristiga skulder", 10_792.4, 6_237.7],
    ["Summa skulder", 10_792.4, 6_237.7],
    ["Summa eget kapital och skulder", 15_691.3, 10_239.9],
    [],
    ["Kassaflödesanalys"],
    ["Belopp i tkr", "2023", "2022"],
    ["Den löpande verksamheten"],
    ["Årets resultat", 896.7, 1_250.0],
    ["Justering för avskrivningar", 67.1, 63.2],
    ["Kassaflöde före förändring av rörelsekapital", 963.8, 1_313.3],
    ["Ökning/minskning kortfristiga fordringar", -2_662.2, 3_423.3],
    ["Ökning/minskning kortfristiga skulder", 4_554.6, -1_906.3],
    ["Kassaflöde från den löpande verksamheten", 2_856.3, 2_830.3],
    ["Investeringsverksamheten"],
    ["Förvärv av materiella anläggningstillgångar", -38.9, 0.0],
    ["Kassaflöde från investeringsverksamheten", -38.9, 0.0],
    ["Finansieringsverksamheten"],
    ["Upptagna lån", 0.0, 0.0],
    ["Kassaflöde från finansieringsverksamheten", 0.0, 0.0],
    ["Årets kassaflöde", 2_817.4, 2_830.3],
    ["Likvida medel vid årets början", 7_667.8, 4_837.6],
    ["Likvida medel vid årets slut", 10_485.2, 7_667.8],
    [],
    ["Not 6 Fordringar"],
    ["Tkr", "2023-12-31", "2022-12-31"],
    ["Kundfordringar", 300.0, 106.4],
    ["Andra kortfristiga fordringar", 988.0, 0.0],
    ["Moms", 243.8, 255.8],
    ["Utgiftsförskott", 266.7, 245.1],
    ["Upplupna intäkter", 3_172.7, 1_701.8],
    ["Summa", 4_971.3, 2_309.1],
  ];
  edit(rows);
  return workbook(sheet("Årsredovisning", rows, "#,##0.0"));
}

describe("an annual report on one sheet, in tkr", () => {
  it("says nothing when everything holds within the rounding of 0,1 tkr", () => {
    expect(validateWorkbook(report())).toEqual([]);
  });

  it("reports a subtotal that is off by more than its band", () => {
    const findings = validateWorkbook(report((rows) => (rows[22][1] = 15_457.5)));
    expect(findings.map((f) => [f.check, f.cells[0], f.severity])).toEqual([
      ["sum", "B23", "error"],
      ["sum", "B24", "error"],
    ]);
    expect(findings[0].difference).toBeCloseTo(15_457.5 - (4_971.3 + 10_485.2), 9);
    expect(findings[0].tolerance).toBeCloseTo(0.15, 9);
  });

  it("reports a flipped sign in the KF twice over: the löpande subtotal and the change against the BR", () => {
    const findings = validateWorkbook(report((rows) => (rows[40][1] = 2_662.2)));
    expect(findings.map((f) => [f.check, f.cells[0], f.cause])).toEqual([
      ["cash-flow", "B41", "sign-flipped"],
      ["cash-flow", "B43", "sign-flipped"],
    ]);
  });
});
