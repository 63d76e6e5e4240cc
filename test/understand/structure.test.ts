import { understandWorkbook } from "../../src/understand/understand-workbook";
import type { UnderstoodTable } from "../../src/understand/types";
import { f, n, sheet, workbook, type Literal } from "../checks/grid-literal";

function table(rows: Literal[][], name = "X"): UnderstoodTable {
  return understandWorkbook(workbook(sheet(name, rows))).tables[0];
}

function roles(t: UnderstoodTable): [string, string][] {
  return t.rows.map((r) => [r.label, r.role]);
}

function covers(t: UnderstoodTable, label: string): string[] {
  const byRow = new Map(t.rows.map((r) => [r.row, r.label]));
  return (t.rows.find((r) => r.label === label)!.covers ?? []).map((r) => byRow.get(r)!);
}

describe("row roles", () => {
  it("tells headings, items, varav parents and children, totals, results, ratios and counts apart", () => {
    const t = table([
      ["Förutsättningar", "2023", "2022"],
      ["Intäkter"],
      ["Medlemsavgift kommunerna, varav", 300, 300],
      ["* Haninge", 200, 200],
      ["* Tyresö", 100, 100],
      ["Summa intäkter", 300, 300],
      ["Årets resultat", 300, 300],
      ["Soliditet", n(0.32, "0%"), n(0.39, "0%")],
      ["Antal anställda", n(17, "0"), n(14, "0")],
      ["Avskrivningstider genomsnittliga", "6 år", null],
    ]);
    expect(roles(t)).toEqual([
      ["Intäkter", "section-heading"],
      ["Medlemsavgift kommunerna, varav", "varav-parent"],
      ["* Haninge", "varav-child"],
      ["* Tyresö", "varav-child"],
      ["Summa intäkter", "subtotal"],
      ["Årets resultat", "result"],
      ["Soliditet", "ratio"],
      ["Antal anställda", "count"],
    ]); // a trailing text-only line ("6 år") is not part of the table's figures
  });

  it("an item followed by '* ' lines is a varav parent even without the word varav", () => {
    const t = table([
      ["", "Budget 2022"],
      ["Styrelse och revision", 200_000],
      ["* Styrelse", 120_000],
      ["* Revision", 80_000],
    ]);
    expect(roles(t)[0]).toEqual(["Styrelse och revision", "varav-parent"]);
    expect(covers(t, "Styrelse och revision")).toEqual(["* Styrelse", "* Revision"]);
  });

  it("a '* ' footnote after the table is not a varav child", () => {
    const u = understandWorkbook(workbook(sheet("B", [["Post", "År 2024"], ["Kansli", 7_366_215], [], ["* Skillnad, minskning i rött, ökning i svart"]])));
    expect(u.tables[0].rows.map((r) => r.label)).toEqual(["Kansli"]);
  });
});

describe("what a total covers", () => {
  it("from its formula, with signs", () => {
    const t = table([
      ["", "Budget 2022"],
      ["Summa intäkter", 9_830_000],
      ["Summa kostnader", 11_889_000],
      ["Årets resultat", f("B2-B3", -2_059_000)],
    ]);
    const r = t.rows[2];
    expect([r.covers, r.coverSigns, r.coverageSource]).toEqual([[1, 2], [1, -1], "formula"]);
  });

  it("a total under its heading covers the subtotals there, a grand total the blocks (000's BR)", () => {
    const t = table([
      ["Belopp i kr.", "2023-12-31"],
      ["Tillgångar"],
      ["Anläggningstillgångar"],
      ["Maskiner och inventarier", 234_782],
      ["Summa Anläggningstillgångar", 234_782],
      ["Omsättningstillgångar"],
      ["Fordringar", 4_971_262],
      ["Kassa och bank", 10_485_213],
      ["Summa omsättningstillgångar", 15_456_475],
      ["Summa tillgångar", 15_691_256],
      ["Eget kapital, avsättningar och skulder"],
      ["Eget kapital"],
      ["Årets resultat", 896_674],
      ["Övrigt eget kapital", 4_002_230],
      ["Summa Eget kapital, avsättningar och skulder", 4_898_904],
      ["Avsättning"],
      ["Avsättningar för pensioner", 0],
      ["Skulder"],
      ["Kortfristiga skulder", 10_792_352],
      ["Summa eget kapital, avsättningar och skulder", 15_691_256],
    ]);
    expect(covers(t, "Summa tillgångar")).toEqual(["Summa Anläggningstillgångar", "Summa omsättningstillgångar"]);
    // The equity subtotal is mislabelled in 000 (000_tables.md T5); the heading above its rows says what it is.
    const equity = t.rows.find((r) => r.concept === "equity")!;
    expect(equity.label).toBe("Summa Eget kapital, avsättningar och skulder");
    expect(covers(t, "Summa eget kapital, avsättningar och skulder")).toEqual([
      "Summa Eget kapital, avsättningar och skulder",
      "Avsättningar för pensioner",
      "Kortfristiga skulder",
    ]);
  });

  it("an unlabelled row that adds up the block above is a subtotal; a total then covers the subtotals (004)", () => {
    const t = table([
      ["Post", "År 2024"],
      ["Resursråden", 1_991_000],
      ["ASF", 938_500],
      [null, 2_929_500],
      ["Kansli", 7_366_215],
      ["Styrelse", 210_000],
      [null, 7_576_215],
      ["Total budget", 10_505_715],
    ]);
    expect(t.rows.map((r) => r.role)).toEqual(["item", "item", "subtotal", "item", "item", "subtotal", "total"]);
    expect(t.rows[6].covers).toEqual([3, 6]);
  });

  it("an unlabelled row that does not add up is just a line", () => {
    const t = table([
      ["Post", "År 2024"],
      ["Resursråden", 1_991_000],
      ["ASF", 938_500],
      [null, 5],
    ]);
    expect(t.rows[2].role).toBe("item");
  });

  it("result lines cover the lines since the previous result; cash-flow sections are siblings (000's KF)", () => {
    const t = table(
      [
        ["Belopp i kr.", "2023-12-31"],
        ["Årets resultat", 896_674],
        ["Justering för ej likviditetspåverkande poster", 67_115],
        ["Medel från verksamheten före förändring av rörelsekapital", 963_789],
        ["Ökning/minskning kortfristiga fordringar", -2_662_163],
        ["Ökning/minskning kortfristiga skulder", 4_554_637],
        ["Kassaflöde för den löpande verksamheten", 2_856_262],
        ["Kassaflöde från investeringsverksamheten", -38_896],
        ["Kassaflöde från finansieringsverksamheten", 0],
        ["Årets kassaflöde", 2_817_366],
        ["Likvida medel vid årets början", 7_667_846],
        ["Likvida medel vid årets slut", 10_485_213],
      ],
      "Kassaflödesanalys",
    );
    expect(covers(t, "Medel från verksamheten före förändring av rörelsekapital")).toEqual(["Årets resultat", "Justering för ej likviditetspåverkande poster"]);
    expect(covers(t, "Kassaflöde för den löpande verksamheten")).toEqual([
      "Medel från verksamheten före förändring av rörelsekapital",
      "Ökning/minskning kortfristiga fordringar",
      "Ökning/minskning kortfristiga skulder",
    ]);
    expect(covers(t, "Kassaflöde från investeringsverksamheten")).toEqual([]);
    expect(covers(t, "Årets kassaflöde")).toEqual([
      "Kassaflöde för den löpande verksamheten",
      "Kassaflöde från investeringsverksamheten",
      "Kassaflöde från finansieringsverksamheten",
    ]);
    expect(covers(t, "Likvida medel vid årets slut")).toEqual(["Årets kassaflöde", "Likvida medel vid årets början"]);
  });

  it("closing balances cover their opening balance and movements; the net value the closing balances (000's Not 5)", () => {
    const t = table([
      ["Not 5. Anläggningstillgångar"],
      ["", "2023-12-31"],
      ["Ingående anskaffningsvärde", 389_453],
      ["Inköp", 38_896],
      ["Utgående anskaffningsvärde", 428_349],
      ["Ingående avskrivningar", -126_452],
      ["Årets avskrivningar", -67_115],
      ["Utgående ackumulerade avskrivningar", -193_567],
      ["Utgående redovisat värde", 234_782],
    ]);
    expect(covers(t, "Utgående anskaffningsvärde")).toEqual(["Ingående anskaffningsvärde", "Inköp"]);
    expect(covers(t, "Utgående ackumulerade avskrivningar")).toEqual(["Ingående avskrivningar", "Årets avskrivningar"]);
    expect(covers(t, "Utgående redovisat värde")).toEqual(["Utgående anskaffningsvärde", "Utgående ackumulerade avskrivningar"]);
  });
});
