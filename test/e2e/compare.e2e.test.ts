/**
 * "Jämför med annan arbetsbok" in the built pane: the annual report 2023 (000) is open in
 * the Excel simulator; the user picks the budget 2024 (004) from disk. The cross-document
 * findings join the list with the other side as text, a click selects this workbook's
 * cells, the reader arrives as its own chunk only then, and no request leaves localhost
 * or carries the file.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { seed000 } from "../../examples/src/seed-000";
import { seed004 } from "../../examples/src/seed-004";
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import { BUDGET_2023_LINES } from "../documents/fixtures/register-000-004";
import { gridCell } from "../documents/grid-cell";
import { eventually } from "./support/eventually";
import { Pane, openPane, checkEachPane } from "./support/pane";

const R000 = path.resolve(__dirname, "../../examples/000-arsredovisning-2023.xlsx");
const R004 = path.resolve(__dirname, "../../examples/004-budget-2024.xlsx");
const kansli = BUDGET_2023_LINES.find((l) => l.label000 === "Kansli")!;

let pane: Pane;

checkEachPane(() => pane);

test("pick 004 from disk: the findings across the two documents, click one, the report sheet names the other side, the choice remembered by file name", async () => {
  pane = await openPane(documentFromGrid((await readXlsx(R000)).workbook, "000-arsredovisning-2023.xlsx"));
  const before = pane.requests.length;
  expect(pane.requests.some((u) => u.endsWith("/xlsx-reader.js"))).toBe(false);

  await pane.page.setInputFiles("[data-testid=compare-file]", {
    name: "004-budget-2024.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: fs.readFileSync(R004),
  });
  await pane.page.waitForSelector("[data-testid=results] .finding[data-check=adopted-budget]");
  expect(await pane.page.inputValue("[data-testid=compare-role]")).toBe("budget");

  const here = gridCell(seed000(), "Budget och utfall", "Kansli", kansli.value000);
  const there = gridCell(seed004(), "Budget brutto", "Kansli", kansli.value004);
  const card = pane.page.locator(".finding.sev-error[data-check=adopted-budget]");
  expect(await card.count()).toBe(1);
  expect(await card.locator("[data-testid=other-side]").textContent()).toBe(`Jämfört med 004-budget-2024.xlsx › 'Budget brutto'!${there}`);
  expect(await pane.page.locator(".finding[data-check=member-contributions-across]").count()).toBe(1);
  await pane.shot("20-compare");

  const address = await card.getAttribute("data-address");
  expect(address!.split(",")[0]).toBe(here);
  await card.click();
  const selection = await eventually(
    async () => (await pane.doc()).selection,
    (s) => s.sheet === "Budget och utfall" && s.address === address,
  );
  expect(selection).toEqual({ sheet: "Budget och utfall", address });

  const after = pane.requests.slice(before);
  expect(after.some((u) => u.endsWith("/xlsx-reader.js"))).toBe(true);
  expect(after.filter((u) => /004|budget-2024/i.test(u))).toEqual([]);
  expect((await pane.doc()).settings["finsam.compare"]).toEqual({ file: "004-budget-2024.xlsx", role: "budget" });

  // The report sheet names the other workbook's cell in its own column, as text.
  await pane.page.click("[data-testid=report]");
  await pane.page.waitForSelector("[data-testid=report-status].status-done");
  const report = (await pane.doc()).sheets.find((sh) => sh.name === "Valideringsrapport")!;
  const values = Object.values(report.cells).map((c) => String(c.value));
  expect(values).toContain("Jämfört med");
  expect(values.filter((v) => v === `004-budget-2024.xlsx › 'Budget brutto'!${there}`)).toHaveLength(1);

  await pane.page.reload();
  await pane.page.waitForSelector("[data-testid=compare-info]");
  expect(await pane.page.textContent("[data-testid=compare-info]")).toContain("004-budget-2024.xlsx");
});
