/** The Excel simulator keeps Office's rules, so tests on it mean something. */
import { SimRequestContext } from "../support/excel-simulator/api";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { createHost } from "../support/excel-simulator/host";
import { findSheet, getCell } from "../support/excel-simulator/document";

const make = (limit?: number) => {
  const host = createHost(
    documentFromGrid({
      sheets: [
        { name: "RR", rows: [[{ value: "Intäkter" }, { value: 100, numberFormat: "#,##0" }]] },
        { name: "BR", rows: [] },
      ],
    }),
    limit,
  );
  return { host, ctx: new SimRequestContext(host) };
};
const code = async (f: () => unknown) => {
  try {
    await f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return "no error";
};

describe("Excel simulator", () => {
  it("throws PropertyNotLoaded before load, and after load until sync", async () => {
    const { ctx } = make();
    const r = ctx.workbook.worksheets.getItem("RR").getRange("A1:B1");
    expect(await code(() => r.values)).toBe("PropertyNotLoaded");
    r.load("values");
    expect(await code(() => r.values)).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(r.values).toEqual([["Intäkter", 100]]);
    expect(await code(() => r.numberFormat)).toBe("PropertyNotLoaded");
  });

  it("runs queued writes in order at sync, not before; a written property still needs a load", async () => {
    const { host, ctx } = make();
    const r = ctx.workbook.worksheets.getItem("RR").getRange("B1");
    r.numberFormat = [["@"]];
    r.values = [["123"]];
    expect(getCell(findSheet(host.doc, "RR")!, 0, 1)!.value).toBe(100);
    expect(await code(() => r.values)).toBe("PropertyNotLoaded");
    await ctx.sync();
    // Text format first: the string stays text.
    expect(getCell(findSheet(host.doc, "RR")!, 0, 1)!.value).toBe("123");
    r.numberFormat = [["General"]];
    r.values = [["456"]];
    await ctx.sync();
    expect(getCell(findSheet(host.doc, "RR")!, 0, 1)!.value).toBe(456);
    r.values = [["'789"]];
    await ctx.sync();
    expect(getCell(findSheet(host.doc, "RR")!, 0, 1)!.value).toBe("789");
  });

  it("counts one round trip per sync with something queued, and none for an empty sync", async () => {
    const { host, ctx } = make();
    await ctx.sync();
    expect(host.syncs).toHaveLength(0);
    ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    expect(host.syncs).toHaveLength(1);
    expect(ctx.workbook.worksheets.items.map((w) => w.name)).toEqual(["RR", "BR"]);
    expect(host.syncs[0].responseBytes).toBeGreaterThan(0);
  });

  it("gives a null object for an empty sheet's used range and for a missing sheet", async () => {
    const { ctx } = make();
    const used = ctx.workbook.worksheets.getItem("BR").getUsedRangeOrNullObject(true).load("address");
    const missing = ctx.workbook.worksheets.getItemOrNullObject("Finns inte").load("name");
    await ctx.sync();
    expect(used.isNullObject).toBe(true);
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.worksheets.getItem("Finns inte").getRange("A1").select();
    expect(await code(() => ctx.sync())).toBe("ItemNotFound");
  });

  it("refuses a response over the payload limit and delivers nothing from it", async () => {
    const { ctx } = make(10);
    const r = ctx.workbook.worksheets.getItem("RR").getRange("A1:B1").load("values");
    expect(await code(() => ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(await code(() => r.values)).toBe("PropertyNotLoaded");
  });

  it("returns null for a range property that differs between cells", async () => {
    const { host, ctx } = make();
    getCell(findSheet(host.doc, "RR")!, 0, 0)!.format.bold = true;
    const f = ctx.workbook.worksheets.getItem("RR").getRange("A1:B1").format.font.load("bold");
    const one = ctx.workbook.worksheets.getItem("RR").getRange("A1").format.font.load("bold");
    await ctx.sync();
    expect(f.bold).toBeNull();
    expect(one.bold).toBe(true);
  });
});
