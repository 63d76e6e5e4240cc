/**
 * The findings list of the validate panel, with its own state: which severities the chips
 * show and whether the approved fold is open. Each draw builds the list model and renders
 * it; a chip keeps the focus when the list is drawn anew.
 */
import type { Finding, Severity } from "../findings/finding";
import { ReviewedFinding, applyReview } from "../findings/review-apply";
import type { Place } from "../excel/cell-ref";
import { clear, h } from "./dom";
import { FindingsListModel, findingsListModel, SEVERITIES } from "./findings-model";
import { renderFindings } from "./findings-view";
import type { Lang, Translate } from "./i18n";

/** How the review marks take part in the list: the marks on the findings, and each card's review controls. */
export interface ListReview {
  reviewed(findings: Finding[]): ReviewedFinding[];
  decorate(f: Finding): HTMLElement | null;
}

export interface FindingsList {
  element: HTMLElement;
  /** Draws these findings (sheets in `sheetOrder`); the model drawn, or undefined when there are none. */
  draw(findings: Finding[], sheetOrder: string[]): FindingsListModel | undefined;
  setReview(review: ListReview): void;
}

export function createFindingsList(t: Translate, lang: Lang, onGo: (place: Place) => void): FindingsList {
  const element = h("div", { class: "results", "data-testid": "results" });
  const filter = new Set<Severity>(SEVERITIES);
  let review: ListReview | null = null;
  let foldOpen = false;
  let shown: { findings: Finding[]; sheetOrder: string[] } | null = null;

  const toggle = (s: Severity) => {
    if (filter.has(s)) filter.delete(s);
    else filter.add(s);
    if (shown) draw(shown.findings, shown.sheetOrder);
    // The list (chips included) was drawn anew: keep the focus on the chip that was pressed.
    element.querySelector<HTMLElement>(`.chip[data-severity="${s}"]`)?.focus();
  };

  const draw = (findings: Finding[], sheetOrder: string[]): FindingsListModel | undefined => {
    shown = { findings, sheetOrder };
    clear(element);
    if (findings.length === 0) {
      element.append(h("p", { class: "empty-state" }, h("span", { class: "check", "aria-hidden": "true" }, "✓"), t("noFindings")));
      return undefined;
    }
    const r = review;
    const model = findingsListModel(r ? r.reviewed(findings) : applyReview(findings, new Map()), sheetOrder, filter);
    element.append(renderFindings({ model, t, lang, onGo, onFilter: toggle, decorate: r ? (f) => r.decorate(f) : undefined }));
    // A redraw (after a filter or a review mark) keeps the approved fold as the user left it.
    const fold = element.querySelector("details.approved-fold");
    if (fold instanceof HTMLDetailsElement) {
      fold.open = foldOpen;
      fold.addEventListener("toggle", () => (foldOpen = fold.open));
    }
    return model;
  };

  return { element, draw, setReview: (r) => (review = r) };
}
