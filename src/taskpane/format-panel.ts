/**
 * "Formatera rapport": shows the plan (each change with a checkbox), applies the ticked
 * ones ("Verkställ") and undoes them ("Ångra formatering"). The record of what was
 * replaced is saved in the document before any cell changes, so undo works after the
 * pane was closed and reopened.
 */
import { InputError } from "../core/input-error";
import { applyFormat, undoFormat, FormatSnapshot } from "../excel/format-apply";
import { readWorkbook } from "../excel/read-workbook";
import { STORE_KEYS } from "../excel/document-store";
import { planFormat, PlanItem } from "../format/plan";
import { clear, h } from "./dom";
import { loadConfig } from "./config-source";
import type { Lang, Translate } from "./i18n";
import type { PaneContext } from "./pane-context";
import { outlinePlan, shownAddresses } from "./plan-outline";
import { causeOf, renderStatus, StatusState } from "./status";

interface PlanBox {
  item: PlanItem;
  box: HTMLInputElement;
}

/**
 * The plan into `into`: "select all / none", then a heading per sheet (and table) and a
 * ticked checkbox per item; returns the checkboxes. `onChange` runs when the ticks change.
 */
function renderPlan(into: HTMLElement, items: PlanItem[], lang: Lang, t: Translate, onChange: () => void): PlanBox[] {
  clear(into);
  if (items.length === 0) {
    into.append(h("p", { class: "empty-state" }, t("formatEmpty")));
    return [];
  }
  const boxes: PlanBox[] = [];
  const tick = (on: boolean) => {
    for (const p of boxes) p.box.checked = on;
    onChange();
  };
  const all = h("button", { type: "button", class: "link", onclick: () => tick(true) }, t("selectAll"));
  const none = h("button", { type: "button", class: "link", onclick: () => tick(false) }, t("selectNone"));
  into.append(h("div", { class: "plan-tools" }, all, none));
  for (const { sheet, tables } of outlinePlan(items)) {
    into.append(h("h3", { class: "plan-sheet" }, sheet));
    for (const table of tables) {
      if (table.title) into.append(h("h4", { class: "plan-table" }, table.title));
      const list = h("ul", { class: "plan-list" });
      for (const item of table.items) {
        const box = h("input", { type: "checkbox", "data-plan-id": item.id, "data-kind": item.kind, onchange: onChange });
        box.checked = true;
        list.append(h("li", {}, h("label", {}, box, h("span", {}, item.description[lang], h("span", { class: "where" }, shownAddresses(item.addresses))))));
        boxes.push({ item, box });
      }
      into.append(list);
    }
  }
  return boxes;
}

export function createFormatPanel(ctx: PaneContext) {
  const { t, store } = ctx;
  const status = h("div", { class: "status", hidden: true, "data-testid": "format-status" });
  const planBox = h("div", { class: "plan", "data-testid": "plan" });
  const planButton = h("button", { type: "button", class: "primary", "data-testid": "format-plan" }, t("formatPlan"));
  const apply = h("button", { type: "button", class: "primary", hidden: true, "data-testid": "format-apply" }, t("formatApply"));
  const undo = h("button", { type: "button", class: "secondary", "data-testid": "format-undo" }, t("formatUndo"));
  let plan: PlanBox[] = [];

  const snapshots = () => store.get<FormatSnapshot[]>(STORE_KEYS.format) ?? [];
  const setStatus = (s: StatusState | null) => {
    status.hidden = s === null;
    if (s) renderStatus(status, s, t);
  };
  const refresh = () => {
    undo.hidden = snapshots().length === 0;
    apply.hidden = plan.length === 0;
    apply.disabled = !plan.some((p) => p.box.checked);
  };

  /** Reads the workbook and lists the plan, every change ticked. */
  const makePlan = async () => {
    planButton.disabled = true;
    setStatus({ kind: "progress", text: t("reading") });
    try {
      const config = await loadConfig(ctx);
      const { workbook } = await ctx.excel((c) => readWorkbook(c, { onProgress: (f) => setStatus({ kind: "progress", text: t("reading"), fraction: f }) }));
      plan = renderPlan(planBox, planFormat(ctx.understand(workbook, config)), ctx.lang, t, refresh);
      setStatus(null);
    } catch (e) {
      setStatus(e instanceof InputError ? { kind: "error", text: e[ctx.lang] } : { kind: "error", text: t("errorRead"), cause: causeOf(e) });
    } finally {
      planButton.disabled = false;
      refresh();
    }
  };

  /** Applies the ticked changes; the record of what they replace is saved first. */
  const applyTicked = async () => {
    const chosen = plan.filter((p) => p.box.checked).map((p) => p.item);
    if (!chosen.length) return;
    apply.disabled = true;
    setStatus({ kind: "progress", text: t("formatApply") });
    try {
      await ctx.excel((c) =>
        applyFormat(c, chosen, async (s) => {
          store.set(STORE_KEYS.format, [...snapshots(), s]);
          await store.save();
        }),
      );
      clear(planBox);
      // As many changes as the user ticked in the plan.
      setStatus({ kind: "done", text: t("formatApplied", chosen.length) });
    } catch (e) {
      setStatus({ kind: "error", text: t("errorWrite"), cause: causeOf(e) });
    } finally {
      plan = [];
      refresh();
    }
  };

  /** Puts back every recorded format, also from an earlier session. */
  const undoAll = async () => {
    const snaps = snapshots();
    if (!snaps.length) return;
    undo.disabled = true;
    setStatus({ kind: "progress", text: t("formatUndo") });
    try {
      await ctx.excel((c) => undoFormat(c, snaps));
      store.remove(STORE_KEYS.format);
      await store.save();
      setStatus({ kind: "done", text: t("formatUndone") });
    } catch (e) {
      setStatus({ kind: "error", text: t("errorWrite"), cause: causeOf(e) });
    } finally {
      undo.disabled = false;
      refresh();
    }
  };

  planButton.addEventListener("click", makePlan);
  apply.addEventListener("click", applyTicked);
  undo.addEventListener("click", undoAll);

  const element = h(
    "section",
    { class: "panel", "data-panel": "format" },
    h("p", { class: "intro" }, t("formatIntro")),
    h("div", { class: "actions" }, planButton, undo),
    status,
    planBox,
    h("div", { class: "actions apply-bar" }, apply),
  );
  refresh();
  return { element, refresh: async () => refresh() };
}
