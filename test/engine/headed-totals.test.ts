/**
 * A total that says no more than its heading: an unlabelled (or bare "Summa") line under
 * "Verksamhetens intäkter" is total revenue, and the 5-year overview's revenue is compared with
 * it. Invented figures: revenue 2024 = 9 800 000 + 1 150 000 + 50 000 = 11 000 000, 2023 10 500 000.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { sheet, workbook, type Literal } from "../checks/grid-literal";

const rr = (label: string | null): Literal[][] => [
  ["Resultaträkning"],
  ["Belopp i kr", "2024", "2023"],
  ["Verksamhetens intäkter"],
  ["Medlemsavgifter", 9_800_000, 9_400_000],
  ["Erhållna bidrag", 1_150_000, 1_060_000],
  ["Övriga intäkter", 50_000, 40_000],
  [label, 11_000_000, 10_500_000],
];

const overview = (revenue2023: number): Literal[][] => [
  ["Flerårsöversikt"],
  ["Belopp i kr", "2024", "2023", "2022"],
  ["Verksamhetens intäkter", 11_000_000, revenue2023, 9_900_000],
];

describe.each([[null], ["Summa"]])("revenue as a total labelled %p under its heading", (label) => {
  it("agrees with the overview: nothing", () => {
    const found = validateWorkbook(workbook(sheet("RR", rr(label)), sheet("Översikt", overview(10_500_000))));
    expect(found.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("an overview figure 9 000 off for 2023 is an error naming both cells", () => {
    const found = validateWorkbook(workbook(sheet("RR", rr(label)), sheet("Översikt", overview(10_509_000)))).filter((f) => f.severity === "error");
    expect(found).toEqual([expect.objectContaining({ check: "cross-statement", difference: 9_000 })]);
    expect(found[0].cells).toEqual(expect.arrayContaining(["C3", "'RR'!C7"]));
  });
});

describe('"S:a …" totals name their concept as "Summa …" does', () => {
  // Invented: total assets 4 000 000; equity 2 500 000 + årets resultat 300 000 = 2 800 000 as separate lines; soliditet 70 %.
  const br = (printed: number): Literal[][] => [
    ["Balansräkning"],
    ["Belopp i kr", "2024-12-31", "2023-12-31"],
    ["Kortfristiga fordringar", 1_200_000, 1_000_000],
    ["Kassa och bank", 2_800_000, 2_500_000],
    ["S:a tillgångar", 4_000_000, 3_500_000],
    ["Eget kapital", 2_500_000, 2_300_000],
    ["Årets resultat", 300_000, 200_000],
    ["Kortfristiga skulder", 1_200_000, 1_000_000],
    ["S:a eget kapital och skulder", 4_000_000, 3_500_000],
    [],
    [],
    ["Nyckeltal", "2024", "2023"],
    ["Soliditet", { value: printed, numberFormat: "0%" }, { value: 0.71, numberFormat: "0%" }],
  ];

  it("the soliditet of the summed equity lines holds: nothing", () => {
    expect(validateWorkbook(workbook(sheet("BR", br(0.7)))).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a printed 75 % against 2 800 000 / 4 000 000 = 70 % is an error, the equity confirmed by the balance total", () => {
    const found = validateWorkbook(workbook(sheet("BR", br(0.75)))).filter((f) => f.severity === "error");
    expect(found).toEqual([expect.objectContaining({ check: "ratio", expected: 0.7, actual: 0.75 })]);
  });
});
