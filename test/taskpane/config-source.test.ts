/** The engine's config from the document: a staircase kept in a Parametrar range is read from the workbook at validation time. */
import { loadConfig } from "../../src/taskpane/config-source";
import { officeSettingsStore, STORE_KEYS } from "../../src/excel/document-store";
import type { PaneContext } from "../../src/taskpane/pane-context";
import { SimRequestContext } from "../support/excel-simulator/api";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { createHost, SimSettings } from "../support/excel-simulator/host";
import { translator } from "../../src/taskpane/i18n";

function pane(settings: Record<string, unknown>) {
  const doc = documentFromGrid({
    sheets: [
      { name: "RR", rows: [[{ value: "Årets resultat" }, { value: 1 }]] },
      {
        name: "Parametrar",
        rows: [
          [{ value: "Från" }, { value: "Sats" }, { value: "Fast" }],
          [{ value: 0 }, { value: 0.2 }],
          // A cell showing 15 % holds 0.15 (range.values gives the number, not the text).
          [{ value: 10_000_000 }, { value: 0.15 }, { value: 2_000_000 }],
          [{ value: 20_000_000 }, { value: "10 %" }],
        ],
      },
    ],
  });
  doc.settings = settings;
  const host = createHost(doc);
  const ctx: PaneContext = {
    lang: "sv",
    t: translator("sv"),
    excel: async (batch) => {
      const c = new SimRequestContext(host) as unknown as Excel.RequestContext;
      const r = await batch(c);
      await c.sync();
      return r;
    },
    validate: () => [],
    understand: () => {
      throw new Error("not used");
    },
    validateDocuments: () => {
      throw new Error("not used");
    },
    store: officeSettingsStore(new SimSettings(host) as unknown as Office.Settings),
  };
  return { ctx, host };
}

describe("loadConfig", () => {
  it("reads the staircase from the named range", async () => {
    const { ctx } = pane({ [STORE_KEYS.config]: { ceiling: { kind: "range", ref: "Parametrar!A1:C3", mode: "marginal" }, adminShareTarget: 0.1 } });
    expect(await loadConfig(ctx)).toEqual({
      adminShareTarget: 0.1,
      equityCeiling: {
        kind: "staircase",
        mode: "marginal",
        steps: [
          { from: 0, rate: 0.2 },
          { from: 10_000_000, rate: 0.15, fixed: 2_000_000 },
        ],
      },
    });
  });

  it("refuses a range the rule cannot be read from, naming the range and the cell in Swedish and English", async () => {
    const { ctx } = pane({ [STORE_KEYS.config]: { ceiling: { kind: "range", ref: "Parametrar!A1:C4", mode: "marginal" } } });
    await expect(loadConfig(ctx)).rejects.toThrow(
      /Tak för eget kapital, Parametrar!A1:C4: Regeln, rad 4 kolumn 2: väntade ett tal, fick "10 %".*Equity ceiling/,
    );
  });

  it("runs without a ceiling when the range's sheet is gone, and costs no round trip without a range", async () => {
    const { ctx } = pane({ [STORE_KEYS.config]: { ceiling: { kind: "range", ref: "'Borta'!A1:C3", mode: "whole" } } });
    expect(await loadConfig(ctx)).toEqual({});
    const plain = pane({ [STORE_KEYS.config]: { sheetRoles: { RR: "rr" } } });
    expect(await loadConfig(plain.ctx)).toEqual({ sheetRoles: { RR: "rr" } });
    expect(plain.host.syncs).toHaveLength(0);
  });
});
