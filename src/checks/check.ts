/**
 * The shape every check exports (one check per file, like an ESLint rule): an id,
 * a title in Swedish and English, the basis of its findings, and run(understood, config) → findings.
 */
import type { ValidationConfig } from "../model/validation-config";
import type { Basis, Finding, LocalizedText } from "../findings/finding";
import type { UnderstoodWorkbook } from "../understand/types";

export interface Check {
  id: string;
  title: LocalizedText;
  /** The evidence its findings rest on, unless a finding says otherwise. */
  basis: Basis;
  run(understood: UnderstoodWorkbook, config: ValidationConfig): Finding[];
}
