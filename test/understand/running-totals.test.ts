/**
 * A column of running totals (SUM(B$4:Bi) on every row) is not a column of items with a total:
 * no running total is reported, the real "Summa" beside it is still checked, and the rows are
 * read without listing what each running total spans (issue 12).
 */
import { validateWorkbook } from "../../src/engine/validate";
import { sumRange } from "../../src/understand/formula-terms";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { FIRST_COST_ROW, runningTotalAmount, runningTotalsWorkbook } from "../support/running-totals";

const COSTS = 60;

describe("a column of running totals", () => {
  it.each(["beside", "own-column"] as const)("%s its amounts: no finding, no row read as a total of the rows above", (shape) => {
    const wb = runningTotalsWorkbook(COSTS, shape);
    expect(validateWorkbook(wb)).toEqual([]);
    const rows = understandWorkbook(wb).tables.flatMap((t) => t.rows);
    const costs = rows.filter((r) => r.label.startsWith("Kostnad "));
    expect(costs).toHaveLength(COSTS);
    for (const r of costs) {
      expect(r.role).toBe("item");
      expect(r.covers).toBeUndefined();
    }
  });

  it("the real total beside it still covers the amounts, and a wrong one is an error at its cell", () => {
    const wb = runningTotalsWorkbook(COSTS, "beside");
    const summa = understandWorkbook(wb)
      .tables.flatMap((t) => t.rows)
      .find((r) => r.label === "Summa")!;
    expect(summa.covers).toEqual(Array.from({ length: COSTS }, (_, i) => FIRST_COST_ROW + i));

    const totalRow = wb.sheets[0].rows[FIRST_COST_ROW + COSTS];
    let expected = 0;
    for (let i = 0; i < COSTS; i++) expected += runningTotalAmount(i);
    expect(totalRow[1]!.value).toBe(expected);
    totalRow[1] = { ...totalRow[1]!, value: expected + 1_000 };
    const sums = validateWorkbook(wb).filter((f) => f.check === "sum" && f.severity === "error");
    expect(sums.map((f) => f.cells[0])).toEqual([`B${FIRST_COST_ROW + COSTS + 1}`]);
  });

  it("reads a SUM's range as its first and last row without listing the rows", () => {
    expect(sumRange("SUM(B$4:B8000)", 1)).toEqual({ first: 3, last: 7999 });
    expect(sumRange("SUM($B$4:$B$2)", 1)).toEqual({ first: 1, last: 3 });
    expect(sumRange("SUM(B4:C9)", 1)).toBeNull();
    expect(sumRange("SUM(B4:B5,B7)", 1)).toBeNull();
    expect(sumRange("SUM(B4:B9)-B3", 1)).toBeNull();
  });
});
