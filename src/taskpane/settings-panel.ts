/**
 * Inställningar: sheet-role overrides, the equity ceiling rule (percentage or a
 * staircase range), the admin-share target. Saved in the document. The form's values
 * and their reading are in settings-form.ts; here its fields, built in named parts.
 */
import { ownValue } from "../core/own-value";
import { STORE_KEYS } from "../excel/document-store";
import { TABLE_KINDS } from "../model/kinds";
import { clear, h } from "./dom";
import type { TextKey, Translate } from "./i18n";
import type { PaneContext } from "./pane-context";
import { FormField, SettingsForm, formOf, readForm } from "./settings-form";
import { causeOf, renderStatus } from "./status";
import type { CeilingSetting, StoredConfig } from "./stored-config";

/** One select per sheet: automatic or a role. */
function roleFields(t: Translate) {
  const element = h("div", { class: "roles" });
  const selects = new Map<string, HTMLSelectElement>();
  const draw = (sheetNames: string[], current: Record<string, string>) => {
    clear(element);
    selects.clear();
    for (const name of new Set([...sheetNames, ...Object.keys(current)])) {
      const select = h(
        "select",
        { "aria-label": name, "data-sheet": name },
        h("option", { value: "" }, t("roleAuto")),
        ...TABLE_KINDS.map((k) => h("option", { value: k }, t(`kind_${k}` as TextKey))),
      );
      select.value = ownValue(current, name) ?? "";
      selects.set(name, select);
      element.append(h("label", { class: "role-row" }, h("span", {}, name), select));
    }
  };
  return { element, draw, values: (): [string, string][] => [...selects].map(([name, s]) => [name, s.value]) };
}

/** The ceiling's three choices, each enabling its own inputs. */
function ceilingFields(t: Translate) {
  const labels: [CeilingSetting["kind"], TextKey][] = [
    ["none", "ceilingNone"],
    ["percent", "ceilingPercent"],
    ["range", "ceilingRange"],
  ];
  const radios = labels.map(([value]) => h("input", { type: "radio", name: "ceiling", value }));
  const row = (i: number) => h("label", { class: "field-row" }, radios[i], t(labels[i][1]));
  const rate = h("input", { type: "text", inputmode: "decimal", "aria-label": t("ceilingRate"), size: 6 });
  const rangeRef = h("input", { type: "text", "aria-label": t("ceilingRangeRef"), placeholder: "Parametrar!A2:C6" });
  const mode = h(
    "select",
    { "aria-label": t("ceilingMode") },
    h("option", { value: "marginal" }, t("modeMarginal")),
    h("option", { value: "whole" }, t("modeWhole")),
  );
  const kind = () => (radios.find((r) => r.checked)?.value ?? "none") as CeilingSetting["kind"];
  const enable = () => {
    rate.disabled = kind() !== "percent";
    rangeRef.disabled = mode.disabled = kind() !== "range";
  };
  for (const r of radios) r.addEventListener("change", enable);
  const element = h(
    "fieldset",
    {},
    h("legend", {}, t("equityCeiling")),
    row(0),
    row(1),
    h("label", { class: "field indent" }, h("span", { class: "hint" }, t("ceilingRate")), rate),
    row(2),
    h("div", { class: "field indent" }, h("span", { class: "hint" }, t("ceilingRangeHint")), rangeRef, mode),
  );
  const setKind = (k: CeilingSetting["kind"]) => {
    for (const r of radios) r.checked = r.value === k;
    enable();
  };
  return { element, rate, rangeRef, mode, kind, setKind };
}

/** The workbook's sheet names; none when Excel cannot say (the roles already stored are still shown). */
async function sheetNames(ctx: PaneContext): Promise<string[]> {
  try {
    return await ctx.excel(async (c) => {
      const ws = c.workbook.worksheets.load("items/name");
      await c.sync();
      return ws.items.map((w) => w.name);
    });
  } catch {
    return [];
  }
}

export function createSettingsPanel(ctx: PaneContext) {
  const { t, store } = ctx;
  const status = h("div", { class: "status", hidden: true, "data-testid": "settings-status" });
  const roles = roleFields(t);
  const ceiling = ceilingFields(t);
  const admin = h("input", { type: "text", inputmode: "decimal", id: "admin-share", size: 6 });
  const save = h("button", { type: "button", class: "primary", "data-testid": "settings-save" }, t("save"));
  const inputs: Record<FormField, HTMLInputElement> = { rate: ceiling.rate, rangeRef: ceiling.rangeRef, admin };
  const stored = () => store.get<StoredConfig>(STORE_KEYS.config) ?? {};

  const fill = () => {
    const f = formOf(stored(), ctx.lang);
    ceiling.setKind(f.ceiling);
    ceiling.rate.value = f.rate;
    ceiling.rangeRef.value = f.rangeRef;
    ceiling.mode.value = f.mode;
    admin.value = f.admin;
  };
  const form = (): SettingsForm => ({
    roles: roles.values(),
    ceiling: ceiling.kind(),
    rate: ceiling.rate.value,
    rangeRef: ceiling.rangeRef.value,
    mode: ceiling.mode.value as SettingsForm["mode"],
    admin: admin.value,
  });
  const refresh = async (names?: string[]) => {
    fill();
    roles.draw(names ?? (await sheetNames(ctx)), stored().sheetRoles ?? {});
  };
  const show = (kind: "done" | "error", text: string, cause?: string) => {
    status.hidden = false;
    renderStatus(status, kind === "error" ? { kind, text, cause } : { kind, text }, t);
  };

  save.addEventListener("click", async () => {
    for (const input of Object.values(inputs)) input.removeAttribute("aria-invalid");
    const read = readForm(form());
    if ("invalid" in read) {
      inputs[read.invalid].setAttribute("aria-invalid", "true");
      return show("error", t(read.message));
    }
    save.disabled = true;
    try {
      store.set(STORE_KEYS.config, read.ok);
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
    h("fieldset", {}, h("legend", {}, t("sheetRoles")), roles.element),
    ceiling.element,
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
