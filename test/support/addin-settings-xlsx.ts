/**
 * Writes an add-in's document settings into an .xlsx the way Office stores them
 * (src/xlsx/office-settings.ts, docs/review-marks.md): a web extension part
 * xl/webextensions/webextension1.xml whose <we:reference> names the add-in, one
 * <we:property name=… value=…/> per setting with the value JSON-encoded, linked from
 * xl/webextensions/taskpanes.xml, which the package relationships point at; content types
 * for both. Every other part is copied as it was. For tests: the CLI reading review marks,
 * the pane's simulator document saved as a file (withAddinSettings(bytes, host.doc.settings)).
 */
import zlib from "zlib";
import { FINSAM_ADDIN_ID } from "../../src/xlsx/office-settings";
import { entryData, readZipDirectory } from "../../src/xlsx/zip-directory";
import { TestEntry, zip } from "../xlsx/zip-writer";

const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const WE_REL = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const WETP_REL = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";

export interface AddinSettingsOptions {
  /** The manifest Id the part names (default: FINSAM's). */
  addinId?: string;
  /** Name → value text written as is (not JSON-encoded): for damaged values. Written after `settings`. */
  rawProperties?: Record<string, string>;
  /** Write the reference under <we:alternateReferences> only, with another add-in's id as the primary one. */
  asAlternate?: boolean;
}

export function withAddinSettings(xlsx: Buffer, settings: Record<string, unknown>, options: AddinSettingsOptions = {}): Buffer {
  const entries: TestEntry[] = readZipDirectory(xlsx).map((e) => {
    const raw = entryData(xlsx, e);
    return { name: e.name, data: e.method === 0 ? raw : zlib.inflateRawSync(raw) };
  });
  const text = (name: string) => entries.find((e) => e.name === name)?.data.toString("utf8");
  const put = (name: string, xml: string) => {
    const data = Buffer.from(xml, "utf8");
    const at = entries.findIndex((e) => e.name === name);
    if (at >= 0) entries[at] = { name, data };
    else entries.push({ name, data });
  };
  put("xl/webextensions/webextension1.xml", webExtensionXml(settings, options));
  put(
    "xl/webextensions/taskpanes.xml",
    `${DECL}<wetp:taskpanes xmlns:wetp="${WETP}"><wetp:taskpane dockstate="right" visibility="1" width="350" row="0"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  put(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${WE_REL}" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = text("_rels/.rels");
  if (rels === undefined) throw new Error("not an .xlsx: _rels/.rels missing");
  if (!rels.includes(WETP_REL)) {
    put(
      "_rels/.rels",
      rels.replace("</Relationships>", `<Relationship Id="rIdFinsamTp" Type="${WETP_REL}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`),
    );
  }
  const types = text("[Content_Types].xml");
  if (types === undefined) throw new Error("not an .xlsx: [Content_Types].xml missing");
  if (!types.includes("/xl/webextensions/webextension1.xml")) {
    put(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
          '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
      ),
    );
  }
  return zip(entries);
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The web extension part's XML for these settings. */
export function webExtensionXml(settings: Record<string, unknown>, options: AddinSettingsOptions = {}): string {
  const id = options.addinId ?? FINSAM_ADDIN_ID;
  const ref = (refId: string) => `<we:reference id="${attr(refId)}" version="0.1.0.0" store="developer" storeType="Registry"/>`;
  const properties = [...Object.entries(settings).map(([name, value]) => [name, JSON.stringify(value)]), ...Object.entries(options.rawProperties ?? {})]
    .map(([name, value]) => `<we:property name="${attr(name)}" value="${attr(value)}"/>`)
    .join("");
  const primary = options.asAlternate ? ref("00000000-0000-4000-8000-000000000000") : ref(id);
  const alternates = options.asAlternate ? `<we:alternateReferences>${ref(id)}</we:alternateReferences>` : "<we:alternateReferences/>";
  return (
    `${DECL}<we:webextension xmlns:we="${WE}" id="{6A1D3E0C-2B7F-4C59-9E15-0F5A8C3D7B21}">${primary}${alternates}` +
    `<we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`
  );
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
