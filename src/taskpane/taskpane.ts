/** Task pane entry: waits for Office, then mounts the pane on the real engine and Excel. */
import { validateWorkbook } from "../engine/validate";
import { understandWorkbook } from "../understand/understand-workbook";
import { officeSettingsStore } from "../excel/document-store";
import { mountApp } from "./app";
import { languageOf, translator } from "./i18n";

Office.onReady(() => {
  const lang = languageOf(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  mountApp(document.getElementById("app")!, {
    lang,
    t: translator(lang),
    excel: (batch) => Excel.run(batch),
    validate: validateWorkbook,
    understand: understandWorkbook,
    store: officeSettingsStore(Office.context.document.settings),
  });
});
