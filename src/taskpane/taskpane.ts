/** Task pane entry: waits for Office, then mounts the pane on the real engine and Excel. */
import { validateWorkbook } from "../engine/validate";
import { validateDocuments } from "../documents/validate-documents";
import { understandWorkbook } from "../understand/understand-workbook";
import { officeSettingsStore } from "../excel/document-store";
import { mountApp } from "./app";
import { languageOf, translator } from "./i18n";
import { h } from "./dom";
import { followTheme } from "./theme";

/** getCellProperties/setCellProperties (record and restore formats) and getRanges need ExcelApi 1.9. */
const REQUIRED_API = "1.9";

Office.onReady(() => {
  followTheme(document.documentElement, Office.context.officeTheme, (q) => window.matchMedia(q));
  const lang = languageOf(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const t = translator(lang);
  const root = document.getElementById("app")!;
  if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_API)) {
    root.replaceChildren(h("h1", {}, t("title")), h("p", { class: "status status-error", role: "alert" }, t("unsupported")));
    return;
  }
  mountApp(root, {
    lang,
    t,
    excel: (batch) => Excel.run(batch),
    validate: validateWorkbook,
    understand: understandWorkbook,
    validateDocuments,
    store: officeSettingsStore(Office.context.document.settings),
  });
});
