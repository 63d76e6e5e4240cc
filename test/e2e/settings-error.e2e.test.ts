/**
 * Issue 12 §4: the pane reads a ceiling kept in a range with the same strict parser as
 * FINSAM.RESERVE, and a range that is not a rule shows that parser's message in the pane's
 * language, not "could not read the workbook, restart Excel".
 */
import { documentFromGrid } from "../support/excel-simulator/from-grid";
import type { SimDocument } from "../support/excel-simulator/document";
import { Pane, openPane, checkEachPane } from "./support/pane";

let pane: Pane;

checkEachPane(() => pane);

function withCeilingRange(rate: number | string): SimDocument {
  const doc = documentFromGrid(
    {
      sheets: [
        { name: "RR", rows: [[{ value: "Årets resultat" }, { value: 1 }]] },
        {
          name: "Parametrar",
          rows: [
            [{ value: "Från" }, { value: "Sats" }],
            [{ value: 0 }, { value: rate }],
          ],
        },
      ],
    },
    "Regel.xlsx",
  );
  doc.settings = { "finsam.config": { ceiling: { kind: "range", ref: "Parametrar!A1:B2", mode: "marginal" } } };
  return doc;
}

test.each([
  ["sv-SE", 'Tak för eget kapital, Parametrar!A1:B2: Regeln, rad 2 kolumn 2: väntade ett tal, fick "12 %".'],
  ["en-GB", 'Equity ceiling, Parametrar!A1:B2: The rule, row 2 column 2: expected a number, got "12 %".'],
])("a rate kept as text in the ceiling range (%s) is refused with the parser's message", async (displayLanguage, message) => {
  pane = await openPane(withCeilingRange("12 %"), { displayLanguage });
  await pane.page.click("[data-testid=validate]");
  await pane.page.waitForSelector("[data-testid=validate-status].status-error");
  expect(await pane.page.textContent("[data-testid=validate-status]")).toBe(message);
});

test("a valid range validates", async () => {
  pane = await openPane(withCeilingRange(0.12));
  await pane.page.click("[data-testid=validate]");
  await pane.page.waitForSelector("[data-testid=results] .finding, [data-testid=results] .empty-state");
  expect(await pane.page.$("[data-testid=validate-status].status-error")).toBeNull();
});
