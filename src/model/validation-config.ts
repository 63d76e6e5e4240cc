import type { ReserveRule } from "../core/reserve-rule";
import type { TableKind } from "./kinds";

/** What the user can configure; stored in the document by the task pane, read from --config by the CLI. */
export interface ValidationConfig {
  /** Ceiling for eget kapital; the equity-ceiling check runs only when this is given. */
  equityCeiling?: ReserveRule;
  /** Target (maximum) administration share of total costs as a fraction (0.1 = 10 %); admin-share runs only when given. */
  adminShareTarget?: number;
  /** Sheet name → what the sheet is, overriding recognition. */
  sheetRoles?: Record<string, TableKind>;
}
