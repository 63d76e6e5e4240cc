/**
 * "Validera rapport": reads the workbook, runs the engine (with the workbooks it is
 * compared with, when the user picked one), lists the findings; click a finding to go to
 * its cells. The run is two named steps (read, check) and a draw of the findings list
 * (findings-list.ts); the status region stays and announces the result.
 */
import { InputError } from "../core/input-error";
import type { Finding } from "../findings/finding";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import { readWorkbook } from "../excel/read-workbook";
import { selectPlace } from "../excel/select-cells";
import type { Place } from "../excel/cell-ref";
import { h } from "./dom";
import type { FindingsListModel } from "./findings-model";
import { approvedClause } from "../findings/review-apply";
import { createFindingsList, ListReview } from "./findings-list";
import { renderStatus, causeOf, StatusState } from "./status";
import type { PaneContext } from "./pane-context";
import type { TextKey } from "./i18n";
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
  /** Draws the list again (after a review mark changed). */
  redraw(): void;
  /** Where extra actions (highlight, report sheet) go, and their messages. */
  toolbar: HTMLElement;
  notices: HTMLElement;
  /** Controls under the validate button (the comparison with another workbook). */
  extras: HTMLElement;
  onResult(cb: (r: ValidateResult) => void): void;
  /** Lets the review marks fold approved findings and add their controls. */
  setReview(review: ListReview): void;
}

/** A step that failed: what to tell the user (the pane's words, or an input error's own message), and the technical cause. */
class StepFailure {
  constructor(
    readonly text: TextKey[] | InputError,
    readonly cause?: unknown,
  ) {}
}

/** Step 1: the settings and the workbook (progress as a fraction of the read). */
async function readForCheck(
  ctx: PaneContext,
  config: () => ValidationConfig | Promise<ValidationConfig>,
  onProgress: (fraction: number) => void,
): Promise<{ workbook: Workbook; settings: ValidationConfig }> {
  try {
    const settings = await config();
    const read = await ctx.excel((c) => readWorkbook(c, { onProgress }));
    return { workbook: read.workbook, settings };
  } catch (e) {
    // Bad settings (e.g. a staircase range that is not a rule): their own message, no retry hint.
    throw e instanceof InputError ? new StepFailure(e) : new StepFailure(["errorRead", "errorReadHint"], e);
  }
}

/** Step 2: the engine, on this workbook first and the workbooks it is compared with. */
function checkWorkbook(ctx: PaneContext, workbook: Workbook, settings: ValidationConfig, others: DocumentInput[]): Finding[] {
  try {
    return others.length > 0 ? ctx.validateDocuments([{ workbook }, ...others], settings)[0].findings : ctx.validate(workbook, settings);
  } catch (e) {
    throw new StepFailure(["errorCheck"], e);
  }
}

export function createValidatePanel(
  ctx: PaneContext,
  config: () => ValidationConfig | Promise<ValidationConfig>,
  companions: () => DocumentInput[] = () => [],
): ValidatePanel {
  const { t } = ctx;
  const status = h("div", { class: "status", "data-testid": "validate-status" });
  const toolbar = h("div", { class: "toolbar", hidden: true });
  const notices = h("div", { class: "notices" });
  const button = h("button", { type: "button", class: "primary", "data-testid": "validate" }, t("validate"));
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
  const list = createFindingsList(t, ctx.lang, (p) => void go(p));
  const draw = () =>
    last
      ? list.draw(
          last.findings,
          last.workbook.sheets.map((s) => s.name),
        )
      : undefined;

  const resultText = (m: FindingsListModel | undefined) =>
    !m ? t("noFindings") : t("checkDone", `${t("findingsCount", m.total, m.sheetCount)}${approvedClause(m.approvedCount)[ctx.lang]}`);

  const run = async (): Promise<ValidateResult | null> => {
    button.disabled = true;
    setStatus({ kind: "progress", text: t("reading") });
    try {
      const { workbook, settings } = await readForCheck(ctx, config, (f) =>
        setStatus({ kind: "progress", text: `${t("reading")} ${Math.round(f * 100)} %`, fraction: f }),
      );
      setStatus({ kind: "progress", text: t("checking") });
      // Let the progress state paint before the engine takes the thread.
      await new Promise((r) => setTimeout(r, 0));
      const findings = checkWorkbook(ctx, workbook, settings, companions());
      last = { workbook, findings };
      toolbar.hidden = false;
      setStatus({ kind: "done", text: resultText(draw()) });
      for (const l of listeners) l(last);
      return last;
    } catch (e) {
      const failure = e instanceof StepFailure ? e : new StepFailure(["errorCheck"], e);
      setStatus(
        failure.text instanceof InputError
          ? { kind: "error", text: failure.text[ctx.lang] }
          : { kind: "error", text: failure.text.map((k) => t(k)).join(" "), cause: causeOf(failure.cause) },
      );
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
    list.element,
  );
  return {
    element,
    last: () => last,
    run,
    redraw: () => void draw(),
    toolbar,
    notices,
    extras,
    onResult: (cb) => listeners.push(cb),
    setReview: (r) => {
      list.setReview(r);
      draw();
    },
  };
}
