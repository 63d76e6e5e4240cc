import type { ReserveRule } from "../core/reserve-rule";

/** Statement kinds a sheet or table can be (also the values of a sheet-role override). */
export type TableKind =
  | "rr"
  | "br"
  | "kf"
  | "note"
  | "budget-utfall"
  | "budget"
  | "driftsredovisning"
  | "five-year"
  | "member-contributions"
  | "other";

/** What the user can configure; stored in the document by the task pane, read from --config by the CLI. */
export interface ValidationConfig {
  /** Ceiling for eget kapital; the equity-ceiling check runs only when this is given. */
  equityCeiling?: ReserveRule;
  /** Target (maximum) administration share of total costs as a fraction (0.1 = 10 %); admin-share runs only when given. */
  adminShareTarget?: number;
  /** Sheet name → what the sheet is, overriding recognition. */
  sheetRoles?: Record<string, TableKind>;
}
