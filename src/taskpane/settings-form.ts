/**
 * The settings form as plain values, both ways: what the stored settings show in the form
 * (percentages in the user's decimal comma or point), and the settings a filled-in form
 * stands for, or the field the user must correct first.
 */
import type { TableKind } from "../model/kinds";
import type { Lang, TextKey } from "./i18n";
import { CeilingSetting, StoredConfig, parseRangeRef } from "./stored-config";
import { parseUserNumber } from "./user-number";

export interface SettingsForm {
  /** Sheet name → chosen role ("" = automatic). */
  roles: [string, string][];
  ceiling: CeilingSetting["kind"];
  rate: string;
  rangeRef: string;
  mode: "marginal" | "whole";
  admin: string;
}

export type FormField = "rate" | "rangeRef" | "admin";

export type FormReading = { ok: StoredConfig } | { invalid: FormField; message: TextKey };

/** A fraction as the per cent the user typed (0.175 → "17,5" in Swedish). */
const percentText = (fraction: number, lang: Lang) => String(fraction * 100).replace(".", lang === "sv" ? "," : ".");

/** The form's fields (other than the roles) for the stored settings. */
export function formOf(stored: StoredConfig, lang: Lang): Omit<SettingsForm, "roles"> {
  const c = stored.ceiling ?? { kind: "none" };
  return {
    ceiling: c.kind,
    rate: c.kind === "percent" ? percentText(c.rate, lang) : "",
    rangeRef: c.kind === "range" ? c.ref : "",
    mode: c.kind === "range" ? c.mode : "marginal",
    admin: stored.adminShareTarget !== undefined ? percentText(stored.adminShareTarget, lang) : "",
  };
}

/** The settings the form stands for; the first field that cannot be read, in the form's order of checking. */
export function readForm(form: SettingsForm): FormReading {
  const next: StoredConfig = {};
  // fromEntries makes every sheet name an own key, also "__proto__" (an assignment would set the prototype).
  const sheetRoles: Record<string, TableKind> = Object.fromEntries(form.roles.filter(([, role]) => role).map(([name, role]) => [name, role as TableKind]));
  if (Object.keys(sheetRoles).length) next.sheetRoles = sheetRoles;
  const admin = parseUserNumber(form.admin);
  if (Number.isNaN(admin)) return { invalid: "admin", message: "invalidNumber" };
  if (admin !== null) next.adminShareTarget = admin / 100;
  if (form.ceiling === "percent") {
    const rate = parseUserNumber(form.rate);
    if (rate === null || Number.isNaN(rate)) return { invalid: "rate", message: "invalidNumber" };
    next.ceiling = { kind: "percent", rate: rate / 100 };
  } else if (form.ceiling === "range") {
    if (!parseRangeRef(form.rangeRef)) return { invalid: "rangeRef", message: "invalidRange" };
    next.ceiling = { kind: "range", ref: form.rangeRef.trim(), mode: form.mode };
  }
  return { ok: next };
}
