/** What each basis of a finding is called in the views (pane, report sheet, CLI). */
import type { Basis, LocalizedText } from "./finding";

export const BASIS_TEXT: Record<Basis, LocalizedText> = {
  formula: { sv: "cellens formel", en: "the cell's formula" },
  "label+arithmetic": {
    sv: "etikett bekräftad av radens andra kolumner eller en förklarad differens",
    en: "label confirmed by the row's other columns or an explained difference",
  },
  label: { sv: "endast etikett – strukturen är osäker", en: "label only – the structure is uncertain" },
  "cross-reference": { sv: "samma post på två ställen (notnummer, etikett och år)", en: "the same item in two places (note number, label and year)" },
  cell: { sv: "cellens innehåll", en: "the cell's content" },
};

/** The basis in words, "" when the finding names none. */
export function basisText(basis: Basis | undefined, lang: keyof LocalizedText): string {
  return basis ? BASIS_TEXT[basis][lang] : "";
}
