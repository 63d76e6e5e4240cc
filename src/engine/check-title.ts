/** A check's name in the user's language, from the registries (in-workbook and across documents), for the views. */
import { DOCUMENT_CHECKS } from "../documents/registry";
import type { LocalizedText } from "../findings/finding";
import { CHECKS } from "./registry";

const TITLES = new Map<string, LocalizedText>([...CHECKS, ...DOCUMENT_CHECKS].map(({ meta }) => [meta.id, meta.title]));

/** The title of the check with this id; an id no registry knows is shown as is. */
export function checkTitle(id: string, lang: keyof LocalizedText): string {
  return TITLES.get(id)?.[lang] ?? id;
}
