/** What every panel gets: words, the Excel runner, the engine and the document store. */
import type { Finding } from "../findings/finding";
import type { Workbook } from "../model/grid";
import type { ValidationConfig } from "../model/validation-config";
import type { DocumentStore } from "../excel/document-store";
import type { UnderstoodWorkbook } from "../understand/types";
import type { Lang, Translate } from "./i18n";

export interface PaneContext {
  lang: Lang;
  t: Translate;
  /** Excel.run: one request context per call. */
  excel: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  validate: (wb: Workbook, config?: ValidationConfig) => Finding[];
  understand: (wb: Workbook, config?: ValidationConfig) => UnderstoodWorkbook;
  store: DocumentStore;
}
