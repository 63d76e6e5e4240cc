/**
 * Opens the built task pane in chromium with the Excel simulator served in place of
 * office.js, loaded with a given document. Every request is recorded (`requests`); any that
 * is not for localhost is blocked and listed in `external` (the tests fail on it). Dialogs
 * (alert from injected markup) are recorded in `dialogs`.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, Page, chromium } from "playwright-core";
import type { SimDocument } from "../../support/excel-simulator/document";
import type { GenerateSpec } from "../../support/excel-simulator/generate";
import type { SimOfficeTheme } from "../../support/excel-simulator/host";
import { serveDirectory, StaticServer } from "./server";

const ROOT = path.resolve(__dirname, "../../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Pane {
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  external: string[];
  dialogs: string[];
  pageErrors: string[];
  /** Console errors (a Content-Security-Policy violation shows here). */
  consoleErrors: string[];
  /** The simulated document as it is now. */
  doc: () => Promise<SimDocument>;
  shot: (name: string) => Promise<void>;
  close: () => Promise<void>;
}

let browser: Browser | null = null;
let server: StaticServer | null = null;

export async function startBrowser(): Promise<void> {
  server = await serveDirectory(path.join(ROOT, "dist"));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: FLAGS, headless: true });
}

export async function stopBrowser(): Promise<void> {
  await browser?.close();
  await server?.close();
}

/**
 * One browser per test file; after each test the pane asked nothing beyond localhost, opened no
 * dialog, threw and logged no error (a Content-Security-Policy violation logs one), and is closed.
 */
export function checkEachPane(current: () => Pane): void {
  beforeAll(startBrowser);
  afterAll(stopBrowser);
  afterEach(async () => {
    const pane = current();
    expect(pane.external).toEqual([]);
    expect(pane.dialogs).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors).toEqual([]);
    await pane.close();
  });
}

export interface PaneOptions {
  displayLanguage?: string;
  width?: number;
  /** Round-trip time of each simulated sync. */
  latencyMs?: number;
  /** Host response limit in bytes (Excel on the web: ~5 MB). */
  payloadLimit?: number;
  /** Highest ExcelApi requirement set of the simulated Excel. */
  excelApi?: string;
  /** Office.context.officeTheme of the simulated Office. */
  officeTheme?: SimOfficeTheme;
}

export async function openPane(doc: SimDocument | { generate: GenerateSpec }, opts: PaneOptions = {}): Promise<Pane> {
  if (!browser || !server) throw new Error("startBrowser() first");
  const context = await browser.newContext({ viewport: { width: opts.width ?? 360, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  const external: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const sim = fs.readFileSync(path.join(ARTIFACTS, "office-sim.js"), "utf8");
  const local = new URL(server.url).host;
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: sim });
    const u = new URL(url);
    if (u.host === local || u.protocol === "data:") return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.addInitScript(
    (init) => {
      (window as unknown as Record<string, unknown>).__FINSAM_SIM__ = init;
    },
    {
      ...("generate" in doc ? { generate: doc.generate } : { doc }),
      displayLanguage: opts.displayLanguage ?? "sv-SE",
      latencyMs: opts.latencyMs,
      payloadLimit: opts.payloadLimit,
      excelApi: opts.excelApi,
      officeTheme: opts.officeTheme,
    },
  );
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForSelector("[data-testid=validate], [role=alert]");
  return {
    page,
    requests,
    external,
    dialogs,
    pageErrors,
    consoleErrors,
    // As one JSON string: Playwright's structured serialisation of the nested document is slow.
    doc: async () => JSON.parse(await page.evaluate(() => JSON.stringify((window as any).__excelSim.host.doc))) as SimDocument,
    shot: async (name) => {
      // What the user sees in the pane, and the whole scrolled pane.
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}-full.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}
