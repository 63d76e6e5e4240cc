/**
 * Builds an .xlsx package by hand from the XML of its sheets, so a test can write what
 * no spreadsheet program would (a row beyond Excel's last one, a merge over the whole
 * sheet) and leave out or damage parts at will.
 */
import { TestEntry, zip } from "./zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface RawSheet {
  name: string;
  /** Everything inside <worksheet>: <sheetData>…</sheetData> and what follows it. */
  body: string;
}

export interface RawOptions {
  /** Shared strings, written as xl/sharedStrings.xml when given. */
  sharedStrings?: string[];
  /** Changes the entries before they are zipped (drop a part, damage one). */
  edit?: (entries: TestEntry[]) => TestEntry[];
}

export function rawXlsx(sheets: RawSheet[], options: RawOptions = {}): Buffer {
  const strings = options.sharedStrings;
  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const stringsType = strings
    ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    : "";
  const entries: TestEntry[] = [
    {
      name: "[Content_Types].xml",
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheetTypes +
          stringsType +
          "</Types>",
      ),
    },
    {
      name: "_rels/.rels",
      data: xml(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: "xl/workbook.xml",
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
          sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
          "</sheets></workbook>",
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: xml(
        `<Relationships xmlns="${PKG_REL}">` +
          sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
          (strings ? `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
          "</Relationships>",
      ),
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</worksheet>`) })),
  ];
  if (strings) {
    entries.push({
      name: "xl/sharedStrings.xml",
      data: xml(
        `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${escape(t)}</t></si>`).join("")}</sst>`,
      ),
    });
  }
  return zip(options.edit ? options.edit(entries) : entries);
}

function xml(body: string): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`, "utf8");
}

export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
