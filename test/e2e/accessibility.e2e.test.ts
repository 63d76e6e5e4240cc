/**
 * A pane anyone can use (issue 13): an axe-core scan (WCAG 2.2 A/AA rules) of every state
 * of the pane, the keyboard (tabs, Escape), the format plan's checkboxes clear of the
 * sticky "Verkställ" bar, Windows high contrast (forced colours) and the dark theme, on
 * the built pane with the Excel simulator loaded with examples/000 (and 004 to compare).
 * One browser for all of them.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { SimDocument, findSheet } from "../support/excel-simulator/document";
import type { SimOfficeTheme } from "../support/excel-simulator/host";
import { Pane, PaneOptions, openPane, checkEachPane } from "./support/pane";
import { Violation, axeViolations, serious } from "./support/axe";
import { Rect, Rgb, dominantColor, luminanceOf, pixelsOf, rgbOf } from "./support/pixels";

const R000 = path.resolve(__dirname, "../../examples/000-arsredovisning-2023.xlsx");
const R004 = path.resolve(__dirname, "../../examples/004-budget-2024.xlsx");

async function example(): Promise<SimDocument> {
  const doc = documentFromGrid((await readXlsx(R000)).workbook, "Årsredovisning 2023.xlsx");
  // Pasted figures without a number format: the format plan has amounts to format.
  for (const c of Object.values(findSheet(doc, "Resultaträkning")!.cells)) if (typeof c.value === "number") c.format.numberFormat = "General";
  return doc;
}

let pane: Pane;
const open = async (opts: PaneOptions = {}, doc?: SimDocument) => (pane = await openPane(doc ?? (await example()), opts));

checkEachPane(() => pane);

async function validate(p: Pane): Promise<void> {
  await p.page.click("[data-testid=validate]");
  await p.page.waitForSelector("[data-testid=results] .finding, [data-testid=results] .empty-state");
}

describe("axe-core, WCAG 2.2 AA", () => {
  /** Scans the pane in each named state; a test lists every serious or critical violation with its state. */
  let scans: Record<string, Violation[]>;
  beforeEach(() => (scans = {}));
  const scan = async (state: string) => {
    scans[state] = serious(await axeViolations(pane.page));
  };
  const none = () => Object.fromEntries(Object.keys(scans).map((k) => [k, []]));

  test("every state of the pane: validate, filter, highlight, report, compare, format, settings, errors", async () => {
    await open();
    await scan("validate, before a run");
    await validate(pane);
    // The headings run h1 → h2 (the panel) → h3 (a sheet): no level skipped.
    const levels = await pane.page.$$eval("h1, h2, h3, h4, h5, h6", (els) =>
      els.filter((e) => e.closest("[hidden]") === null).map((e) => Number(e.tagName[1])),
    );
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
    expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1)).toBe(true);
    await scan("validate, findings");
    await pane.page.click(".chip.sev-error");
    await pane.page.waitForSelector(".chip.sev-error[aria-pressed=false]");
    await scan("validate, errors filtered out");
    await pane.page.click("[data-testid=highlight]");
    await pane.page.waitForSelector("[data-testid=highlight-status].status-done");
    await scan("validate, highlight on");
    await pane.page.click("[data-testid=report]");
    await pane.page.waitForSelector("[data-testid=report-status].status-done");
    await scan("validate, report sheet written");
    await pane.page.setInputFiles("[data-testid=compare-file]", {
      name: "004-budget-2024.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: fs.readFileSync(R004),
    });
    await pane.page.waitForSelector("[data-testid=compare-role]");
    await pane.page.waitForSelector(".finding[data-check=adopted-budget]");
    await scan("validate, compared with 004");

    await pane.page.click("[data-testid=tab-format]");
    await scan("format, before a plan");
    await pane.page.click("[data-testid=format-plan]");
    await pane.page.waitForSelector("[data-testid=plan] input[type=checkbox]");
    await scan("format, the plan");
    await pane.page.click("[data-testid=format-apply]");
    await pane.page.waitForSelector("[data-testid=format-status].status-done");
    await scan("format, applied");

    await pane.page.click("[data-testid=tab-settings]");
    await pane.page.waitForSelector("select[data-sheet]");
    await scan("settings");
    await pane.page.fill("#admin-share", "tio");
    await pane.page.click("[data-testid=settings-save]");
    await pane.page.waitForSelector("[data-testid=settings-status].status-error");
    await scan("settings, a number refused");

    await pane.page.click("[data-testid=tab-validate]");
    await pane.page.evaluate(() => ((window as any).__excelSim.host.payloadLimit = 10));
    await pane.page.click("[data-testid=validate]");
    await pane.page.waitForSelector("[data-testid=validate-status].status-error");
    await pane.page.click("[data-testid=validate-status] summary");
    await scan("validate, read failed, cause shown");
    expect(scans).toEqual(none());
  });

  test("English, clean workbook; an Excel without ExcelApi 1.9; dark", async () => {
    await open({ displayLanguage: "en-GB" }, documentFromGrid({ sheets: [{ name: "Sheet1", rows: [[{ value: "Nothing to see" }]] }] }, "Clean.xlsx"));
    await validate(pane);
    await scan("English, no findings");
    await pane.close();
    await open({ excelApi: "1.8" });
    await scan("ExcelApi 1.8");
    await pane.close();
    await open();
    await pane.page.emulateMedia({ colorScheme: "dark" });
    await validate(pane);
    await scan("dark, findings");
    await pane.page.click(".chip.sev-warning");
    await scan("dark, warnings filtered out");
    await pane.page.click("[data-testid=tab-format]");
    await pane.page.click("[data-testid=format-plan]");
    await pane.page.waitForSelector("[data-testid=plan] input[type=checkbox]");
    await scan("dark, the format plan");
    expect(scans).toEqual(none());
  });
});

describe("keyboard", () => {
  const selectedTab = () => pane.page.$eval("[role=tab][aria-selected=true]", (e) => e.id);
  const focused = () => pane.page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

  test("arrows, Home and End move between the tabs and show their panel", async () => {
    await open();
    await pane.page.focus("#tab-validate");
    await pane.page.keyboard.press("End");
    expect([await selectedTab(), await focused()]).toEqual(["tab-settings", "tab-settings"]);
    expect(await pane.page.isVisible("#panel-settings")).toBe(true);
    expect(await pane.page.isHidden("#panel-validate")).toBe(true);
    await pane.page.keyboard.press("Home");
    expect([await selectedTab(), await focused()]).toEqual(["tab-validate", "tab-validate"]);
    expect(await pane.page.isVisible("#panel-validate")).toBe(true);
    await pane.page.keyboard.press("ArrowLeft");
    expect(await selectedTab()).toBe("tab-settings");
    await pane.page.keyboard.press("ArrowRight");
    expect(await selectedTab()).toBe("tab-validate");
    await pane.page.keyboard.press("ArrowRight");
    expect([await selectedTab(), await focused()]).toEqual(["tab-format", "tab-format"]);
    // Only the selected tab is in the tab order.
    expect(await pane.page.$$eval("[role=tab]", (els) => els.map((e) => (e as HTMLElement).tabIndex))).toEqual([-1, 0, -1]);
  });

  test("Escape closes an error's technical cause and leaves the focus on it", async () => {
    await open();
    await pane.page.evaluate(() => ((window as any).__excelSim.host.payloadLimit = 10));
    await pane.page.click("[data-testid=validate]");
    await pane.page.waitForSelector("[data-testid=validate-status].status-error");
    await pane.page.focus("[data-testid=validate-status] summary");
    await pane.page.keyboard.press("Enter");
    expect(await pane.page.$eval("[data-testid=validate-status] details", (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await pane.page.isVisible("[data-testid=validate-status] code")).toBe(true);
    await pane.page.keyboard.press("Escape");
    expect(await pane.page.$eval("[data-testid=validate-status] details", (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await pane.page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
  });

  test("every checkbox of the format plan, focused by Tab, is on screen and not under the sticky Verkställ bar", async () => {
    await open();
    await pane.page.click("[data-testid=tab-format]");
    await pane.page.click("[data-testid=format-plan]");
    await pane.page.waitForSelector("[data-testid=plan] input[type=checkbox]");
    const n = await pane.page.$$eval("[data-testid=plan] input[type=checkbox]", (els) => els.length);
    // The plan is longer than the pane, so the bar is over part of it.
    expect(await pane.page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    await pane.page.focus("[data-testid=plan] input[type=checkbox]");
    const covered: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) await pane.page.keyboard.press("Tab");
      const hit = await pane.page.evaluate(() => {
        const box = document.activeElement as HTMLInputElement;
        const r = box.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { isBox: box.type === "checkbox", id: box.getAttribute("data-plan-id"), visible: at === box };
      });
      expect(hit.isBox).toBe(true);
      if (!hit.visible) covered.push(hit.id ?? "?");
    }
    expect(covered).toEqual([]);
    await pane.page.keyboard.press("Tab");
    expect(await pane.page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("format-apply");
  });
});

describe("Windows high contrast (forced colours)", () => {
  /** The pixels of an element as painted, or of a part of it (`part` maps its box to a rectangle in the viewport). */
  const shot = async (selector: string, part: (b: Rect) => Rect = (b) => b) => {
    const el = pane.page.locator(selector).first();
    await el.scrollIntoViewIfNeeded();
    const box = (await el.boundingBox())!;
    return (await pixelsOf(pane.page, await pane.page.screenshot(), part(box))).pixels;
  };
  const distinct = (shots: string[]) => new Set(shots).size;
  const each = async (severities: string[], selector: (s: string) => string, part?: (b: Rect) => Rect) => {
    const shots: string[] = [];
    for (const s of severities) shots.push(await shot(selector(s), part));
    return shots;
  };

  test("severity dots and card edges differ by severity; the switch on and off and the selected tab are told apart", async () => {
    await open();
    await pane.page.emulateMedia({ forcedColors: "active" });
    expect(await pane.page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    await validate(pane);
    await pane.shot("30-forced-colors");
    const dots = await each(["error", "warning", "info"], (s) => `.chip.sev-${s} .dot`);
    expect(distinct(dots)).toBe(3);
    // The left edge of a card of each severity (a strip from its middle, clear of the corners); 000 has errors and info.
    const edge = (b: Rect) => ({ x: b.x, y: b.y + b.height / 2 - 8, width: 6, height: 16 });
    const edges = await each(["error", "info"], (s) => `.finding.sev-${s}`, edge);
    expect(distinct(edges)).toBe(2);

    const off = await shot("[data-testid=highlight]");
    await pane.page.click("[data-testid=highlight]");
    await pane.page.waitForSelector("[data-testid=highlight-status].status-done");
    await pane.page.mouse.move(0, 0);
    const on = await shot("[data-testid=highlight]");
    expect(distinct([off, on])).toBe(2);

    // The bottom edge of a tab, under its text: marked when selected, plain when not.
    const under = (b: Rect) => ({ x: b.x + 2, y: b.y + b.height - 3, width: b.width - 4, height: 3 });
    await pane.page.evaluate(() => window.scrollTo(0, 0));
    const page = await pane.page.screenshot();
    const box = async (id: string) => under((await pane.page.locator(id).boundingBox())!);
    const [selected, unselected] = [
      await dominantColor(pane.page, page, await box("#tab-validate")),
      await dominantColor(pane.page, page, await box("#tab-format")),
    ];
    const canvas = await dominantColor(pane.page, page, { x: 0, y: 0, width: 8, height: 8 });
    // A line of its own under the selected tab: neither the background nor what is under the other tabs.
    expect(selected).not.toEqual(unselected);
    expect(selected).not.toEqual(canvas);
  });
});

describe("theme", () => {
  const near = (a: Rgb, b: Rgb) => a.every((c, i) => Math.abs(c - b[i]) <= 2);
  /** The colour of the pane's background and of a finding's card, as painted. */
  const painted = async () => {
    await validate(pane);
    const body = await dominantColor(pane.page, await pane.page.screenshot());
    const card = await dominantColor(pane.page, await pane.page.locator(".finding").first().screenshot());
    const text = await pane.page.$eval(".finding .message", (e) => getComputedStyle(e).color);
    return { body, card, text };
  };
  const channels = (css: string): Rgb => css.match(/\d+/g)!.slice(0, 3).map(Number) as Rgb;
  // Office's dark theme as an Office host reports it (hex colours, isDarkTheme).
  const OFFICE_DARK: SimOfficeTheme = {
    bodyBackgroundColor: "#1F1F1F",
    bodyForegroundColor: "#F3F3F3",
    controlBackgroundColor: "#2E2E2E",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  };
  const OFFICE_LIGHT: SimOfficeTheme = {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  };

  test("outside Office the pane follows prefers-color-scheme: light, dark, and back when it changes", async () => {
    await open();
    await pane.page.emulateMedia({ colorScheme: "light" });
    const light = await painted();
    await pane.shot("31-theme-light");
    expect(luminanceOf(light.body)).toBeGreaterThan(0.9);
    expect(luminanceOf(light.card)).toBeGreaterThan(0.9);
    expect(luminanceOf(channels(light.text))).toBeLessThan(0.05);

    await pane.page.emulateMedia({ colorScheme: "dark" });
    const dark = await painted();
    await pane.shot("32-theme-dark");
    expect(luminanceOf(dark.body)).toBeLessThan(0.05);
    expect(luminanceOf(dark.card)).toBeLessThan(0.05);
    expect(luminanceOf(channels(dark.text))).toBeGreaterThan(0.8);
  });

  test("in Office the pane follows Office's theme, over the system's preference", async () => {
    await open({ officeTheme: OFFICE_DARK });
    await pane.page.emulateMedia({ colorScheme: "light" });
    const dark = await painted();
    await pane.shot("33-theme-office-dark");
    expect(near(dark.body, rgbOf(OFFICE_DARK.bodyBackgroundColor))).toBe(true);
    expect(near(dark.card, rgbOf(OFFICE_DARK.bodyBackgroundColor))).toBe(true);
    expect(near(channels(dark.text), rgbOf(OFFICE_DARK.bodyForegroundColor))).toBe(true);
    expect(serious(await axeViolations(pane.page))).toEqual([]);
    await pane.close();

    await open({ officeTheme: OFFICE_LIGHT });
    await pane.page.emulateMedia({ colorScheme: "dark" });
    const light = await painted();
    expect(near(light.body, rgbOf(OFFICE_LIGHT.bodyBackgroundColor))).toBe(true);
    expect(near(channels(light.text), rgbOf(OFFICE_LIGHT.bodyForegroundColor))).toBe(true);
  });
});
