/**
 * The shape every check exports (one check per file, like an ESLint rule): `meta` says what
 * it is — id, title, basis, what it reads and compares, its message templates in Swedish and
 * English — and `run` reads the understood workbook and reports through `ctx.report`, which
 * builds the findings (support/report.ts).
 */
import type { Cause } from "../core/diagnosis";
import type { Basis, LocalizedText, Severity } from "../findings/finding";
import type { MessageData } from "../findings/message-text";
import type { TableKind } from "../model/kinds";
import type { ValidationConfig } from "../model/validation-config";
import type { UnderstoodTable, UnderstoodWorkbook } from "../understand/types";
import type { CellRef, Verdict } from "./support/relation";

export interface CheckMeta<M extends string = string> {
  id: string;
  title: LocalizedText;
  /** The evidence its findings rest on, unless a report says otherwise. */
  basis: Basis;
  /** What it compares, in a sentence (docs/checks.md). */
  compares: LocalizedText;
  /** The table kinds it reads; "any" when it reads every table or sheet. */
  kinds: readonly TableKind[] | "any";
  /** The concepts it looks up (understand/concepts), none when it works from structure alone. */
  concepts: readonly string[];
  /** Message templates by id; "{name}" is filled from a report's data. */
  messages: Readonly<Record<M, LocalizedText>>;
}

export interface Report<M extends string = string> {
  messageId: M;
  data?: MessageData;
  /** The table the figures are in (gives the sheet and the unit), or the name of the sheet a finding is about. */
  at: UnderstoodTable | string;
  /** The cells, first the one the finding is about; a CellRef on another sheet is written with its name. */
  cells: readonly (CellRef | string)[];
  /** A relation's verdict: gives the numbers, severity and cause, and ends the message with the cause and the numbers. */
  verdict?: Verdict;
  /** Display step of the numbers ending a relation's message (1 unless given). */
  step?: number;
  /** Severity of a finding without a verdict. */
  severity?: Severity;
  /** When it rests on other evidence than the check's own basis. */
  basis?: Basis;
  /** Figures of a finding without a verdict (a share against a target, a value stored as text). */
  figures?: { expected: number | null; actual: number | null; difference: number | null; tolerance: number | null };
  /** Cause of a finding without a verdict. */
  cause?: Cause;
  /** The message itself says what the verdict's cause is: no cause text after it. */
  causeInMessage?: true;
  /** The figures are ratios, not amounts: they have no amount unit. */
  ratio?: true;
}

export interface CheckContext<M extends string = string> {
  readonly config: ValidationConfig;
  report(report: Report<M>): void;
}

export interface Check<M extends string = string> {
  meta: CheckMeta<M>;
  run(understood: UnderstoodWorkbook, ctx: CheckContext<M>): void;
}

/** A check with its message ids inferred from its templates (a report naming another id does not compile). */
export function defineCheck<M extends string>(check: Check<M>): Check<M> {
  return check;
}
