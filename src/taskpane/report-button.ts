/** "Skapa rapportblad" (and taking it away again): writes the findings to a sheet the board can read. */
import { removeReportSheet, writeReportSheet } from "../excel/report-sheet";
import { STORE_KEYS } from "../excel/document-store";
import { basisText } from "../findings/basis-text";
import { h } from "./dom";
import type { Severity } from "../findings/finding";
import { applyReview, approvedClause, reviewCounts } from "../findings/review-apply";
import type { ReviewMarks } from "../findings/review-mark";
import type { TextKey } from "./i18n";
import { causeOf, renderStatus } from "./status";
import type { PaneContext } from "./pane-context";
import type { ValidatePanel } from "./validate-panel";

/** "2026-11-23 17:40" in local time. */
export function timestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The report sheet (with the review marks of `marks()`, the document's marks now). */
export function createReportButton(ctx: PaneContext, validate: ValidatePanel, marks: () => ReviewMarks) {
  const { t, store, lang } = ctx;
  const status = h("div", { class: "status", hidden: true, "data-testid": "report-status" });
  const remove = h("button", { type: "button", class: "secondary", "data-testid": "report-remove" }, t("reportSheetRemove"));
  const create = h("button", { type: "button", class: "secondary", "data-testid": "report" }, t("reportSheet"));
  const show = (kind: "done" | "error", text: string, cause?: string) => {
    status.hidden = false;
    renderStatus(status, kind === "error" ? { kind, text, cause } : { kind, text }, t);
  };
  const sync = () => (remove.hidden = store.get<string>(STORE_KEYS.report) === null);
  sync();

  create.addEventListener("click", async () => {
    const last = validate.last();
    if (!last) return;
    create.disabled = true;
    try {
      const reviewed = marks();
      const c = reviewCounts(applyReview(last.findings, reviewed));
      const count = (s: Severity, label: TextKey) => `${t(label)} ${c.total[s]}${approvedClause(c.approved[s])[lang]}`;
      const name = await ctx.excel((x) =>
        writeReportSheet(x, {
          findings: last.findings,
          fileName: last.workbook.name ?? "",
          when: timestamp(new Date()),
          previous: store.get<string>(STORE_KEYS.report),
          labels: {
            title: t("reportTitle"),
            file: t("reportFile"),
            date: t("reportDate"),
            count: t("reportCount"),
            summary: [count("error", "severityError"), count("warning", "severityWarning"), count("info", "severityInfo")].join(" · "),
            columns: [
              t("reportColSeverity"),
              t("reportColSheet"),
              t("reportColCells"),
              t("reportColMessage"),
              t("reportColExpected"),
              t("reportColActual"),
              t("reportColDifference"),
              t("reportColBasis"),
              t("reportColOther"),
            ],
            severity: { error: t("sevWordError"), warning: t("sevWordWarning"), info: t("sevWordInfo") },
            message: (f) => f.message[lang],
            basis: (f) => basisText(f.basis, lang),
          },
          marks: reviewed,
          lang,
        }),
      );
      store.set(STORE_KEYS.report, name);
      await store.save();
      show("done", t("reportSheetDone", name));
    } catch (e) {
      show("error", t("errorWrite"), causeOf(e));
    } finally {
      create.disabled = false;
      sync();
    }
  });

  remove.addEventListener("click", async () => {
    const name = store.get<string>(STORE_KEYS.report);
    if (!name) return;
    remove.disabled = true;
    try {
      await ctx.excel((x) => removeReportSheet(x, name));
      store.remove(STORE_KEYS.report);
      await store.save();
      show("done", t("reportSheetRemoved"));
    } catch (e) {
      show("error", t("errorWrite"), causeOf(e));
    } finally {
      remove.disabled = false;
      sync();
    }
  });

  return { controls: [create, remove], status };
}
