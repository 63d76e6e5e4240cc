/** The pane: a header, tabs (Validera, Formatera, Inställningar) and their panels. */
import { h } from "./dom";
import type { PaneContext } from "./pane-context";
import { createValidatePanel } from "./validate-panel";
import { createHighlightToggle } from "./highlight-toggle";
import { createReportButton } from "./report-button";
import { createReviewControl } from "./review-control";
import { createFormatPanel } from "./format-panel";
import { createSettingsPanel } from "./settings-panel";
import { loadConfig } from "./config-source";
import { createCompareControl } from "./compare-control";

export function mountApp(root: HTMLElement, ctx: PaneContext): void {
  const { t } = ctx;
  const compare = createCompareControl(ctx, () => void validate.run());
  const validate = createValidatePanel(ctx, () => loadConfig(ctx), compare.companions);
  validate.extras.append(compare.element);
  const highlight = createHighlightToggle(ctx, validate);
  const review = createReviewControl(ctx, validate);
  const report = createReportButton(ctx, validate, review.marks);
  validate.toolbar.append(...highlight.controls, ...report.controls, ...review.controls);
  validate.notices.append(highlight.status, report.status, review.status);
  const format = createFormatPanel(ctx);
  const settings = createSettingsPanel(ctx);

  const panels = [
    { id: "validate", label: t("tabValidate"), el: validate.element },
    { id: "format", label: t("tabFormat"), el: format.element },
    { id: "settings", label: t("tabSettings"), el: settings.element },
  ];
  const tabs = panels.map((p, i) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${p.id}`,
        "aria-controls": `panel-${p.id}`,
        "aria-selected": String(i === 0),
        tabindex: i === 0 ? 0 : -1,
        "data-testid": `tab-${p.id}`,
        onclick: () => select(i),
        onkeydown: (ev: Event) => {
          const next = tabAfterKey((ev as KeyboardEvent).key, i, panels.length);
          if (next === null) return;
          ev.preventDefault();
          select(next, true);
        },
      },
      p.label,
    ),
  );
  panels.forEach((p, i) => {
    // h1 (the pane) → h2 (the panel) → h3 (a sheet in it): no level skipped.
    p.el.prepend(h("h2", { class: "visually-hidden" }, p.label));
    p.el.id = `panel-${p.id}`;
    p.el.setAttribute("role", "tabpanel");
    p.el.setAttribute("aria-labelledby", `tab-${p.id}`);
    p.el.hidden = i !== 0;
  });
  function select(i: number, focus = false): void {
    tabs.forEach((tab, j) => {
      tab.setAttribute("aria-selected", String(i === j));
      tab.tabIndex = i === j ? 0 : -1;
      panels[j].el.hidden = i !== j;
    });
    if (focus) tabs[i].focus();
    if (panels[i].id === "format") void format.refresh();
    if (panels[i].id === "settings") void settings.refresh(validate.last()?.workbook.sheets.map((s) => s.name));
  }

  root.replaceChildren(
    h("header", { class: "app-header" }, h("h1", {}, t("title"))),
    h("nav", { class: "tabs", role: "tablist" }, ...tabs),
    ...panels.map((p) => p.el),
  );
  root.addEventListener("keydown", closeOnEscape);
}

/** The tab that a key on tab `i` of `n` moves to (arrows wrap around, Home and End go to the ends), or null. */
function tabAfterKey(key: string, i: number, n: number): number | null {
  if (key === "ArrowRight") return (i + 1) % n;
  if (key === "ArrowLeft") return (i + n - 1) % n;
  if (key === "Home") return 0;
  if (key === "End") return n - 1;
  return null;
}

/** Escape closes the open disclosure (a fold, an error's technical cause) the focus is in, and leaves the focus on its summary. */
function closeOnEscape(ev: KeyboardEvent): void {
  if (ev.key !== "Escape") return;
  const open = (ev.target as Element | null)?.closest?.("details[open]");
  if (!open) return;
  ev.preventDefault();
  open.removeAttribute("open");
  open.querySelector<HTMLElement>(":scope > summary")?.focus();
}
