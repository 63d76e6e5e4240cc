/**
 * The pane's words: Swedish by default, English when Office's display language is English.
 */
export type Lang = "sv" | "en";

export function languageOf(displayLanguage: string | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? "") ? "en" : "sv";
}

const TEXT = {
  title: { sv: "FINSAM för Excel", en: "FINSAM for Excel" },
  tabValidate: { sv: "Validera", en: "Validate" },
  tabFormat: { sv: "Formatera", en: "Format" },
  tabSettings: { sv: "Inställningar", en: "Settings" },
  validate: { sv: "Validera rapport", en: "Validate report" },
  validateIntro: {
    sv: "Kontrollerar att summor, differenser och fördelningar i arbetsboken går ihop.",
    en: "Checks that totals, differences and splits in the workbook add up.",
  },
  reading: { sv: "Läser arbetsboken…", en: "Reading the workbook…" },
  checking: { sv: "Kontrollerar…", en: "Checking…" },
  noFindings: { sv: "Inga avvikelser hittades. Allt går ihop.", en: "No findings. Everything adds up." },
  notValidated: { sv: "Klicka på Validera rapport för att börja.", en: "Click Validate report to start." },
  errorRead: { sv: "Det gick inte att läsa arbetsboken.", en: "The workbook could not be read." },
  errorReadHint: {
    sv: "Försök igen. Hjälper det inte: spara filen, stäng andra tillägg och starta om Excel.",
    en: "Try again. If that does not help: save the file, close other add-ins and restart Excel.",
  },
  unsupported: {
    sv: "Den här versionen av Excel saknar funktioner som FINSAM behöver (ExcelApi 1.9). Uppdatera Excel eller använd Excel på webben.",
    en: "This version of Excel lacks features FINSAM needs (ExcelApi 1.9). Update Excel or use Excel on the web.",
  },
  errorCheck: {
    sv: "Kontrollen kunde inte slutföras. Arbetsboken är oförändrad; försök igen, och hör av dig till supporten om felet kvarstår.",
    en: "The check could not be completed. The workbook is unchanged; try again, and contact support if it persists.",
  },
  errorWrite: { sv: "Det gick inte att ändra arbetsboken.", en: "The workbook could not be changed." },
  errorSelect: { sv: "Det gick inte att gå till cellen (bladet kan ha bytt namn eller tagits bort).", en: "Could not go to the cell (the sheet may have been renamed or deleted)." },
  errorDetail: { sv: "Teknisk orsak", en: "Technical cause" },
  severityError: { sv: "Fel", en: "Errors" },
  severityWarning: { sv: "Varningar", en: "Warnings" },
  severityInfo: { sv: "Information", en: "Information" },
  filterLabel: { sv: "Visa", en: "Show" },
  findingsCount: { sv: "{0} avvikelser på {1} blad", en: "{0} findings on {1} sheets" },
  hiddenByFilter: { sv: "Alla avvikelser är dolda av filtret.", en: "All findings are hidden by the filter." },
  goTo: { sv: "Gå till {0}", en: "Go to {0}" },
  highlight: { sv: "Visa i bladet", en: "Show in sheet" },
  highlightOn: { sv: "Avvikande celler är markerade i bladen.", en: "Cells with findings are highlighted." },
  highlightOff: { sv: "Markeringen är borttagen och cellernas fyllning återställd.", en: "Highlighting removed; cell fills restored." },
  reportSheet: { sv: "Skapa rapportblad", en: "Create report sheet" },
  reportSheetDone: { sv: "Bladet \"{0}\" är skapat.", en: "Sheet \"{0}\" created." },
  reportSheetRemove: { sv: "Ta bort rapportbladet", en: "Remove report sheet" },
  reportSheetRemoved: { sv: "Rapportbladet är borttaget.", en: "Report sheet removed." },
  formatIntro: {
    sv: "Föreslår svensk redovisningsformatering: tusentalsavgränsare, minustecken, decimaler efter enhet, fetstilta summor och rubriker. Inget ändras förrän du klickar Verkställ.",
    en: "Proposes Swedish report formatting: thousands separators, minus signs, decimals by unit, bold totals and headers. Nothing changes until you click Apply.",
  },
  formatPlan: { sv: "Formatera rapport", en: "Format report" },
  formatApply: { sv: "Verkställ", en: "Apply" },
  formatUndo: { sv: "Ångra formatering", en: "Undo formatting" },
  formatEmpty: { sv: "Inget att formatera: inga tabeller hittades eller allt är redan formaterat.", en: "Nothing to format: no tables found or everything is already formatted." },
  formatApplied: { sv: "Formateringen är gjord ({0} ändringar). Du kan ångra den, även senare.", en: "Formatting applied ({0} changes). You can undo it, also later." },
  formatUndone: { sv: "Formateringen är ångrad. Cellerna är som innan.", en: "Formatting undone. The cells are as before." },
  formatPending: { sv: "Det finns en formatering som kan ångras.", en: "There is formatting that can be undone." },
  selectAll: { sv: "Markera alla", en: "Select all" },
  selectNone: { sv: "Avmarkera alla", en: "Select none" },
  settingsIntro: { sv: "Inställningarna sparas i arbetsboken, så nästa användare av filen får dem.", en: "Settings are saved in the workbook, so the next user of the file gets them." },
  sheetRoles: { sv: "Bladens roll", en: "Sheet roles" },
  roleAuto: { sv: "Automatiskt", en: "Automatic" },
  equityCeiling: { sv: "Tak för eget kapital", en: "Equity ceiling" },
  ceilingNone: { sv: "Ingen kontroll", en: "No check" },
  ceilingPercent: { sv: "Procent av medlemsintäkterna", en: "Percent of member contributions" },
  ceilingRange: { sv: "Trappa i ett område av arbetsboken", en: "Staircase in a range of the workbook" },
  ceilingRangeHint: { sv: "Kolumner: från (kr), sats, ev. fast belopp. T.ex. Parametrar!A2:C6", en: "Columns: from (kr), rate, optional fixed amount. E.g. Parametrar!A2:C6" },
  ceilingRate: { sv: "Procentsats", en: "Rate (%)" },
  ceilingRangeRef: { sv: "Område", en: "Range" },
  ceilingMode: { sv: "Trappans typ", en: "Staircase type" },
  modeMarginal: { sv: "Marginell (som inkomstskatt)", en: "Marginal (like income tax)" },
  modeWhole: { sv: "Hela beloppet", en: "Whole amount" },
  adminShare: { sv: "Administrationens andel", en: "Administration share" },
  adminShareLabel: { sv: "Högsta andel av kostnaderna (%)", en: "Maximum share of costs (%)" },
  adminShareHint: { sv: "Tomt = ingen kontroll", en: "Empty = no check" },
  save: { sv: "Spara", en: "Save" },
  saved: { sv: "Inställningarna är sparade i arbetsboken.", en: "Settings saved in the workbook." },
  invalidNumber: { sv: "Ange ett tal, t.ex. 12,5.", en: "Enter a number, e.g. 12.5." },
  invalidRange: { sv: "Området kunde inte läsas som en trappa (från, sats[, fast belopp]).", en: "The range could not be read as a staircase (from, rate[, fixed amount])." },
  kind_rr: { sv: "Resultaträkning", en: "Income statement" },
  kind_br: { sv: "Balansräkning", en: "Balance sheet" },
  kind_kf: { sv: "Kassaflödesanalys", en: "Cash-flow statement" },
  kind_note: { sv: "Not", en: "Note" },
  "kind_budget-utfall": { sv: "Budget och utfall", en: "Budget and actual" },
  kind_budget: { sv: "Budget", en: "Budget" },
  kind_driftsredovisning: { sv: "Driftsredovisning", en: "Operating statement" },
  "kind_five-year": { sv: "5-årsöversikt", en: "Five-year overview" },
  "kind_member-contributions": { sv: "Medlemsavgifter", en: "Member contributions" },
  kind_other: { sv: "Övrigt (kontrolleras inte)", en: "Other (not checked)" },
  reportTitle: { sv: "Valideringsrapport", en: "Validation report" },
  reportFile: { sv: "Fil", en: "File" },
  reportDate: { sv: "Datum", en: "Date" },
  reportCount: { sv: "Antal avvikelser", en: "Number of findings" },
  reportColSeverity: { sv: "Allvarlighet", en: "Severity" },
  reportColSheet: { sv: "Blad", en: "Sheet" },
  reportColCells: { sv: "Celler", en: "Cells" },
  reportColMessage: { sv: "Beskrivning", en: "Description" },
  reportColExpected: { sv: "Förväntat", en: "Expected" },
  reportColActual: { sv: "Faktiskt", en: "Actual" },
  reportColDifference: { sv: "Differens", en: "Difference" },
  reportColBasis: { sv: "Grund", en: "Basis" },
  basisPrefix: { sv: "Grund: {0}", en: "Basis: {0}" },
  sevWordError: { sv: "Fel", en: "Error" },
  sevWordWarning: { sv: "Varning", en: "Warning" },
  sevWordInfo: { sv: "Info", en: "Info" },
} as const;

export type TextKey = keyof typeof TEXT;

export type Translate = (key: TextKey, ...args: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => TEXT[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ""));
}
