/**
 * Review marks in the findings list: each finding can be marked Godkänd (förklarad), Fråga
 * or Fel att rätta with an optional comment. The marks live in the document settings
 * (REVIEW_SETTING, saved with saveAsync) under the finding's fingerprint, so the next
 * validation folds approved findings away and a changed figure lapses its mark. Marks are
 * cleared one by one or all at once; no cell of the workbook changes.
 *
 * Who marked: Excel's Office.js exposes no user name (Office.context.mailbox.userProfile is
 * Outlook's; a name from the SSO token needs an Entra app registration), so `by` is "".
 */
import type { Finding } from "../findings/finding";
import { ReviewedFinding, applyReview } from "../findings/review-apply";
import { REVIEW_STATUSES, REVIEW_STATUS_TEXT, ReviewMark, ReviewMarks, ReviewStatus } from "../findings/review-mark";
import { REVIEW_LIMITS, REVIEW_SETTING, parseReview, serializeReview, withMark, withoutMark } from "../findings/review-store";
import { h } from "./dom";
import type { PaneContext } from "./pane-context";
import { timestamp } from "./report-button";
import { causeOf, renderStatus } from "./status";
import type { ValidatePanel } from "./validate-panel";

export interface ReviewControl {
  /** "Ta bort alla granskningsmarkeringar", for the toolbar. */
  controls: HTMLElement[];
  status: HTMLElement;
  /** The marks as stored in the document now (for the report sheet). */
  marks(): ReviewMarks;
}

let editorIds = 0;

export function createReviewControl(ctx: PaneContext, validate: ValidatePanel): ReviewControl {
  const { t, store, lang } = ctx;
  const status = h("div", { class: "status", hidden: true, "data-testid": "review-status" });
  const clearAll = h("button", { type: "button", class: "secondary", "data-testid": "review-clear-all" }, t("reviewClearAll"));
  const parsed = parseReview(store.get<unknown>(REVIEW_SETTING));
  let marks: ReviewMarks = parsed.marks;
  // Marks that could not all be read (damaged, or from a newer version) are not overwritten by a new mark;
  // removing them all is the user's explicit way out.
  let readOnly = parsed.note !== null;
  let byFinding = new Map<Finding, ReviewedFinding>();

  const show = (kind: "done" | "error", text: string, cause?: string) => {
    status.hidden = false;
    renderStatus(status, kind === "error" ? { kind, text, cause } : { kind, text }, t);
  };
  if (parsed.note) show("error", `${parsed.note[lang]} ${t("reviewUnreadHint")}`);
  const sync = () => (clearAll.hidden = marks.size === 0 && !readOnly);
  sync();

  const reviewedOf = (findings: Finding[]) => {
    const reviewed = applyReview(findings, marks);
    byFinding = new Map(reviewed.map((r) => [r.finding, r]));
    return reviewed;
  };

  /** Stores the marks (only REVIEW_SETTING changes), draws the list again and puts the focus back near `fingerprint`. */
  const commit = async (next: ReviewMarks, done: string, fingerprint?: string) => {
    try {
      if (next.size > 0) store.set(REVIEW_SETTING, serializeReview(next));
      else store.remove(REVIEW_SETTING);
      await store.save();
      marks = next;
      if (next.size === 0) readOnly = false;
      show("done", done);
    } catch (e) {
      show("error", t("errorWrite"), causeOf(e));
    }
    sync();
    const last = validate.last();
    if (last) reviewedOf(last.findings);
    validate.redraw();
    if (fingerprint) focusFinding(fingerprint);
    else validate.element.querySelector<HTMLElement>("[data-testid=summary]")?.focus();
  };

  const focusFinding = (fingerprint: string) => {
    const toggle = validate.element.querySelector<HTMLElement>(`.review[data-fingerprint="${CSS.escape(fingerprint)}"] .review-toggle`);
    const fold = toggle?.closest("details");
    // An approved finding moved into the closed fold: its heading takes the focus.
    if (fold && !fold.open) fold.querySelector<HTMLElement>(":scope > summary")?.focus();
    else toggle?.focus();
  };

  const decorate = (f: Finding): HTMLElement | null => {
    const r = byFinding.get(f);
    if (!r) return null;
    if (readOnly) return r.mark ? h("div", { class: "review", "data-fingerprint": r.fingerprint }, markText(r.mark)) : null;
    const id = `review-editor-${++editorIds}`;
    const toggle = h(
      "button",
      { type: "button", class: "link review-toggle", "aria-expanded": "false", "aria-controls": id },
      r.mark ? t("reviewChange") : t("reviewOpen"),
    );
    const editor = h("div", { class: "review-editor", id, hidden: true, role: "group", "aria-label": t("reviewLabel") });
    const close = () => {
      editor.hidden = true;
      editor.replaceChildren();
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    };
    toggle.addEventListener("click", () => {
      if (!editor.hidden) return close();
      editor.replaceChildren(...editorContent(r, close));
      editor.hidden = false;
      toggle.setAttribute("aria-expanded", "true");
      editor.querySelector<HTMLInputElement>("input:checked, input")?.focus();
    });
    editor.addEventListener("keydown", (ev) => {
      if (ev.key !== "Escape") return;
      ev.preventDefault();
      ev.stopPropagation();
      close();
    });
    return h(
      "div",
      // The card goes to the cells on click; the review controls do not.
      { class: "review", "data-fingerprint": r.fingerprint, "data-review": r.mark?.status, onclick: (ev: Event) => ev.stopPropagation() },
      r.mark ? markText(r.mark) : null,
      toggle,
      editor,
    );
  };

  const markText = (m: ReviewMark) => {
    const when = new Date(m.at);
    const who = [m.by, Number.isNaN(when.getTime()) ? m.at : timestamp(when)].filter(Boolean).join(", ");
    return h(
      "p",
      { class: `review-mark review-${m.status}`, "data-testid": "review-mark" },
      h("span", { class: "review-status" }, REVIEW_STATUS_TEXT[m.status][lang]),
      m.comment ? h("span", { class: "review-comment" }, ` — ${m.comment}`) : null,
      who ? h("span", { class: "review-when" }, ` (${who})`) : null,
    );
  };

  const editorContent = (r: ReviewedFinding, close: () => void): HTMLElement[] => {
    const name = `${r.fingerprint}-status`;
    const choices = REVIEW_STATUSES.map((s) =>
      h(
        "label",
        { class: "field-row" },
        h("input", { type: "radio", name, value: s, checked: (r.mark?.status ?? "approved") === s }),
        REVIEW_STATUS_TEXT[s][lang],
      ),
    );
    const comment = h("textarea", { rows: 2, maxlength: REVIEW_LIMITS.comment, "data-testid": "review-comment" });
    comment.value = r.mark?.comment ?? "";
    const save = h("button", { type: "button", class: "secondary", "data-testid": "review-save" }, t("reviewSave"));
    save.addEventListener("click", () => {
      const picked = choices.map((c) => c.querySelector("input")!).find((i) => i.checked)?.value as ReviewStatus;
      const mark: ReviewMark = { status: picked, comment: comment.value.trim(), by: "", at: new Date().toISOString() };
      void commit(withMark(marks, r.fingerprint, mark), t("reviewSaved", REVIEW_STATUS_TEXT[picked][lang]), r.fingerprint);
    });
    const remove = r.mark
      ? h(
          "button",
          {
            type: "button",
            class: "secondary",
            "data-testid": "review-remove",
            onclick: () => void commit(withoutMark(marks, r.fingerprint), t("reviewRemoved"), r.fingerprint),
          },
          t("reviewRemove"),
        )
      : null;
    const cancel = h("button", { type: "button", class: "link", onclick: close }, t("reviewCancel"));
    return [
      h("fieldset", {}, h("legend", {}, t("reviewLabel")), ...choices),
      h("label", { class: "field" }, t("reviewComment"), comment),
      h("div", { class: "field-row" }, save, remove, cancel),
    ];
  };

  clearAll.addEventListener("click", () => void commit(new Map(), t("reviewAllRemoved")));

  validate.setReview({ reviewed: reviewedOf, decorate });

  return { controls: [clearAll], status, marks: () => marks };
}
