/** The pane's status line: idle text, progress (with a bar), success, or an error with its cause. */
import { clear, h } from "./dom";
import type { Translate } from "./i18n";

export type StatusState =
  | { kind: "idle"; text: string }
  | { kind: "progress"; text: string; fraction?: number }
  | { kind: "done"; text: string }
  | { kind: "error"; text: string; cause?: string };

export function renderStatus(el: HTMLElement, s: StatusState, t: Translate): void {
  clear(el);
  el.className = `status status-${s.kind}`;
  el.setAttribute("role", s.kind === "error" ? "alert" : "status");
  el.append(h("span", { class: "status-text" }, s.text));
  if (s.kind === "progress") {
    el.append(s.fraction === undefined ? h("progress", { "aria-label": s.text }) : h("progress", { max: 1, value: String(s.fraction), "aria-label": s.text }));
  }
  if (s.kind === "error" && s.cause) {
    el.append(h("details", {}, h("summary", {}, t("errorDetail")), h("code", {}, s.cause)));
  }
}

/** A readable cause from whatever was thrown (Office errors carry a code). */
export function causeOf(e: unknown): string {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown };
    const msg = typeof o.message === "string" ? o.message : String(e);
    return typeof o.code === "string" && !msg.includes(o.code) ? `${o.code}: ${msg}` : msg;
  }
  return String(e);
}
