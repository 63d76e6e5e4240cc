/** Reads the stored settings and, for a staircase kept in a range, that range's values: the engine's config. */
import type { ValidationConfig } from "../model/validation-config";
import { STORE_KEYS } from "../excel/document-store";
import type { PaneContext } from "./pane-context";
import { StoredConfig, parseRangeRef, toValidationConfig } from "./stored-config";

export async function loadConfig(ctx: PaneContext): Promise<ValidationConfig> {
  const stored = ctx.store.get<StoredConfig>(STORE_KEYS.config) ?? {};
  let values: unknown[][] | null = null;
  if (stored.ceiling?.kind === "range") {
    const ref = parseRangeRef(stored.ceiling.ref);
    if (ref) {
      values = await ctx.excel(async (c) => {
        const sheet = c.workbook.worksheets.getItemOrNullObject(ref.sheet).load("name");
        await c.sync();
        if (sheet.isNullObject) return null;
        const range = sheet.getRange(ref.address).load("values");
        await c.sync();
        return range.values;
      });
    }
  }
  return toValidationConfig(stored, values);
}
