/**
 * The add-in's document settings read from an .xlsx's web extension part: ours found by the
 * manifest's Id (primary or alternate reference), another add-in's ignored, values decoded
 * exactly, the reading bounded (a part too big or too many properties: a note, no error), and
 * the cells read as without the part.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { parseReview } from "../../src/findings/review-store";
import { gridToExcelJS } from "../../src/xlsx/grid-to-exceljs";
import { FINSAM_ADDIN_ID, SETTINGS_LIMITS, readAddinSettings } from "../../src/xlsx/office-settings";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { webExtensionXml, withAddinSettings } from "../support/addin-settings-xlsx";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
let plain: Buffer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-settings-"));
  const sheets = [
    {
      name: "Budget",
      rows: [
        [{ value: "Post" }, { value: 2024 }],
        [{ value: "Kansli" }, { value: 100 }],
      ],
    },
  ];
  plain = Buffer.from(await gridToExcelJS({ sheets }).xlsx.writeBuffer());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(bytes: Buffer) {
  const p = path.join(dir, `wb-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(p, bytes);
  return readXlsx(p);
}

const review = {
  version: 1,
  marks: { "sum|C12|abc": { status: "approved", comment: 'Förklarad i "not 3" <se> & ✓', by: "Anna Ek", at: "2026-12-01T10:00:00.000Z" } },
};

it("FINSAM_ADDIN_ID is manifest.xml's <Id>", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1]).toBe(FINSAM_ADDIN_ID);
});

it("reads our settings, each value's JSON text exactly, and the cells as without them", async () => {
  const config = { adminShareTarget: 0.1 };
  const withParts = await read(withAddinSettings(plain, { "finsam.review": review, "finsam.config": config }));
  expect([...withParts.addinSettings.settings.keys()]).toEqual(["finsam.review", "finsam.config"]);
  expect(JSON.parse(withParts.addinSettings.settings.get("finsam.review")!)).toEqual(review);
  expect(JSON.parse(withParts.addinSettings.settings.get("finsam.config")!)).toEqual(config);
  expect(withParts.addinSettings.notes).toEqual([]);
  expect(parseReview(withParts.addinSettings.settings.get("finsam.review")).marks.get("sum|C12|abc")).toEqual(review.marks["sum|C12|abc"]);
  expect(withParts.workbook.sheets).toEqual((await read(plain)).workbook.sheets);
});

it("a file without the part has no settings", async () => {
  expect((await read(plain)).addinSettings).toEqual({ settings: new Map(), notes: [] });
});

it("ignores another add-in's web extension part", async () => {
  const other = await read(withAddinSettings(plain, { "finsam.review": review }, { addinId: "wa200003696" }));
  expect(other.addinSettings.settings.size).toBe(0);
});

it("finds ours by an alternate reference, with braces and in upper case", () => {
  const alt = readAddinSettings(new Map([["xl/webextensions/webextension1.xml", Buffer.from(webExtensionXml({ k: 1 }, { asAlternate: true }))]]));
  expect(alt.settings.get("k")).toBe("1");
  const braced = webExtensionXml({ k: 2 }, { addinId: `{${FINSAM_ADDIN_ID.toUpperCase()}}` });
  expect(readAddinSettings(new Map([["xl/webextensions/webextension1.xml", Buffer.from(braced)]])).settings.get("k")).toBe("2");
});

it("reads single-quoted attributes, another prefix and a raw '>' inside a value", () => {
  const xml =
    `<w:webextension xmlns:w="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{X}">` +
    `<w:reference id='${FINSAM_ADDIN_ID}' version="1" store="developer" storeType="Registry"/>` +
    `<w:properties><w:property value='"a > b"' name='k'/><w:property name="k" value="&quot;second&quot;"/></w:properties></w:webextension>`;
  expect(readAddinSettings(new Map([["xl/webextensions/webextension1.xml", Buffer.from(xml)]])).settings).toEqual(new Map([["k", '"a > b"']]));
});

it("a part over the size limit is not read, with a note; properties beyond the limit are left", () => {
  const big = Buffer.alloc(SETTINGS_LIMITS.partBytes + 1, 0x20);
  const over = readAddinSettings(new Map([["xl/webextensions/webextension1.xml", big]]));
  expect(over.settings.size).toBe(0);
  expect(over.notes).toEqual([
    {
      sv: "tilläggets inställningar (xl/webextensions/webextension1.xml) är större än 4 MB och lästes inte",
      en: "the add-in's settings (xl/webextensions/webextension1.xml) are larger than 4 MB and were not read",
    },
  ]);
  const many: Record<string, number> = {};
  for (let i = 0; i < SETTINGS_LIMITS.properties + 3; i++) many[`k${i}`] = i;
  const bounded = readAddinSettings(new Map([["xl/webextensions/webextension1.xml", Buffer.from(webExtensionXml(many))]]));
  expect(bounded.settings.size).toBe(SETTINGS_LIMITS.properties);
  expect(bounded.settings.get(`k${SETTINGS_LIMITS.properties - 1}`)).toBe(String(SETTINGS_LIMITS.properties - 1));
  expect(bounded.notes[0].en).toBe(
    `the add-in's settings (xl/webextensions/webextension1.xml) have ${SETTINGS_LIMITS.properties + 3} entries; the first ${SETTINGS_LIMITS.properties} were read`,
  );
});

it("a damaged value is passed on as text: parseReview turns it into a note, not an error", async () => {
  const damaged = await read(withAddinSettings(plain, {}, { rawProperties: { "finsam.review": "{not json" } }));
  const parsed = parseReview(damaged.addinSettings.settings.get("finsam.review"));
  expect(parsed.marks.size).toBe(0);
  expect(parsed.note?.sv).toBe("Granskningsmarkeringarna är inte giltig JSON; inga markeringar visas.");
});
