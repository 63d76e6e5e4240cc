/** Reading attributes out of a part's XML text without a parser: the tag's attribute text in, values out. */

/** The raw value of `name` in a tag's attribute text (`  Id="rId1" Target="…"`); null when absent. */
export function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : null;
}

/** Resolves XML's character references and the five named entities. */
export function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex: string, dec: string, named: string) => {
    const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named as "amp"];
  });
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** All attributes of a tag's attribute text, values decoded; the first of a repeated name wins. */
export function attributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of attrs.matchAll(ATTRIBUTE)) if (!out.has(m[1])) out.set(m[1], decodeXml(m[2] ?? m[3]));
  return out;
}

/** The start tags `<prefix:local …>` (any prefix or none) in `xml`, each as its attribute text; quoted values may hold ">". */
export function startTags(xml: string, local: string): string[] {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${local}((?:\\s+[\\w.:-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*/?>`, "g");
  return [...xml.matchAll(tag)].map((m) => m[1]);
}
