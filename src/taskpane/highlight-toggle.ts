/**
 * The "Visa i bladet" switch. Its state lives in the document: the recorded fills are
 * saved before any cell changes, so turning it off restores them even after the pane
 * (or Excel) was closed in between. A new validation re-applies it to the new findings.
 */
import { applyHighlight, highlightTargets, removeHighlight, HighlightSnapshot } from "../excel/highlight";
import { STORE_KEYS } from "../excel/document-store";
import { h } from "./dom";
import { causeOf, renderStatus } from "./status";
import type { PaneContext } from "./pane-context";
import type { ValidatePanel } from "./validate-panel";

export function createHighlightToggle(ctx: PaneContext, validate: ValidatePanel) {
  const { t, store } = ctx;
  const input = h("input", { type: "checkbox", role: "switch", "data-testid": "highlight" });
  input.checked = store.get<HighlightSnapshot>(STORE_KEYS.highlight) !== null;
  const status = h("div", { class: "status", hidden: true, "data-testid": "highlight-status" });
  let busy = Promise.resolve();

  const turnOff = async () => {
    const snap = store.get<HighlightSnapshot>(STORE_KEYS.highlight);
    if (!snap) return;
    await ctx.excel((c) => removeHighlight(c, snap));
    store.remove(STORE_KEYS.highlight);
    await store.save();
  };

  const turnOn = async () => {
    const last = validate.last() ?? (await validate.run());
    if (!last) throw new Error(t("errorRead"));
    await ctx.excel((c) =>
      applyHighlight(c, highlightTargets(last.findings), async (snap) => {
        store.set(STORE_KEYS.highlight, snap);
        await store.save();
      }),
    );
  };

  const act = (fn: () => Promise<void>, done: string) => {
    input.disabled = true;
    busy = busy
      .then(fn)
      .then(() => {
        status.hidden = false;
        renderStatus(status, { kind: "done", text: done }, t);
      })
      .catch((e) => {
        status.hidden = false;
        renderStatus(status, { kind: "error", text: t("errorWrite"), cause: causeOf(e) }, t);
        input.checked = store.get(STORE_KEYS.highlight) !== null;
      })
      .finally(() => (input.disabled = false));
  };

  input.addEventListener("change", () => (input.checked ? act(turnOn, t("highlightOn")) : act(turnOff, t("highlightOff"))));
  validate.onResult(() => {
    // While the switch is busy (it may have asked for this validation itself) it applies the result already.
    if (input.checked && !input.disabled) act(async () => (await turnOff(), await turnOn()), t("highlightOn"));
  });

  return { controls: [h("label", { class: "switch" }, input, t("highlight"))], status };
}
