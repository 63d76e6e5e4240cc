/**
 * The add-in's document settings (Office.context.document.settings) as an .xlsx holds them:
 * a web extension part, xl/webextensions/webextension<n>.xml, linked from the task panes part
 * (xl/webextensions/taskpanes.xml) —
 *   <we:webextension id="{instance}"><we:reference id="<manifest Id>" … storeType="…"/>
 *     <we:alternateReferences>…</we:alternateReferences>
 *     <we:properties><we:property name="finsam.review" value="<the value as JSON, XML-escaped>"/></we:properties>
 *   </we:webextension>
 * ([MS-OWEXML] 2.2.1, 2.2.5, 2.2.7; docs/review-marks.md). Ours is the one whose reference or an
 * alternate reference names the manifest's Id. Read without a parser, bounded: a part too big,
 * too many properties, or none of ours gives fewer settings (and a note), never an error.
 */
import { attributes, startTags } from "./xml-text";

/** The <Id> of manifest.xml (test/xlsx/office-settings.test.ts holds the two together). */
export const FINSAM_ADDIN_ID = "1029e9a2-5ed7-42eb-8c81-79313e85bba0";

/** A web extension part (Office writes webextension1.xml, webextension2.xml, …). */
export const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension[^/]*\.xml$/i;

/** Bounds: Office allows an add-in about 2 MB of settings; parts and properties beyond these are not read. */
export const SETTINGS_LIMITS = { partBytes: 4 * 1024 * 1024, parts: 32, properties: 1_000 };

export interface AddinSettings {
  /** Setting name → its value's JSON text, as stored. */
  settings: Map<string, string>;
  /** What was left unread and why, Swedish and English. */
  notes: { sv: string; en: string }[];
}

/** The settings of our add-in from the web extension parts (name → bytes), in part-name order. */
export function readAddinSettings(parts: ReadonlyMap<string, Buffer>): AddinSettings {
  const settings = new Map<string, string>();
  const notes: AddinSettings["notes"] = [];
  const names = [...parts.keys()].sort();
  for (const name of names.slice(0, SETTINGS_LIMITS.parts)) {
    const data = parts.get(name)!;
    if (data.length > SETTINGS_LIMITS.partBytes) {
      notes.push({
        sv: `tilläggets inställningar (${name}) är större än ${SETTINGS_LIMITS.partBytes / (1024 * 1024)} MB och lästes inte`,
        en: `the add-in's settings (${name}) are larger than ${SETTINGS_LIMITS.partBytes / (1024 * 1024)} MB and were not read`,
      });
      continue;
    }
    const xml = data.toString("utf8");
    if (!isOurs(xml)) continue;
    const properties = startTags(xml, "property");
    if (properties.length > SETTINGS_LIMITS.properties) {
      notes.push({
        sv: `tilläggets inställningar (${name}) har ${properties.length} poster; de första ${SETTINGS_LIMITS.properties} lästes`,
        en: `the add-in's settings (${name}) have ${properties.length} entries; the first ${SETTINGS_LIMITS.properties} were read`,
      });
    }
    for (const attrs of properties.slice(0, SETTINGS_LIMITS.properties)) {
      const a = attributes(attrs);
      const key = a.get("name");
      const value = a.get("value");
      // Office keeps one web extension part per add-in instance; the first part's value wins.
      if (key !== undefined && value !== undefined && !settings.has(key)) settings.set(key, value);
    }
  }
  return { settings, notes };
}

/** The part's primary or an alternate reference names our manifest's Id ("{…}" and case aside). */
function isOurs(xml: string): boolean {
  if (startTags(xml, "webextension").length === 0) return false;
  const id = (s: string | undefined) =>
    (s ?? "")
      .trim()
      .replace(/^\{|\}$/g, "")
      .toLowerCase();
  return startTags(xml, "reference").some((attrs) => id(attributes(attrs).get("id")) === FINSAM_ADDIN_ID);
}
