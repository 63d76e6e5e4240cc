/**
 * Checks that the parts a workbook's cells rest on are there, before ExcelJS reads it: a
 * sheet listed in xl/workbook.xml whose part is missing, or cells referring to shared
 * strings when xl/sharedStrings.xml is missing, would otherwise be read as an empty sheet
 * or empty cells, and the file would pass as clean. Also finds the formulas whose cached
 * result is an empty text (<v></v>), which ExcelJS cannot tell from a formula never
 * calculated, so that the grid can keep them apart.
 */
import { XlsxReadError } from "./read-error";
import { attribute, decodeXml } from "./xml-text";

export interface SheetFacts {
  /** Some cell holds an index into the shared strings (t="s"). */
  sharedStringCells: boolean;
  /** Addresses of formula cells whose cached result is an empty text. */
  emptyTextResults: string[];
}

/** ExcelJS reads the shared strings from this part only. */
const SHARED_STRINGS = "xl/sharedStrings.xml";

const TEXT_CELL = /<c(?=[\s/>])([^>]*\st="str"[^>]*)>([\s\S]*?)<\/c>/g;

/** Addresses of formula cells whose cached result is an empty text, in a sheet part's bytes. */
export function emptyTextResults(buf: Buffer): string[] {
  if (!buf.includes('t="str"', 0, "latin1")) return [];
  const out: string[] = [];
  for (const m of buf.toString("latin1").matchAll(TEXT_CELL)) {
    const ref = /\sr="([^"]*)"/.exec(m[1]);
    if (ref && /<f[\s/>]/.test(m[2]) && /<v(?:\s*\/>|\s*>\s*<\/v>)/.test(m[2])) out.push(ref[1]);
  }
  return out;
}

/**
 * Refuses a package whose sheets or shared strings are missing; returns, by sheet name, the
 * formula cells whose cached result is an empty text.
 */
export function checkPackage(
  names: ReadonlySet<string>,
  workbookXml: string | undefined,
  relsXml: string | undefined,
  facts: ReadonlyMap<string, SheetFacts>,
): Map<string, Set<string>> {
  const targets = new Map<string, string>();
  for (const m of (relsXml ?? "").matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s/>])([^>]*)>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (id !== null && target !== null) targets.set(id, target);
  }
  const emptyText = new Map<string, Set<string>>();
  for (const m of (workbookXml ?? "").matchAll(/<(?:[\w.-]+:)?sheet(?=[\s/>])([^>]*)>/g)) {
    const name = decodeXml(attribute(m[1], "name") ?? "");
    const target = targets.get(/\s[\w.-]+:id="([^"]*)"/.exec(m[1])?.[1] ?? "");
    if (target === undefined) continue;
    // ExcelJS's own resolution of a workbook relationship's target.
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!names.has(part)) {
      throw new XlsxReadError(
        "corrupt",
        `filen är skadad: bladet "${name}" saknas i den (${part}); prova att spara om den i Excel`,
        `the file is damaged: the sheet "${name}" is missing from it (${part}); try saving it again in Excel`,
      );
    }
    const f = facts.get(part);
    if (f && f.emptyTextResults.length > 0) emptyText.set(name, new Set(f.emptyTextResults));
  }
  if (!names.has(SHARED_STRINGS) && [...facts.values()].some((f) => f.sharedStringCells)) {
    throw new XlsxReadError(
      "corrupt",
      `filen är skadad: cellernas texter saknas (${SHARED_STRINGS}); prova att spara om den i Excel`,
      `the file is damaged: the cells' texts are missing (${SHARED_STRINGS}); try saving it again in Excel`,
    );
  }
  return emptyText;
}
