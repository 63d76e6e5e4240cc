/**
 * Served in place of office.js in the browser tests. Reads the document from
 * window.__FINSAM_SIM__ (set by the test before the page loads; or generated from a spec), or from sessionStorage
 * when the pane is reloaded (the document outlives the pane, as in Excel), installs
 * the Office/Excel globals and exposes the host as window.__excelSim for the test.
 */
import { createGlobals, createHost, SimOfficeTheme } from "./host";
import type { SimDocument } from "./document";
import { GenerateSpec, generateDocument } from "./generate";

interface SimInit {
  /** The document, or a spec to generate a large one in the page. */
  doc?: SimDocument;
  generate?: GenerateSpec;
  displayLanguage?: string;
  payloadLimit?: number;
  latencyMs?: number;
  /** Highest ExcelApi requirement set the host supports (default 1.9). */
  excelApi?: string;
  /** Office's theme; none: a host without one (the pane follows prefers-color-scheme). */
  officeTheme?: SimOfficeTheme;
}

const STORAGE_KEY = "finsam-sim-document";
const w = window as unknown as Record<string, unknown> & { __FINSAM_SIM__?: SimInit };
const init = w.__FINSAM_SIM__;
if (!init) throw new Error("Excel simulator: window.__FINSAM_SIM__ is not set");
const stored = sessionStorage.getItem(STORAGE_KEY);
const doc: SimDocument = stored ? (JSON.parse(stored) as SimDocument) : (init.doc ?? generateDocument(init.generate!));
const host = createHost(doc, init.payloadLimit);
host.latencyMs = init.latencyMs;
// Keep the document across a reload of the pane; a document too large for sessionStorage just isn't kept.
const persist = () => {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(host.doc));
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
};
host.onSync = (changed) => changed && persist();
if (init.doc) persist();
const g = createGlobals(host, init.displayLanguage ?? "sv-SE", "", init.excelApi, init.officeTheme);
w.Office = g.Office;
w.Excel = g.Excel;
w.CustomFunctions = g.CustomFunctions;
w.__excelSim = { host, registeredFunctions: g.registeredFunctions };
