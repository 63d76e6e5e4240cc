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
          const k = (ev as KeyboardEvent).key;
          if (k === "ArrowRight") select((i + 1) % panels.length, true);
          if (k === "ArrowLeft") select((i + panels.length - 1) % panels.length, true);
        },
      },
      p.label,
    ),
  );
  panels.forEach((p, i) => {
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
}
