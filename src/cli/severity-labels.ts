/** The severity words the CLI views show, per language. */
import type { Severity } from "../findings/finding";
import type { Lang } from "./args";

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  sv: { error: "fel", warning: "varning", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};
