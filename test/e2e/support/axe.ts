/**
 * axe-core in the pane under test: its source is evaluated in the page through the
 * DevTools protocol (the page's Content-Security-Policy forbids inline scripts, and
 * nothing is fetched from the network), then run with the WCAG 2.2 A/AA rules.
 */
import * as axe from "axe-core";
import type { Page } from "playwright-core";

export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The violations of the WCAG 2.2 AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof import("axe-core") };
    const r = await w.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, WCAG_22_AA);
}

/** Only what blocks or seriously hinders a user (axe's "serious" and "critical"). */
export const serious = (vs: Violation[]) => vs.filter((v) => v.impact === "serious" || v.impact === "critical");
