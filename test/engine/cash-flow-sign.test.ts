/**
 * Issue 9, class 8b: a change in receivables in the cash-flow statement whose sign
 * contradicts the balance-sheet delta (it must be −(fordringar N − N−1); liabilities +Δ).
 * With one receivables line in the BR it is that line; when the BR also has förutbetalda
 * kostnader och upplupna intäkter, the KF change covers the lines of that kind together.
 * The error printed here: the KF line shows the wrong sign, its totals were computed with
 * the right one. Invented figures; expected values computed here from them.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { sheet, workbook } from "../checks/grid-literal";
import { errors } from "./find";

const RESULT = 86_412;
const CASH = { 2023: 1_744_390, 2022: 1_652_118 };
const LIABILITIES = { 2023: 612_774, 2022: 598_310 };

function balanceSheet(receivables: Record<2023 | 2022, number[]>) {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const assets = (y: 2023 | 2022) => sum(receivables[y]) + CASH[y];
  const equity = (y: 2023 | 2022) => assets(y) - LIABILITIES[y];
  const lines =
    receivables[2023].length === 1 ? [["Kortfristiga fordringar"]] : [["Kortfristiga fordringar"], ["Förutbetalda kostnader och upplupna intäkter"]];
  return sheet("BR", [
    ["Balansräkning"],
    ["Belopp i kr", "2023-12-31", "2022-12-31"],
    ["Omsättningstillgångar"],
    ...lines.map((l, i) => [l[0], receivables[2023][i], receivables[2022][i]]),
    ["Kassa och bank", CASH[2023], CASH[2022]],
    ["Summa tillgångar", assets(2023), assets(2022)],
    ["Eget kapital och skulder"],
    ["Eget kapital"],
    ["Balanserat resultat", equity(2023) - RESULT, equity(2022) - 41_000],
    ["Årets resultat", RESULT, 41_000],
    ["Summa eget kapital", equity(2023), equity(2022)],
    ["Kortfristiga skulder", LIABILITIES[2023], LIABILITIES[2022]],
    ["Summa eget kapital och skulder", assets(2023), assets(2022)],
  ]);
}

/** KF 2023; `printed` is the receivables line as printed, the totals use the right change. */
function cashFlow(rightChange: number, printed: number) {
  const liabilities = LIABILITIES[2023] - LIABILITIES[2022];
  const operating = RESULT + rightChange + liabilities;
  return sheet("KF", [
    ["Kassaflödesanalys"],
    ["Belopp i kr", "2023"],
    ["Årets resultat", RESULT],
    ["Medel från verksamheten före förändring av rörelsekapital", RESULT],
    ["Ökning/minskning av kortfristiga fordringar", printed],
    ["Ökning/minskning av kortfristiga skulder", liabilities],
    ["Kassaflöde från den löpande verksamheten", operating],
    ["Årets kassaflöde", operating],
    ["Likvida medel vid årets början", CASH[2022]],
    ["Likvida medel vid årets slut", CASH[2022] + operating],
  ]);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const change = (r: Record<2023 | 2022, number[]>) => -(sum(r[2023]) - sum(r[2022]));

describe.each([
  ["one receivables line", { 2023: [274_568], 2022: [265_964] }, ["B5", "'BR'!B4", "'BR'!C4"]],
  [
    "receivables with förutbetalda kostnader och upplupna intäkter",
    { 2023: [241_905, 44_631], 2022: [206_112, 71_820] },
    ["B5", "'BR'!B4", "'BR'!B5", "'BR'!C4", "'BR'!C5"],
  ],
] as const)("KF change in receivables against the BR delta: %s", (_, receivables, cells) => {
  const r = receivables as unknown as Record<2023 | 2022, number[]>;
  // The cash-flow must reach the BR cash: the figures were chosen so.
  const right = change(r);
  const balanced = CASH[2023] - CASH[2022] - RESULT - (LIABILITIES[2023] - LIABILITIES[2022]);

  it("the figures of the test are consistent (closing cash = BR cash)", () => {
    expect(right).toBe(balanced);
  });

  it("clean: −(UB − IB) gives no error", () => {
    expect(errors(validateWorkbook(workbook(balanceSheet(r), cashFlow(right, right))))).toEqual([]);
  });

  it("the sign flipped on the KF line is an error against the BR, besides the KF sum it breaks", () => {
    const found = errors(validateWorkbook(workbook(balanceSheet(r), cashFlow(right, -right))));
    expect(found).toEqual([
      expect.objectContaining({
        check: "cash-flow",
        cells: [...cells],
        expected: right,
        actual: -right,
        difference: -2 * right,
        cause: "sign-flipped",
        basis: "cross-reference",
      }),
      expect.objectContaining({
        check: "cash-flow",
        cells: ["B7"],
        expected: RESULT - right + (LIABILITIES[2023] - LIABILITIES[2022]),
        actual: RESULT + right + (LIABILITIES[2023] - LIABILITIES[2022]),
      }),
    ]);
  });

  it("a KF change off by 5 000: an error against a single BR line; silence when several BR lines of its kind leave what it covers unknown", () => {
    const found = validateWorkbook(workbook(balanceSheet(r), cashFlow(right, right + 5_000)));
    const againstBr = found.filter((f) => f.check === "cash-flow" && f.cells[0] === "B5");
    expect(againstBr).toEqual(r[2023].length === 1 ? [expect.objectContaining({ severity: "error", expected: right, actual: right + 5_000 })] : []);
  });
});
