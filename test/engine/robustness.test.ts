/**
 * The engine takes whatever a workbook holds: merged cells, hidden rows, error values,
 * dates, rich text flattened to strings, booleans, very wide rows, 10 000-character
 * labels, ragged and missing rows — and still finds what is wrong next to them.
 */
import type { Cell, Sheet } from "../../src/model/grid";
import { validateWorkbook } from "../../src/engine/validate";
import { sheet, workbook } from "../checks/grid-literal";

describe("hostile sheets", () => {
  it("does not throw, and still reports the broken total among them", () => {
    const long = "Lång etikett ".repeat(800); // ~10 000 characters
    const wide: (Cell | undefined)[] = [];
    wide[0] = { value: "Bred rad" };
    wide[1] = { value: 5, numberFormat: "#,##0" };
    wide[16_000] = { value: "långt bort" };
    const s: Sheet = sheet("Hostile", [
      ["Budget 2024"],
      ["Post", "Budget 2024"],
      ["A", 100],
      ["B", 200],
      ["Summa", 400],
      [],
      [long, 200],
      ["Datum", { value: 45_291, numberFormat: "yyyy-mm-dd" }],
      ["Fel", { value: null, formula: "B1/0", error: "#DIV/0!" }],
      ["Sant", { value: true }],
      ["Oändligt", { value: Number.POSITIVE_INFINITY }],
      ["Summa " + long, 1],
    ]);
    s.rows.push(wide);
    s.rows[20] = undefined as unknown as (Cell | undefined)[]; // a missing row in a sparse sheet
    s.merged = [{ top: 0, left: 0, bottom: 0, right: 3 }];
    s.hiddenRows = [2];
    const empty: Sheet = { name: "Tom", rows: [] };
    const prose = sheet("Text", [[long], ["Summa summarum: inget att räkna här."]]);
    const findings = validateWorkbook(workbook(s, empty, prose));
    expect(findings.filter((f) => f.check === "sum").map((f) => [f.cells[0], f.difference])).toEqual([["B5", 100]]);
    expect(findings.filter((f) => f.check === "formula").map((f) => f.cells[0])).toEqual(["B9"]);
  });
});

describe("dates Excel cannot show", () => {
  it("a date-formatted number outside 0…9999-12-31 is a number, not a date (no invalid Date anywhere)", () => {
    const s = sheet("D", [
      ["Post", { value: 1e12, numberFormat: "yyyy-mm-dd" }, { value: -5, numberFormat: "yyyy-mm-dd" }],
      ["A", 1, 2],
      ["Summa", 1, 2],
    ]);
    expect(() => validateWorkbook(workbook(s))).not.toThrow();
  });
});

describe("long columns", () => {
  it("a 150 000-row column of bare numbers with a SUM over 100 000 of them goes through", () => {
    const rows: (Cell | undefined)[][] = [];
    for (let r = 0; r < 150_000; r++) rows.push([undefined, { value: 1, numberFormat: "#,##0" }]);
    rows.push([{ value: "Summa" }, { value: 100_001, formula: "SUM(B1:B100000)", numberFormat: "#,##0" }]);
    const findings = validateWorkbook({ name: "long.xlsx", sheets: [{ name: "Lång", rows }] });
    expect(findings.filter((f) => f.check === "sum").map((f) => [f.cells[0], f.difference])).toEqual([["B150001", 1]]);
  }, 60_000);
});

describe("scale: 50 sheets × 2 000 rows × 12 columns", () => {
  /** A budget sheet: 200 blocks of 9 lines and a "Summa" each, 11 year columns; block `bad` is 1 000 off in 2020. Labels are the sheet's own (the same label with two values in two sheets would rightly be reported). */
  function bigSheet(index: number, bad: number): Sheet {
    const rows: (Cell | undefined)[][] = [[{ value: `Budget ${index}` }], [{ value: "Post" }]];
    for (let y = 0; y < 11; y++) rows[1].push({ value: `Budget ${2013 + y}` });
    for (let b = 0; b < 200; b++) {
      for (let i = 0; i < 9; i++) {
        const row: (Cell | undefined)[] = [{ value: `Insats ${index}-${b}-${i}` }];
        for (let y = 0; y < 11; y++) row.push({ value: 1_000 * (i + 1) + y, numberFormat: "#,##0" });
        rows.push(row);
      }
      const total: (Cell | undefined)[] = [{ value: `Summa block ${index}-${b}` }];
      for (let y = 0; y < 11; y++) {
        let sum = 0;
        for (let i = 0; i < 9; i++) sum += 1_000 * (i + 1) + y;
        total.push({ value: sum + (b === bad && y === 7 ? 1_000 : 0), numberFormat: "#,##0" });
      }
      rows.push(total);
    }
    return { name: `Blad ${index}`, rows };
  }

  it("goes through and reports exactly the one broken total on each sheet", () => {
    const wb = { name: "big.xlsx", sheets: Array.from({ length: 50 }, (_, i) => bigSheet(i, (i * 7) % 200)) };
    const findings = validateWorkbook(wb);
    expect(findings).toHaveLength(50);
    findings.forEach((f, i) => {
      const block = (i * 7) % 200;
      expect(f).toMatchObject({ check: "sum", severity: "error", sheet: `Blad ${i}`, cells: [`I${3 + block * 10 + 9}`], difference: 1_000 });
    });
  }, 120_000);
});
