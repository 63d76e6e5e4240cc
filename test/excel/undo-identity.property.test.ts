/**
 * Property: on any grid — numbers, numbers stored as text, blanks, error values, formulas,
 * huge and tiny magnitudes, long labels, cells with their own formats — formatting with any
 * subset of the plan and undoing is the identity on values, formulas and formats; and
 * highlighting any cells and removing the highlight is the identity too.
 */
import fc from "fast-check";
import type { Cell, Workbook } from "../../src/model/grid";
import { applyFormat, undoFormat } from "../../src/excel/format-apply";
import { applyHighlight, removeHighlight, HighlightTarget } from "../../src/excel/highlight";
import { readWorkbook } from "../../src/excel/read-workbook";
import { planFormat } from "../../src/format/plan";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { SimRequestContext } from "../support/excel-simulator/api";
import { contentOf } from "../support/excel-simulator/compare";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { createHost } from "../support/excel-simulator/host";
import { a1 } from "../../src/model/grid";

const label = fc.oneof(
  fc.constantFrom(
    "Summa",
    "Summa intäkter",
    "Totalt",
    "Årets resultat",
    "Kansli",
    "Lumena, varav",
    "* ESF",
    "Soliditet",
    "Belopp i tkr",
    "Budget 2024",
    "Utfall 2023",
    "Differens",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 2000, maxLength: 3000 }),
);
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  label.map((value) => ({ value })),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((value) => ({ value, numberFormat: "#,##0" })),
  fc.constantFrom(1e-9, 123456789012345, 0.5, -0.25).map((value) => ({ value, numberFormat: "0.0%" })),
  fc.integer({ min: -9_999_999, max: 9_999_999 }).map((n) => ({ value: n.toLocaleString("sv-SE") })),
  fc.constantFrom("1 393 712", "−5 000", "(1 234)", "12,5").map((value) => ({ value })),
  fc.constantFrom("#REF!", "#DIV/0!", "#VALUE!").map((error) => ({ value: null, error, formula: "1/0" })),
  fc.integer({ min: 0, max: 1e6 }).map((value) => ({ value, formula: "SUM(B2:B3)", bold: true })),
);
const sheet = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 14 });
const workbook: fc.Arbitrary<Workbook> = fc.array(sheet, { minLength: 1, maxLength: 3 }).map((sheets) => ({
  sheets: sheets.map((rows, i) => ({ name: `Blad ${i + 1}`, rows })),
}));
/** The cells' own formatting, so a restore that assumes defaults is caught. */
const decoration = fc.record({
  fill: fc.boolean(),
  border: fc.boolean(),
  align: fc.constantFrom("General", "Left", "Center"),
  width: fc.option(fc.integer({ min: 10, max: 300 })),
});

function setup(wb: Workbook, deco: { fill: boolean; border: boolean; align: string; width: number | null }) {
  const doc = documentFromGrid(wb);
  for (const s of doc.sheets) {
    Object.values(s.cells).forEach((c, i) => {
      if (deco.fill && i % 2 === 0) c.format.fillColor = "#C6EFCE";
      if (deco.border && i % 3 === 0) c.format.borders.EdgeTop = { style: "Double", color: "#0000FF", weight: "Thick" };
      c.format.horizontalAlignment = deco.align;
    });
    if (deco.width !== null) s.columnWidths[0] = deco.width;
  }
  const host = createHost(doc);
  return { host, ctx: new SimRequestContext(host) as unknown as Excel.RequestContext };
}

describe("undo is the identity", () => {
  let exercised = 0;
  it("format with any subset of the plan, then undo", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, decoration, fc.infiniteStream(fc.boolean()), async (wb, deco, picks) => {
        const { host, ctx } = setup(wb, deco);
        const before = JSON.stringify(contentOf(host.doc));
        const plan = planFormat(understandWorkbook((await readWorkbook(ctx)).workbook));
        const it = picks[Symbol.iterator]();
        const chosen = plan.filter(() => it.next().value);
        if (chosen.length) exercised++;
        let stored = "";
        const snap = await applyFormat(ctx, chosen, async (s) => {
          stored = JSON.stringify(s);
        });
        expect(stored).toBe(JSON.stringify(snap));
        await undoFormat(ctx, [JSON.parse(stored)]);
        expect(JSON.stringify(contentOf(host.doc))).toBe(before);
      }),
      { numRuns: 60 },
    );
    // Most random grids hold something the planner formats: the property is not vacuous.
    expect(exercised).toBeGreaterThan(30);
  });

  it("highlight any cells, then remove the highlight", async () => {
    await fc.assert(
      fc.asyncProperty(
        workbook,
        decoration,
        fc.array(fc.tuple(fc.nat(20), fc.nat(8), fc.constantFrom("error", "warning", "info") as fc.Arbitrary<HighlightTarget["severity"]>), { maxLength: 30 }),
        async (wb, deco, cells) => {
          const { host, ctx } = setup(wb, deco);
          const before = JSON.stringify(contentOf(host.doc));
          const seen = new Set<string>();
          const targets = cells
            .map(([r, c, severity]) => ({ sheet: "Blad 1", address: a1(r, c), severity }))
            .filter((t) => !seen.has(t.address) && seen.add(t.address));
          const snap = await applyHighlight(ctx, targets);
          await removeHighlight(ctx, JSON.parse(JSON.stringify(snap)));
          expect(JSON.stringify(contentOf(host.doc))).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
