/**
 * Inställningar: sheet-role overrides, the equity ceiling rule (percentage or a
 * staircase range), the admin-share target. Saved in the document.
 */
import { ownValue } from "../core/own-value";
import { STORE_KEYS } from "../excel/document-store";
import { TABLE_KINDS, type TableKind } from "../model/kinds";
import { clear, h } from "./dom";
import type { TextKey } from "./i18n";
import type { PaneContext } from "./pane-context";
import { causeOf, renderStatus } from "./status";
import { CeilingSetting, StoredConfig, parseRangeRef } from "./stored-config";
import { parseUserNumber } from "./user-number";

export function createSettingsPanel(ctx: PaneContext) {
  const { t, store } = ctx;
  const status = h("div", { class: "status", hidden: true, "data-testid": "settings-status" });
  const roles = h("div", { class: "roles" });
  const roleSelects = new Map<string, HTMLSelectElement>();

  const ceilingChoice = (value: CeilingSetting["kind"], label: TextKey) =>
    h("label", { class: "field-row" }, h("input", { type: "radio", name: "ceiling", value }), t(label));
  const choices = [ceilingChoice("none", "ceilingNone"), ceilingChoice("percent", "ceilingPercent"), ceilingChoice("range", "ceilingRange")];
  const rate = h("input", { type: "text", inputmode: "decimal", "aria-label": t("ceilingRate"), size: 6 });
  const rangeRef = h("input", { type: "text", "aria-label": t("ceilingRangeRef"), placeholder: "Parametrar!A2:C6" });
  const mode = h(
    "select",
    { "aria-label": t("ceilingMode") },
    h("option", { value: "marginal" }, t("modeMarginal")),
    h("option", { value: "whole" }, t("modeWhole")),
  );
  const admin = h("input", { type: "text", inputmode: "decimal", id: "admin-share", size: 6 });
  const save = h("button", { type: "button", class: "primary", "data-testid": "settings-save" }, t("save"));
  const radio = (v: string) => choices.map((c) => c.querySelector("input")!).find((i) => i.value === v)!;

  const enableByChoice = () => {
    const kind = choices.map((c) => c.querySelector("input")!).find((i) => i.checked)?.value;
    rate.disabled = kind !== "percent";
    rangeRef.disabled = mode.disabled = kind !== "range";
  };
  for (const c of choices) c.querySelector("input")!.addEventListener("change", enableByChoice);

  const fill = () => {
    const s = store.get<StoredConfig>(STORE_KEYS.config) ?? {};
    const c = s.ceiling ?? { kind: "none" };
    radio(c.kind).checked = true;
    rate.value = c.kind === "percent" ? String(c.rate * 100).replace(".", ctx.lang === "sv" ? "," : ".") : "";
    rangeRef.value = c.kind === "range" ? c.ref : "";
    mode.value = c.kind === "range" ? c.mode : "marginal";
    enableByChoice();
    admin.value = s.adminShareTarget !== undefined ? String(s.adminShareTarget * 100).replace(".", ctx.lang === "sv" ? "," : ".") : "";
  };

  const drawRoles = (sheetNames: string[]) => {
    clear(roles);
    roleSelects.clear();
    const current = store.get<StoredConfig>(STORE_KEYS.config)?.sheetRoles ?? {};
    const names = [...new Set([...sheetNames, ...Object.keys(current)])];
    for (const name of names) {
      const select = h(
        "select",
        { "aria-label": name, "data-sheet": name },
        h("option", { value: "" }, t("roleAuto")),
        ...TABLE_KINDS.map((k) => h("option", { value: k }, t(`kind_${k}` as TextKey))),
      );
      select.value = ownValue(current, name) ?? "";
      roleSelects.set(name, select);
      roles.append(h("label", { class: "role-row" }, h("span", {}, name), select));
    }
  };

  const refresh = async (sheetNames?: string[]) => {
    fill();
    let names = sheetNames;
    if (!names) {
      try {
        names = await ctx.excel(async (c) => {
          const ws = c.workbook.worksheets.load("items/name");
          await c.sync();
          return ws.items.map((w) => w.name);
        });
      } catch {
        names = [];
      }
    }
    drawRoles(names);
  };

  const show = (kind: "done" | "error", text: string, cause?: string) => {
    status.hidden = false;
    renderStatus(status, kind === "error" ? { kind, text, cause } : { kind, text }, t);
  };

  save.addEventListener("click", async () => {
    const next: StoredConfig = {};
    // fromEntries makes every sheet name an own key, also "__proto__" (an assignment would set the prototype).
    const sheetRoles: Record<string, TableKind> = Object.fromEntries([...roleSelects].filter(([, sel]) => sel.value).map(([name, sel]) => [name, sel.value as TableKind]));
    if (Object.keys(sheetRoles).length) next.sheetRoles = sheetRoles;
    for (const input of [rate, rangeRef, admin]) input.removeAttribute("aria-invalid");
    const a = parseUserNumber(admin.value);
    if (Number.isNaN(a)) {
      admin.setAttribute("aria-invalid", "true");
      return show("error", t("invalidNumber"));
    }
    if (a !== null) next.adminShareTarget = a / 100;
    const kind = choices.map((c) => c.querySelector("input")!).find((i) => i.checked)?.value ?? "none";
    if (kind === "percent") {
      const r = parseUserNumber(rate.value);
      if (r === null || Number.isNaN(r)) {
        rate.setAttribute("aria-invalid", "true");
        return show("error", t("invalidNumber"));
      }
      next.ceiling = { kind: "percent", rate: r / 100 };
    } else if (kind === "range") {
      if (!parseRangeRef(rangeRef.value)) {
        rangeRef.setAttribute("aria-invalid", "true");
        return show("error", t("invalidRange"));
      }
      next.ceiling = { kind: "range", ref: rangeRef.value.trim(), mode: mode.value as "marginal" | "whole" };
    }
    save.disabled = true;
    try {
      store.set(STORE_KEYS.config, next);
      await store.save();
      show("done", t("saved"));
    } catch (e) {
      show("error", t("errorWrite"), causeOf(e));
    } finally {
      save.disabled = false;
    }
  });

  const element = h(
    "section",
    { class: "panel", "data-panel": "settings" },
    h("p", { class: "intro" }, t("settingsIntro")),
    h("fieldset", {}, h("legend", {}, t("sheetRoles")), roles),
    h(
      "fieldset",
      {},
      h("legend", {}, t("equityCeiling")),
      choices[0],
      choices[1],
      h("label", { class: "field indent" }, h("span", { class: "hint" }, t("ceilingRate")), rate),
      choices[2],
      h("div", { class: "field indent" }, h("span", { class: "hint" }, t("ceilingRangeHint")), rangeRef, mode),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, t("adminShare")),
      h("label", { class: "field", for: "admin-share" }, h("span", {}, t("adminShareLabel")), admin, h("span", { class: "hint" }, t("adminShareHint"))),
    ),
    h("div", { class: "actions" }, save),
    status,
  );
  fill();
  return { element, refresh };
}
