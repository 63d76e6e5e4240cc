/**
 * The shape every check exports (one check per file, like an ESLint rule): an id,
 * a title in Swedish and English, and run(understood, config) → findings.
 */
import type { ValidationConfig } from "../model/validation-config";
import type { Finding, LocalizedText } from "../findings/finding";
import type { UnderstoodWorkbook } from "../understand/types";

export interface Check {
  id: string;
  title: LocalizedText;
  run(understood: UnderstoodWorkbook, config: ValidationConfig): Finding[];
}
