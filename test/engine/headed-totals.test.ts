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
