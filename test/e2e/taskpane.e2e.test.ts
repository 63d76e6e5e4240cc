/**
 * The built task pane in chromium, on the Excel simulator loaded with examples/000-arsredovisning-2023.xlsx
 * (Årsredovisning 2023, with the printed errors the engine finds). Each scenario also
 * fails when a request left localhost, a dialog opened, the page threw or logged an error
 * (a Content-Security-Policy violation is logged as one).
 */
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { contentOf } from "../support/excel-simulator/compare";
import { SimDocument, findSheet, getCell } from "../support/excel-simulator/document";
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight";
import { eventually } from "./support/eventually";
import { Pane, openPane, checkEachPane } from "./support/pane";

const INJECTION = "<img src=x onerror=alert(1)>";

const EXAMPLE_FILE = path.resolve(__dirname, "../../examples/000-arsredovisning-2023.xlsx");

async function example(): Promise<SimDocument> {
  const doc = documentFromGrid((await readXlsx(EXAMPLE_FILE)).workbook, "Årsredovisning 2023.xlsx");
  // Existing fills: highlight must give them back, not clear them.
  const five = findSheet(doc, "5-årsöversikt")!;
  for (const c of Object.values(five.cells)) c.format.fillColor = "#FFF2CC";
  // A row label that is markup; the engine quotes it in a finding's message.
  const bu = findSheet(doc, "Budget och utfall")!;
  const label = Object.values(bu.cells).find((c) => c.value === "Finansiella intäkter/kostnader")!;
  label.value = INJECTION;
  // Pasted figures without a number format: the format plan has amounts to format.
  for (const c of Object.values(findSheet(doc, "Resultaträkning")!.cells)) if (typeof c.value === "number") c.format.numberFormat = "General";
  return doc;
}

let pane: Pane;

const selectionWhen = (want: { sheet: string | null; address: string | null }) =>
  eventually(
    async () => (await pane.doc()).selection,
    (s) => s.sheet === want.sheet && s.address === want.address,
  );

checkEachPane(() => pane);

async function validate(p: Pane): Promise<void> {
  await p.page.click("[data-testid=validate]");
  await p.page.waitForSelector("[data-testid=results] .finding, [data-testid=results] .empty-state");
}

test("validate shows the findings grouped by sheet and severity, in Swedish", async () => {
  pane = await openPane(await example());
  // The stylesheet loaded and the CSP let it apply: the primary button has the brand colour from taskpane.css.
  expect(await pane.page.$eval("[data-testid=validate]", (e) => getComputedStyle(e).backgroundColor)).toBe("rgb(15, 108, 189)");
  await pane.shot("01-start");
  await validate(pane);
  const groups = await pane.page.$$eval(".sheet-group", (els) => els.map((e) => e.getAttribute("data-sheet")));
  expect(groups).toEqual(expect.arrayContaining(["5-årsöversikt", "Budget och utfall", "Balansräkning"]));
  // Workbook order: 5-årsöversikt is the first sheet.
  expect(groups[0]).toBe("5-årsöversikt");
  const summary = await pane.page.textContent("[data-testid=summary]");
  const n = await pane.page.$$eval(".finding", (els) => els.length);
  expect(summary).toBe(`${n} avvikelser på ${groups.length} blad`);
  const messages = await pane.page.$$eval(".finding .message", (els) => els.map((e) => e.textContent ?? ""));
  // The printed soliditet (32 %) is 31,2 % recomputed (shared/domain/FINSAM.md).
  expect(messages.some((m) => m.includes("Soliditet") && m.includes("31,2 %"))).toBe(true);
  await pane.shot("02-findings");

  // Filter: hide errors.
  const errors = await pane.page.$$eval(".finding.sev-error", (els) => els.length);
  expect(errors).toBeGreaterThan(0);
  await pane.page.click(".chip.sev-error");
  expect(await pane.page.$$eval(".finding.sev-error", (els) => els.length)).toBe(0);
  expect(await pane.page.$$eval(".finding", (els) => els.length)).toBe(n - errors);
  await pane.shot("03-filtered");
});

test("a label that is markup shows as text", async () => {
  pane = await openPane(await example());
  await validate(pane);
  const messages = await pane.page.$$eval(".finding .message", (els) => els.map((e) => e.textContent ?? ""));
  expect(messages.some((m) => m.includes(INJECTION))).toBe(true);
  expect(await pane.page.$$eval("img", (els) => els.length)).toBe(0);
  const el = await pane.page.$(`.finding .message >> text=${INJECTION}`);
  await el!.scrollIntoViewIfNeeded();
  await pane.shot("04-injection-as-text");
});

test("click and Enter on a finding select its cells; a cross-sheet finding offers both places", async () => {
  pane = await openPane(await example());
  await validate(pane);
  const items = await pane.page.$$(".finding");
  const target = items[items.length - 1];
  const [sheet, address] = await target.evaluate((e) => [e.getAttribute("data-sheet"), e.getAttribute("data-address")]);
  await target.click();
  expect(await selectionWhen({ sheet, address })).toEqual({ sheet, address });
  expect((await pane.doc()).activeSheet).toBe(sheet);

  const first = items[0];
  const [s1, a1] = await first.evaluate((e) => [e.getAttribute("data-sheet"), e.getAttribute("data-address")]);
  await (await first.$(".finding-main"))!.focus();
  await pane.page.keyboard.press("Enter");
  expect(await selectionWhen({ sheet: s1, address: a1 })).toEqual({ sheet: s1, address: a1 });

  // Eget kapital 2023 in the 5-årsöversikt (B7) is compared with Balansräkning: a button for each place.
  const cross = pane.page.locator(".finding[data-sheet='5-årsöversikt'][data-address='B7']").first();
  const buttons = cross.locator(".places button");
  expect(await buttons.count()).toBe(2);
  const [bs, ba] = await buttons.nth(1).evaluate((e) => [e.getAttribute("data-sheet"), e.getAttribute("data-address")]);
  expect(bs).toBe("Balansräkning");
  await buttons.nth(1).click();
  expect(await selectionWhen({ sheet: bs, address: ba })).toEqual({ sheet: bs, address: ba });
  await pane.shot("05-after-click");
});

test("highlight on fills the cells, off restores every fill exactly", async () => {
  pane = await openPane(await example());
  const before = contentOf(await pane.doc());
  await validate(pane);
  await pane.page.click("[data-testid=highlight]");
  await pane.page.waitForSelector("[data-testid=highlight-status].status-done");
  const on = await pane.doc();
  const five = findSheet(on, "5-årsöversikt")!;
  expect(getCell(five, 7, 1)!.format.fillColor).toBe(HIGHLIGHT_COLORS.error); // B8 Soliditet 2023
  expect(on.settings["finsam.highlight"]).toBeTruthy();
  await pane.shot("06-highlight-on");
  await pane.page.click("[data-testid=highlight]");
  await pane.page.waitForSelector("[data-testid=highlight-status] >> text=återställd");
  expect(contentOf(await pane.doc())).toEqual(before);
});

test("format → reload the pane → undo leaves every value, formula and format as before", async () => {
  pane = await openPane(await example());
  const before = contentOf(await pane.doc());
  await pane.page.click("[data-testid=tab-format]");
  await pane.page.click("[data-testid=format-plan]");
  await pane.page.waitForSelector("[data-testid=plan] input[type=checkbox]");
  const kinds = await pane.page.$$eval("[data-testid=plan] input[type=checkbox]", (els) => els.map((e) => e.getAttribute("data-kind")));
  expect(kinds).toEqual(expect.arrayContaining(["number-format", "total-style", "header-style", "align-right", "column-width"]));
  await pane.shot("07-format-plan");
  // Untick the column widths of the first table: they must stay as they are.
  await pane.page.locator("[data-testid=plan] input[data-kind=column-width]").first().uncheck();
  await pane.page.click("[data-testid=format-apply]");
  await pane.page.waitForSelector("[data-testid=format-status].status-done");
  const after = await pane.doc();
  expect(contentOf(after)).not.toEqual(before);
  const rr = findSheet(after, "Resultaträkning")!;
  expect(Object.values(rr.cells).some((c) => c.format.numberFormat === "#,##0;-#,##0")).toBe(true);
  expect(findSheet(after, "5-årsöversikt")!.columnWidths).toEqual({});
  await pane.shot("08-format-applied");

  // Close and reopen the pane: the record is in the document.
  await pane.page.reload();
  await pane.page.waitForSelector("[data-testid=validate]");
  await pane.page.click("[data-testid=tab-format]");
  await pane.page.click("[data-testid=format-undo]");
  await pane.page.waitForSelector("[data-testid=format-status].status-done");
  expect(contentOf(await pane.doc())).toEqual(before);
  expect(await pane.page.isHidden("[data-testid=format-undo]")).toBe(true);
  await pane.shot("09-format-undone");
});

test("report sheet: written with links, rewritten in place, removed without a trace", async () => {
  pane = await openPane(await example());
  const before = contentOf(await pane.doc());
  await validate(pane);
  await pane.page.click("[data-testid=report]");
  await pane.page.waitForSelector("[data-testid=report-status].status-done");
  await pane.page.click("[data-testid=report]");
  await pane.page.waitForSelector("[data-testid=report-status].status-done");
  const doc = await pane.doc();
  const reports = doc.sheets.filter((s) => s.name.startsWith("Valideringsrapport"));
  expect(reports.map((s) => s.name)).toEqual(["Valideringsrapport"]);
  const cells = Object.values(reports[0].cells);
  expect(cells.some((c) => c.value === "Årsredovisning 2023.xlsx")).toBe(true);
  expect(cells.some((c) => c.hyperlink?.documentReference === "'5-årsöversikt'!C5")).toBe(true);
  expect(cells.some((c) => c.value === INJECTION && c.formula === undefined) || cells.some((c) => String(c.value).includes(INJECTION))).toBe(true);
  await pane.shot("10-report-sheet");
  await pane.page.click("[data-testid=report-remove]");
  await pane.page.waitForSelector("[data-testid=report-status] >> text=borttaget");
  expect(contentOf(await pane.doc())).toEqual(before);
});

test("settings are saved in the document and read back by the next session", async () => {
  pane = await openPane(await example());
  await pane.page.click("[data-testid=tab-settings]");
  await pane.page.waitForSelector("select[data-sheet='Resultaträkning']");
  await pane.page.selectOption("select[data-sheet='Resultaträkning']", "rr");
  await pane.page.check("input[name=ceiling][value=percent]");
  await pane.page.fill("input[aria-label=Procentsats]", "17,5");
  await pane.page.fill("#admin-share", "12");
  await pane.page.click("[data-testid=settings-save]");
  await pane.page.waitForSelector("[data-testid=settings-status].status-done");
  const saved = (await pane.doc()).settings["finsam.config"];
  expect(saved).toEqual({ sheetRoles: { Resultaträkning: "rr" }, adminShareTarget: 0.12, ceiling: { kind: "percent", rate: 0.175 } });
  await pane.shot("11-settings");
  await pane.page.reload();
  await pane.page.click("[data-testid=tab-settings]");
  await pane.page.waitForSelector("select[data-sheet='Resultaträkning']");
  expect(await pane.page.inputValue("select[data-sheet='Resultaträkning']")).toBe("rr");
  expect(await pane.page.inputValue("#admin-share")).toBe("12");
});

test("English when Office's display language is English; empty state on a clean workbook", async () => {
  const doc: SimDocument = documentFromGrid({ sheets: [{ name: "Sheet1", rows: [[{ value: "Nothing to see" }]] }] }, "Clean.xlsx");
  pane = await openPane(doc, { displayLanguage: "en-GB" });
  expect(await pane.page.textContent("[data-testid=validate]")).toBe("Validate report");
  await validate(pane);
  expect(await pane.page.textContent("[data-testid=results] .empty-state")).toContain("No findings");
  await pane.shot("12-english-empty");
});

test("a read that fails shows the error state with its cause", async () => {
  pane = await openPane(await example());
  // The host refuses every response from now on (as Excel does when a payload is too large).
  await pane.page.evaluate(() => ((window as any).__excelSim.host.payloadLimit = 10));
  await pane.page.click("[data-testid=validate]");
  await pane.page.waitForSelector("[data-testid=validate-status].status-error");
  expect(await pane.page.textContent("[data-testid=validate-status]")).toContain("Det gick inte att läsa arbetsboken.");
  expect(await pane.page.textContent("[data-testid=validate-status] code")).toContain("PayloadSizeLimitExceeded");
  await pane.shot("13-error");
});

test("a big workbook is read in a few round trips, with progress shown meanwhile", async () => {
  // 20 sheets × 1 000 rows: 3 label columns of 200 characters, 4 amount columns — about 15 MB of cell data.
  pane = await openPane({ generate: { sheets: 20, rows: 1000, textCols: 3, textLength: 200, numberCols: 4 } }, { latencyMs: 400 });
  await pane.page.click("[data-testid=validate]");
  await pane.page.waitForSelector("[data-testid=validate-status] progress[value]");
  await pane.shot("14-progress");
  await pane.page.waitForSelector("[data-testid=results] .finding, [data-testid=results] .empty-state", { timeout: 110000 });
  const syncs: { requestBytes: number; responseBytes: number }[] = await pane.page.evaluate(() => (window as any).__excelSim.host.syncs);
  const reads = syncs.slice(2);
  const payload = reads.reduce((n, s) => n + s.responseBytes, 0);
  const MB4 = 4 * 1024 * 1024;
  expect(payload).toBeGreaterThan(3 * MB4);
  expect(Math.max(...reads.map((s) => s.responseBytes))).toBeLessThanOrEqual(MB4);
  // Sheet list + used ranges + one per batch; the first batch is sized from a guess, so one more at most.
  expect(syncs.length).toBeLessThanOrEqual(2 + Math.ceil(payload / MB4) + 1);
});

test("an Excel without ExcelApi 1.9 gets a clear message instead of a pane that fails later", async () => {
  pane = await openPane(await example(), { excelApi: "1.8" });
  expect(await pane.page.textContent("[role=alert]")).toContain("ExcelApi 1.9");
  expect(await pane.page.$("[data-testid=validate]")).toBeNull();
});
