/**
 * Review marks and the findings list's accessibility, in the built pane in chromium on the
 * Excel simulator loaded with examples/000-arsredovisning-2023.xlsx (7 errors, 9 info:
 * shared/domain/FINSAM.md). A mark is stored in the document settings only; after a
 * reload of the pane the next validation folds the approved finding and counts it; a
 * changed figure lapses the mark. The list keeps focus on a toggled chip, announces its
 * result in a live region, names each finding with its severity, and Escape closes.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { contentOf } from "../support/excel-simulator/compare";
import type { SimDocument } from "../support/excel-simulator/document";
import { withAddinSettings } from "../support/addin-settings-xlsx";
import { buildCli } from "../cli/build-cli";
import { finsam } from "../cli/run-finsam";
import { ARTIFACTS, Pane, openPane, checkEachPane } from "./support/pane";

const EXAMPLE_FILE = path.resolve(__dirname, "../../examples/000-arsredovisning-2023.xlsx");
/** The example's findings (test/examples and the brief: examples/000 → 7 errors / 9 info). */
const ERRORS = 7;
const INFOS = 9;
/** Soliditet 2023 in the 5-årsöversikt: printed 32 %, recomputed 31,2 % (shared/domain/FINSAM.md). */
const SOLIDITET = ".finding[data-sheet='5-årsöversikt'][data-address='B8']";

async function example(): Promise<SimDocument> {
  return documentFromGrid((await readXlsx(EXAMPLE_FILE)).workbook, "Årsredovisning 2023.xlsx");
}

let pane: Pane;

checkEachPane(() => pane);

async function validate(p: Pane): Promise<void> {
  await p.page.click("[data-testid=validate]");
  await p.page.waitForSelector("[data-testid=validate-status].status-done");
}

/** Opens a finding's review controls, picks a mark, writes a comment and saves. */
async function mark(p: Pane, finding: string, status: "approved" | "question" | "to-fix", comment: string): Promise<void> {
  const card = p.page.locator(finding).first();
  await card.locator(".review-toggle").click();
  await card.locator(`.review-editor input[value=${status}]`).check();
  await card.locator("[data-testid=review-comment]").fill(comment);
  await card.locator("[data-testid=review-save]").click();
  await p.page.waitForSelector("[data-testid=review-status].status-done");
}

const withoutReview = (doc: SimDocument) => {
  const c = contentOf(doc) as { settings: Record<string, unknown> };
  const { ["finsam.review"]: _review, ...settings } = c.settings;
  return { ...c, settings };
};

const chipCount = (p: Pane, severity: string) => p.page.textContent(`.chip[data-severity=${severity}] .count`).then(Number);

test("a finding marked approved is stored in the document, and after a reload the next validation folds and counts it", async () => {
  pane = await openPane(await example());
  const before = contentOf(await pane.doc());
  await validate(pane);
  expect(await pane.page.$$eval(".finding.sev-error", (els) => els.length)).toBe(ERRORS);
  expect(await chipCount(pane, "error")).toBe(ERRORS);
  const check = await pane.page.getAttribute(SOLIDITET, "data-check");
  const t0 = new Date().toISOString();
  await mark(pane, SOLIDITET, "approved", "Förklarad i not 3");
  await pane.shot("review-01-marked");

  const doc = await pane.doc();
  // Only the review setting changed: every cell, format, sheet and other setting is as before.
  expect(withoutReview(doc)).toEqual(before);
  const stored = doc.settings["finsam.review"] as { version: number; marks: Record<string, { status: string; comment: string; by: string; at: string }> };
  expect(stored.version).toBe(1);
  const entries = Object.entries(stored.marks);
  expect(entries).toHaveLength(1);
  const [key, value] = entries[0];
  expect(key.startsWith(`${check}|`)).toBe(true);
  expect(value).toMatchObject({ status: "approved", comment: "Förklarad i not 3", by: "" });
  expect(value.at >= t0 && value.at <= new Date().toISOString()).toBe(true);

  // A second error approved ("7 fel, varav 2 godkända"), without a comment.
  const second = `.finding.sev-error:not([data-address='B8'])`;
  const secondAddress = await pane.page.getAttribute(second, "data-address");
  await mark(pane, second, "approved", "");
  expect(Object.keys(((await pane.doc()).settings["finsam.review"] as { marks: object }).marks)).toHaveLength(2);

  // A question keeps its finding open.
  const question = ".finding.sev-info";
  await mark(pane, question, "question", "");
  expect(await pane.page.locator(`.findings > .sheet-group ${question} [data-testid=review-mark]`).first().textContent()).toContain("Fråga");

  // Close and reopen the pane, validate again.
  await pane.page.reload();
  await pane.page.waitForSelector("[data-testid=validate]");
  await validate(pane);
  expect(await pane.page.textContent("[data-testid=approved] > summary")).toBe("Godkända (2)");
  expect((await pane.page.$$eval("[data-testid=approved] .finding", (els) => els.map((e) => e.getAttribute("data-address")))).sort()).toEqual(
    ["B8", secondAddress].sort(),
  );
  expect(await pane.page.$$eval(".findings > .sheet-group .finding.sev-error", (els) => els.length)).toBe(ERRORS - 2);
  expect(await chipCount(pane, "error")).toBe(ERRORS - 2);
  expect(await chipCount(pane, "info")).toBe(INFOS);
  expect(await pane.page.textContent("[data-testid=summary-approved]")).toBe(`${ERRORS} fel, varav 2 godkända`);
  expect(await pane.page.textContent("[data-testid=validate-status]")).toContain(", varav 2 godkända");
  const approvedMark = await pane.page.locator(`[data-testid=approved] ${SOLIDITET} [data-testid=review-mark]`).textContent();
  expect(approvedMark).toContain("Godkänd (förklarad)");
  expect(approvedMark).toContain("Förklarad i not 3");
  await pane.page.click("[data-testid=approved] > summary");
  await pane.shot("review-02-folded-after-reload");

  // Cleared one by one: the approved finding is open again.
  const approvedCard = pane.page.locator(`[data-testid=approved] ${SOLIDITET}`);
  await approvedCard.locator(".review-toggle").click();
  await approvedCard.locator("[data-testid=review-remove]").click();
  await pane.page.waitForSelector("[data-testid=review-status] >> text=borttagen");
  expect(await pane.page.textContent("[data-testid=approved] > summary")).toBe("Godkända (1)");
  expect(await pane.page.locator(`.findings > .sheet-group ${SOLIDITET}`).count()).toBe(1);
  expect(await chipCount(pane, "error")).toBe(ERRORS - 1);
  expect(Object.keys(((await pane.doc()).settings["finsam.review"] as { marks: object }).marks)).toHaveLength(2);

  // All at once: the document is exactly as before.
  await pane.page.click("[data-testid=review-clear-all]");
  await pane.page.waitForSelector("[data-testid=review-status] >> text=Alla granskningsmarkeringar");
  expect(contentOf(await pane.doc())).toEqual(before);
  expect(await pane.page.$$eval("[data-testid=review-mark]", (els) => els.length)).toBe(0);
});

test("the report sheet and finsam validate on the saved file show the same marks", async () => {
  pane = await openPane(await example());
  await validate(pane);
  await mark(pane, SOLIDITET, "approved", "Avrundning, se not 3");
  const question = ".finding.sev-info";
  const questionAddress = await pane.page.getAttribute(question, "data-address");
  await mark(pane, question, "question", "Stämmer mot huvudboken?");
  await pane.page.click("[data-testid=report]");
  await pane.page.waitForSelector("[data-testid=report-status].status-done");
  const doc = await pane.doc();
  const sheet = doc.sheets.find((x) => x.name === "Valideringsrapport")!;
  const cell = (r: number, c: number) => sheet.cells[`${r},${c}`]?.value ?? null;
  const rows: (string | number | boolean | null)[][] = [];
  for (let r = 0; cell(r, 0) !== null || cell(r + 1, 0) !== null; r++) rows.push(Array.from({ length: 15 }, (_, c) => cell(r, c)));
  const header = rows.findIndex((row) => row.includes("Granskning"));
  const col = (name: string) => rows[header].indexOf(name);
  expect([col("Granskning"), col("Kommentar"), col("Granskad av"), col("Granskad")].every((c) => c >= 0)).toBe(true);
  const body = rows.slice(header + 1);
  expect(body).toHaveLength(ERRORS + INFOS);
  const row = (sheetName: string, address: string) => body.filter((r) => r[col("Blad")] === sheetName && String(r[col("Celler")]).split(" · ")[0] === address);
  const [b8] = row("5-årsöversikt", "B8");
  expect([b8[col("Granskning")], b8[col("Kommentar")], b8[col("Granskad av")]]).toEqual(["Godkänd (förklarad)", "Avrundning, se not 3", ""]);
  const stored = (doc.settings["finsam.review"] as { marks: Record<string, { at: string }> }).marks;
  expect(Object.values(stored).map((m) => m.at)).toContain(b8[col("Granskad")]);
  expect(body.filter((r) => r[col("Granskning")] === "Fråga").map((r) => r[col("Kommentar")])).toEqual(["Stämmer mot huvudboken?"]);
  expect(body.filter((r) => r[col("Granskning")] !== "")).toHaveLength(2);
  expect(rows.some((r) => r.includes(`Fel ${ERRORS}, varav 1 godkänd · Varningar 0 · Information ${INFOS}`))).toBe(true);

  // The document's settings saved into the file the way Office stores them; the CLI reads the same marks.
  const file = path.join(ARTIFACTS, "review-marked.xlsx");
  fs.writeFileSync(file, withAddinSettings(fs.readFileSync(EXAMPLE_FILE), doc.settings));
  buildCli();
  const run = finsam(["validate", path.relative(path.resolve(__dirname, "../.."), file), "--json"]);
  const json = JSON.parse(run.stdout) as {
    findings: { sheet: string; cells: string[]; review?: { status: string; comment: string; by: string; at: string } }[];
  };
  const reviewed = json.findings.filter((f) => f.review);
  expect(reviewed).toHaveLength(2);
  const approved = reviewed.find((f) => f.review!.status === "approved")!;
  expect([approved.sheet, approved.cells.includes("B8"), approved.review!.comment, approved.review!.by]).toEqual([
    "5-årsöversikt",
    true,
    "Avrundning, se not 3",
    "",
  ]);
  expect(Object.values(stored).map((m) => m.at)).toContain(approved.review!.at);
  const asked = reviewed.find((f) => f.review!.status === "question")!;
  expect(asked.review!.comment).toBe("Stämmer mot huvudboken?");
  expect(asked.cells.join(",")).toContain(questionAddress!.split(",")[0]);
  // One error is approved: the other six still fail the run.
  expect(run.code).toBe(1);
}, 300_000);

test("marks that cannot be read are shown as such and not overwritten until the user removes them all", async () => {
  const doc = await example();
  doc.settings["finsam.review"] = { version: 99, marks: { "sum|B8|x": { status: "approved", comment: "", by: "", at: "" } } };
  pane = await openPane(doc);
  const before = contentOf(await pane.doc());
  expect(await pane.page.textContent("[data-testid=review-status]")).toContain("version 99");
  await validate(pane);
  expect(await pane.page.$$eval(".review-toggle", (els) => els.length)).toBe(0);
  expect(contentOf(await pane.doc())).toEqual(before);
  await pane.page.click("[data-testid=review-clear-all]");
  await pane.page.waitForSelector("[data-testid=review-status] >> text=Alla granskningsmarkeringar");
  expect((await pane.doc()).settings["finsam.review"]).toBeUndefined();
  expect(await pane.page.$$eval(".review-toggle", (els) => els.length)).toBe(ERRORS + INFOS);
});

test("a changed figure un-approves its finding; an unrelated edit does not", async () => {
  pane = await openPane(await example());
  await validate(pane);
  await mark(pane, SOLIDITET, "approved", "");
  await validate(pane);
  expect(await pane.page.textContent("[data-testid=approved] > summary")).toBe("Godkända (1)");

  // An edit elsewhere (a note typed far from the tables): the mark holds.
  await pane.page.evaluate(() => {
    const sheet = (window as any).__excelSim.host.doc.sheets.find((s: { name: string }) => s.name === "Resultaträkning");
    sheet.cells["60,10"] = { ...sheet.cells["0,0"], value: "Granskad av revisorn", formula: undefined };
  });
  await validate(pane);
  expect(await pane.page.textContent("[data-testid=approved] > summary")).toBe("Godkända (1)");

  // The printed soliditet changes from 32 % to 33 %: still wrong, but a new finding, open again.
  await pane.page.evaluate(() => {
    const sheet = (window as any).__excelSim.host.doc.sheets.find((s: { name: string }) => s.name === "5-årsöversikt");
    sheet.cells["7,1"].value = 0.33;
  });
  await validate(pane);
  expect(await pane.page.$("[data-testid=approved]")).toBeNull();
  const open = pane.page.locator(`.findings > .sheet-group ${SOLIDITET}`);
  expect(await open.count()).toBe(1);
  expect(await open.locator("[data-testid=review-mark]").count()).toBe(0);
  expect(await chipCount(pane, "error")).toBe(ERRORS);
  await pane.shot("review-03-unapproved");
});

test("toggling a filter chip keeps the focus on the chip (keyboard and mouse)", async () => {
  pane = await openPane(await example());
  await validate(pane);
  await pane.page.focus(".chip[data-severity=error]");
  await pane.page.keyboard.press("Space");
  await pane.page.waitForFunction(() => document.querySelectorAll(".finding.sev-error").length === 0);
  expect(await pane.page.evaluate(() => [document.activeElement?.getAttribute("data-severity"), document.activeElement?.getAttribute("aria-pressed")])).toEqual(
    ["error", "false"],
  );
  await pane.page.keyboard.press("Enter");
  expect(await pane.page.evaluate(() => [document.activeElement?.getAttribute("data-severity"), document.activeElement?.getAttribute("aria-pressed")])).toEqual(
    ["error", "true"],
  );
  await pane.page.click(".chip[data-severity=info]");
  expect(await pane.page.evaluate(() => [document.activeElement?.getAttribute("data-severity"), document.activeElement?.getAttribute("aria-pressed")])).toEqual(
    ["info", "false"],
  );
  // Tab goes on from the chip, not from the top of the page.
  await pane.page.keyboard.press("Shift+Tab");
  expect(await pane.page.evaluate(() => document.activeElement?.getAttribute("data-severity"))).toBe("warning");
});

test("the result is announced in the status region, which stays; a finding's name has its severity and keeps message and cells apart", async () => {
  pane = await openPane(await example());
  const region = await pane.page.$("[data-testid=validate-status]");
  expect(await region!.getAttribute("role")).toBe("status");
  await validate(pane);
  // The same element (a live region must exist before its text changes), visible, with the result.
  expect(await region!.evaluate((e) => e.isConnected && !e.closest("[hidden]") && e.getAttribute("role"))).toBe("status");
  const n = await pane.page.$$eval(".finding", (els) => els.length);
  const sheets = await pane.page.$$eval(".sheet-group", (els) => els.length);
  expect(n).toBe(ERRORS + INFOS);
  expect(await region!.textContent()).toBe(`Kontrollen är klar: ${n} avvikelser på ${sheets} blad.`);

  const message = (await pane.page.textContent(`${SOLIDITET} .message`))!.trim();
  const spokenName = (sel: string) =>
    pane.page
      .locator(sel)
      .first()
      .evaluate((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim());
  const name = await spokenName(`${SOLIDITET} .finding-main`);
  expect(name!.startsWith(`Fel: ${message}`)).toBe(true);
  expect(name).toMatch(/\. Celler: B8( ·|$|\.)/);
  // Chromium's accessibility tree gives the button that name.
  expect(await pane.page.getByRole("button", { name: `Fel: ${message}`, exact: false }).count()).toBeGreaterThan(0);
  // A finding across sheets names both places, each sheet's cells together.
  const cross = await spokenName(".finding[data-sheet='5-årsöversikt'][data-address='B7'] .finding-main");
  expect(cross).toMatch(/Celler: B7 · Balansräkning!C\d+/);
  const info = await spokenName(".finding.sev-info .finding-main");
  expect(info!.startsWith("Info: ")).toBe(true);
});

test("Escape closes the review editor and the approved fold, and leaves the focus on what opened them", async () => {
  pane = await openPane(await example());
  await validate(pane);
  const card = pane.page.locator(SOLIDITET).first();
  await card.locator(".review-toggle").click();
  expect(await card.locator(".review-toggle").getAttribute("aria-expanded")).toBe("true");
  // The focus is in the editor (on the first choice).
  expect(await pane.page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("approved");
  await pane.page.keyboard.press("Escape");
  expect(await card.locator(".review-editor").isHidden()).toBe(true);
  expect(await card.locator(".review-toggle").getAttribute("aria-expanded")).toBe("false");
  expect(await pane.page.evaluate(() => document.activeElement?.classList.contains("review-toggle"))).toBe(true);

  await mark(pane, SOLIDITET, "approved", "");
  // The approved finding moved into the closed fold; its heading has the focus.
  expect(await pane.page.evaluate(() => document.activeElement?.textContent)).toBe("Godkända (1)");
  await pane.page.keyboard.press("Enter");
  expect(await pane.page.$eval("[data-testid=approved]", (d) => (d as HTMLDetailsElement).open)).toBe(true);
  await pane.page.keyboard.press("Tab");
  await pane.page.keyboard.press("Escape");
  expect(await pane.page.$eval("[data-testid=approved]", (d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await pane.page.evaluate(() => document.activeElement?.textContent)).toBe("Godkända (1)");
});
