/**
 * "Validera rapport": reads the workbook, runs the engine (with the workbooks it is
 * compared with, when the user picked one), lists the findings; click a finding to go to
 * its cells.
 */
import { InputError } from "../core/input-error";
import type { Finding, Severity } from "../findings/finding";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import { readWorkbook } from "../excel/read-workbook";
import { selectPlace } from "../excel/select-cells";
import type { Place } from "../excel/cell-ref";
import { clear, h } from "./dom";
import { renderFindings, SEVERITIES } from "./findings-view";
import { renderStatus, causeOf, StatusState } from "./status";
import type { PaneContext } from "./pane-context";
import type { DocumentInput } from "../documents/validate-documents";

export interface ValidateResult {
  workbook: Workbook;
  findings: Finding[];
}

export interface ValidatePanel {
  element: HTMLElement;
  /** The last validation, for the other panels. */
  last(): ValidateResult | null;
  /** Reads the workbook and validates it. */
  run(): Promise<ValidateResult | null>;
  /** Where extra actions (highlight, report sheet) go, and their messages. */
  toolbar: HTMLElement;
  notices: HTMLElement;
  /** Controls under the validate button (the comparison with another workbook). */
  extras: HTMLElement;
  onResult(cb: (r: ValidateResult) => void): void;
}

export function createValidatePanel(
  ctx: PaneContext,
  config: () => ValidationConfig | Promise<ValidationConfig>,
  companions: () => DocumentInput[] = () => [],
): ValidatePanel {
  const { t } = ctx;
  const status = h("div", { class: "status", "data-testid": "validate-status" });
  const results = h("div", { class: "results", "data-testid": "results" });
  const toolbar = h("div", { class: "toolbar", hidden: true });
  const notices = h("div", { class: "notices" });
  const button = h("button", { type: "button", class: "primary", "data-testid": "validate" }, t("validate"));
  const filter = new Set<Severity>(SEVERITIES);
  const listeners: ((r: ValidateResult) => void)[] = [];
  let last: ValidateResult | null = null;

  const setStatus = (s: StatusState) => renderStatus(status, s, t);
  setStatus({ kind: "idle", text: t("notValidated") });

  const go = async (place: Place) => {
    try {
      await ctx.excel((c) => selectPlace(c, place));
    } catch (e) {
      setStatus({ kind: "error", text: t("errorSelect"), cause: causeOf(e) });
    }
  };

  const draw = () => {
    clear(results);
    if (!last) return;
    if (last.findings.length === 0) {
      results.append(h("p", { class: "empty-state" }, h("span", { class: "check", "aria-hidden": "true" }, "✓"), t("noFindings")));
      return;
    }
    results.append(
      renderFindings({
        findings: last.findings,
        sheetOrder: last.workbook.sheets.map((s) => s.name),
        filter,
        t,
        lang: ctx.lang,
        onGo: (p) => void go(p),
        onFilter: (s) => {
          if (filter.has(s)) filter.delete(s);
          else filter.add(s);
          draw();
        },
      }),
    );
  };

  const run = async (): Promise<ValidateResult | null> => {
    button.disabled = true;
    status.hidden = false;
    setStatus({ kind: "progress", text: t("reading") });
    try {
      let workbook: Workbook;
      let settings: ValidationConfig;
      try {
        settings = await config();
        const read = await ctx.excel((c) =>
          readWorkbook(c, { onProgress: (f) => setStatus({ kind: "progress", text: `${t("reading")} ${Math.round(f * 100)} %`, fraction: f }) }),
        );
        workbook = read.workbook;
      } catch (e) {
        // Bad settings (e.g. a staircase range that is not a rule): their own message, no retry hint.
        setStatus(e instanceof InputError ? { kind: "error", text: e[ctx.lang] } : { kind: "error", text: `${t("errorRead")} ${t("errorReadHint")}`, cause: causeOf(e) });
        return null;
      }
      setStatus({ kind: "progress", text: t("checking") });
      // Let the progress state paint before the engine takes the thread.
      await new Promise((r) => setTimeout(r, 0));
      const others = companions();
      const findings = others.length > 0 ? ctx.validateDocuments([{ workbook }, ...others], settings)[0].findings : ctx.validate(workbook, settings);
      last = { workbook, findings };
      status.hidden = true;
      toolbar.hidden = false;
      draw();
      for (const l of listeners) l(last);
      return last;
    } catch (e) {
      setStatus({ kind: "error", text: t("errorCheck"), cause: causeOf(e) });
      return null;
    } finally {
      button.disabled = false;
    }
  };

  button.addEventListener("click", () => void run());

  const extras = h("div", { class: "extras" });
  const element = h(
    "section",
    { class: "panel", "data-panel": "validate" },
    h("p", { class: "intro" }, t("validateIntro")),
    h("div", { class: "actions" }, button),
    extras,
    status,
    toolbar,
    notices,
    results,
  );
  return { element, last: () => last, run, toolbar, notices, extras, onResult: (cb) => listeners.push(cb) };
}
