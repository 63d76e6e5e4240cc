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
import type { PaneContext } from "./pane-context";
import { causeOf, renderStatus, StatusState } from "./status";

const MAX_SHOWN_ADDRESSES = 3;

export function createFormatPanel(ctx: PaneContext) {
  const { t, store } = ctx;
  const status = h("div", { class: "status", hidden: true, "data-testid": "format-status" });
  const planBox = h("div", { class: "plan", "data-testid": "plan" });
  const planButton = h("button", { type: "button", class: "primary", "data-testid": "format-plan" }, t("formatPlan"));
  const apply = h("button", { type: "button", class: "primary", hidden: true, "data-testid": "format-apply" }, t("formatApply"));
  const undo = h("button", { type: "button", class: "secondary", "data-testid": "format-undo" }, t("formatUndo"));
  let plan: { item: PlanItem; box: HTMLInputElement }[] = [];

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

  const drawPlan = (items: PlanItem[]) => {
    clear(planBox);
    plan = [];
    if (items.length === 0) {
      planBox.append(h("p", { class: "empty-state" }, t("formatEmpty")));
      return;
    }
    const all = h("button", { type: "button", class: "link", onclick: () => tick(true) }, t("selectAll"));
    const none = h("button", { type: "button", class: "link", onclick: () => tick(false) }, t("selectNone"));
    planBox.append(h("div", { class: "plan-tools" }, all, none));
    const sheets = [...new Set(items.map((i) => i.sheet))];
    for (const sheet of sheets) {
      planBox.append(h("h3", { class: "plan-sheet" }, sheet));
      const ofSheet = items.filter((i) => i.sheet === sheet);
      for (const table of [...new Set(ofSheet.map((i) => i.table))]) {
        if (table && table !== sheet) planBox.append(h("h4", { class: "plan-table" }, table));
        const list = h("ul", { class: "plan-list" });
        for (const item of ofSheet.filter((i) => i.table === table)) {
          const box = h("input", { type: "checkbox", "data-plan-id": item.id, "data-kind": item.kind, onchange: refresh });
          box.checked = true;
          const shown = item.addresses.slice(0, MAX_SHOWN_ADDRESSES).join(", ") + (item.addresses.length > MAX_SHOWN_ADDRESSES ? " …" : "");
          list.append(h("li", {}, h("label", {}, box, h("span", {}, item.description[ctx.lang], h("span", { class: "where" }, shown)))));
          plan.push({ item, box });
        }
        planBox.append(list);
      }
    }
  };
  const tick = (on: boolean) => {
    for (const p of plan) p.box.checked = on;
    refresh();
  };

  planButton.addEventListener("click", async () => {
    planButton.disabled = true;
    setStatus({ kind: "progress", text: t("reading") });
    try {
      const config = await loadConfig(ctx);
      const { workbook } = await ctx.excel((c) => readWorkbook(c, { onProgress: (f) => setStatus({ kind: "progress", text: t("reading"), fraction: f }) }));
      drawPlan(planFormat(ctx.understand(workbook, config)));
      setStatus(null);
    } catch (e) {
      setStatus(e instanceof InputError ? { kind: "error", text: e[ctx.lang] } : { kind: "error", text: t("errorRead"), cause: causeOf(e) });
    } finally {
      planButton.disabled = false;
      refresh();
    }
  });

  apply.addEventListener("click", async () => {
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
  });

  undo.addEventListener("click", async () => {
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
  });

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
