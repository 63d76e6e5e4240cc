/**
 * The format plan on small report tables, understood by the real engine: Swedish formats
 * by unit (0 decimals in kr; 1 in a tkr table that has decimals), totals bold with a top
 * border, header row, right-aligned amount columns, widths, text numbers converted.
 */
import type { Workbook } from "../../src/model/grid";
import { FORMAT_0, FORMAT_1, FORMAT_PERCENT, isSwedishAmountFormat, planFormat, PlanItem } from "../../src/format/plan";
import { understandWorkbook } from "../../src/understand/understand-workbook";

const wb: Workbook = {
  sheets: [
    {
      name: "RR",
      rows: [
        [{ value: "Resultaträkning", bold: true }],
        [{ value: "Belopp i tkr" }],
        [{ value: "" }, { value: "Utfall 2023" }, { value: "Utfall 2022" }],
        [{ value: "Verksamhetens intäkter" }, { value: 5572.6, numberFormat: "0.0" }, { value: 5100.2, numberFormat: "0.0" }],
        [{ value: "Verksamhetens kostnader" }, { value: -4000.1, numberFormat: "0.0" }, { value: -3900, numberFormat: "0.0" }],
        [
          { value: "Årets resultat" },
          { value: 1572.5, formula: "SUM(B4:B5)", numberFormat: "0.0" },
          { value: 1200.2, formula: "SUM(C4:C5)", numberFormat: "0.0" },
        ],
      ],
    },
    {
      name: "Budget",
      rows: [
        [{ value: "Budget 2024", bold: true }],
        [{ value: "Insatser" }, { value: "Budget 2024" }, { value: "Budget 2023" }],
        [{ value: "Lumena" }, { value: 7653645 }, { value: "1 393 712" }],
        [{ value: "Conecto" }, { value: 2564012 }, { value: 2000000 }],
        [{ value: "Summa insatser" }, { value: 10217657, formula: "SUM(B3:B4)" }, { value: 3393712, formula: "SUM(C3:C4)" }],
        [{ value: "Andel av total" }, { value: 0.5 }, { value: 0.25 }],
      ],
    },
  ],
};

const plan = planFormat(understandWorkbook(wb));
const of = (sheet: string, kind: PlanItem["kind"]) => plan.filter((p) => p.sheet === sheet && p.kind === kind);

describe("planFormat", () => {
  it("gives a tkr table with decimals one decimal, a kr table none, both with a minus sign", () => {
    expect(of("RR", "number-format").map((p) => [p.change.numberFormat, p.addresses])).toEqual([[FORMAT_1, ["B4:B6", "C4:C6"]]]);
    expect(FORMAT_1).toBe("#,##0.0;-#,##0.0");
    const budget = of("Budget", "number-format");
    expect(budget).toHaveLength(1);
    expect(budget[0].change.numberFormat).toBe(FORMAT_0);
    expect(FORMAT_0).toBe("#,##0;-#,##0");
    expect(budget[0].addresses).toEqual(expect.arrayContaining(["B3:B5"]));
  });

  it("makes total and result rows bold with a top border across the table", () => {
    expect(of("RR", "total-style").map((p) => [p.addresses, p.change])).toEqual([[["A6:C6"], { bold: true, borderTop: true }]]);
    expect(of("Budget", "total-style").map((p) => p.addresses)).toEqual([["A5:C5"]]);
  });

  it("styles the header row and right-aligns the amount columns including their headers", () => {
    expect(of("RR", "header-style").map((p) => [p.addresses, p.change])).toEqual([[["A3:C3"], { bold: true, borderBottom: true }]]);
    expect(of("RR", "align-right")[0].addresses).toEqual(["B3:B6", "C3:C6"]);
  });

  it("converts the number stored as text, in the table's format", () => {
    const t = plan.filter((p) => p.kind === "text-to-number");
    expect(t.map((p) => [p.sheet, p.addresses, p.change])).toEqual([["Budget", ["C3"], { value: 1393712, numberFormat: FORMAT_0 }]]);
    expect(t[0].description.sv).toContain("1 393 712");
  });

  it("formats a share row as a percentage, not as an amount", () => {
    const pct = of("Budget", "percent-format");
    expect(pct.map((p) => [p.addresses, p.change.numberFormat])).toEqual([[["B6", "C6"], FORMAT_PERCENT]]);
    expect(of("Budget", "number-format")[0].addresses.join(",")).not.toMatch(/6/);
  });

  it("widens the label column to its longest label and the amount columns to their widest figure", () => {
    const w = of("RR", "column-width")[0].change.minColumnWidths!;
    // "Verksamhetens kostnader" (23 characters) is wider than "-4 000,1" (8) or "Utfall 2023" (11).
    expect(w.A).toBeGreaterThan(w.B);
    expect(w.B).toBe(w.C);
  });

  it("proposes nothing for a workbook without tables", () => {
    expect(planFormat(understandWorkbook({ sheets: [{ name: "Text", rows: [[{ value: "Bara text" }]] }] }))).toEqual([]);
  });

  it("leaves figures alone that already have a report format (a unit suffix kept)", () => {
    const formatted: Workbook = {
      sheets: [
        {
          name: "Drift",
          rows: [
            [{ value: "Kategori" }, { value: "Belopp 2023" }],
            [{ value: "Individ insatser" }, { value: 17157195, numberFormat: '#,##0 "kr"' }],
            [{ value: "Administration" }, { value: 7657406, numberFormat: "#,##0" }],
            [{ value: "Summa" }, { value: 24814601, formula: "SUM(B2:B3)", numberFormat: "General" }],
          ],
        },
      ],
    };
    const items = planFormat(understandWorkbook(formatted)).filter((p) => p.kind === "number-format");
    expect(items.map((p) => p.addresses)).toEqual([["B4"]]);
  });
});

describe("isSwedishAmountFormat", () => {
  it.each([
    ["#,##0", 0, true],
    ["#,##0;-#,##0", 0, true],
    ['#,##0 "kr"', 0, true],
    ["#,##0.0;[Red]-#,##0.0", 1, true],
    ["#,##0.0", 0, false],
    ["#,##0", 1, false],
    ["General", 0, false],
    ["0", 0, false],
    ["#,##0;(#,##0)", 0, false],
    ["#,##0;[Red]#,##0", 0, false],
    ["0.0%", 1, false],
  ])("%s with %d decimals → %p", (fmt, d, ok) => expect(isSwedishAmountFormat(fmt as string, d as number)).toBe(ok));
});
