/**
 * A workbook whose totals are formulas never calculated (as scripts and some exports write
 * them: <f> and no <v>) is not reported as clean: one warning per sheet with the count. A
 * formula whose cached result is an empty text (<v></v>) is calculated and not counted.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { rawXlsx } from "../xlsx/raw-xlsx";
import { buildCli } from "./build-cli";
import { finsam } from "./run-finsam";
import { unwrapped } from "./unwrapped";

let dir: string;
let file: string;

/** Budget lines with their totals as formulas: `cached` says whether the totals hold results. */
function budget(cached: boolean): string {
  const v = (n: number) => (cached ? `<v>${n}</v>` : "");
  return (
    "<sheetData>" +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Post</t></is></c><c r="B1"><v>2024</v></c><c r="C1"><v>2023</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Kansli</t></is></c><c r="B2"><v>500000</v></c><c r="C2"><v>450000</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Insatser</t></is></c><c r="B3"><v>1200000</v></c><c r="C3"><v>1100000</v></c></row>' +
    `<row r="4"><c r="A4" t="inlineStr"><is><t>Summa</t></is></c><c r="B4"><f>SUM(B2:B3)</f>${v(1_700_000)}</c><c r="C4"><f>SUM(C2:C3)</f>${v(1_550_000)}</c>` +
    '<c r="D4" t="str"><f>IF(B4&gt;C4,"","minskning")</f><v></v></c></row>' +
    "</sheetData>"
  );
}

beforeAll(() => {
  buildCli();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-uncalc-"));
  file = path.join(dir, "okalkylerad.xlsx");
  fs.writeFileSync(
    file,
    rawXlsx([
      { name: "Budget", body: budget(false) },
      { name: "Beräknad", body: budget(true) },
    ]),
  );
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("warns once for the sheet whose 2 totals were never calculated, not for the calculated one", () => {
  const run = finsam(["validate", "--json", file]);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout);
  const found = doc.findings.filter((f: { check: string }) => f.check === "uncalculated-formula");
  expect(found.map((f: { sheet: string; cells: string[]; severity: string }) => [f.sheet, f.severity, f.cells])).toEqual([["Budget", "warning", ["B4", "C4"]]]);
  expect(found[0].message).toMatch(/^2 formler saknar beräknat värde — öppna och spara filen i Excel/);
  expect(doc.summary.warnings).toBeGreaterThanOrEqual(1);
});

it("says so in the text report, in English with --lang en", () => {
  const run = finsam(["validate", "--lang", "en", file]);
  expect(unwrapped(run.stdout).join("\n")).toMatch(/warning +Budget!B4, Budget!C4 +2 formulas have no calculated value — open and save the file in Excel/);
});
