/** Words the CLI views (text lines, the report sheet of the --out copy) show for severities and causes. */
import type { Severity } from "../findings/finding";
import type { Lang } from "./args";

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  sv: { error: "fel", warning: "varning", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

const CAUSE_LABELS: Record<string, Record<Lang, string>> = {
  "sign-flipped": { sv: "omvänt tecken", en: "sign flipped" },
  "row-omitted": { sv: "en rad utelämnad", en: "a row omitted" },
  "double-counted": { sv: "en rad dubbelräknad", en: "a row counted twice" },
  "transposed-digits": { sv: "omkastade siffror", en: "transposed digits" },
  "ore-rounding": { sv: "öresavrundning", en: "öre rounding" },
  "text-number": { sv: "tal lagrat som text", en: "number stored as text" },
  reclassified: { sv: "beloppet flyttat till en annan rad", en: "the amount moved to another line" },
  "carried-difference": { sv: "samma orsak som en radskillnad", en: "the same cause as a line's difference" },
  renamed: { sv: "raden har bytt namn", en: "the line was renamed" },
  "other-does-not-foot": { sv: "den andra arbetsboken summerar inte", en: "the other workbook does not foot" },
  "does-not-foot-here": { sv: "den här arbetsboken summerar inte", en: "this workbook does not foot" },
};

/** The cause in words; an id this view does not know is shown as is. */
export function causeLabel(cause: string, lang: Lang): string {
  return CAUSE_LABELS[cause]?.[lang] ?? cause;
}
