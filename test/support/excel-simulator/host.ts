/**
 * The Office and Excel globals the add-in sees, backed by a simulated document:
 * Office.onReady, Office.context (displayLanguage, officeTheme, document.settings, document.url),
 * Excel.run, and CustomFunctions.associate (recorded, for the shared runtime's functions chunk).
 */
import { SimHost, SimRequestContext } from "./api";
import { SimDocument, cloneDocument } from "./document";
import { EXCEL_ERROR_CODES } from "../excel-error-codes";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function createHost(doc: SimDocument, payloadLimit = DEFAULT_PAYLOAD_LIMIT): SimHost {
  return { doc, syncs: [], payloadLimit };
}

type Callback = (r: { status: string; error?: unknown; value?: unknown }) => void;

/** Office.context.document.settings: a working copy; saveAsync writes it into the document. */
export class SimSettings {
  private working: Record<string, unknown>;

  constructor(private readonly host: SimHost) {
    this.working = JSON.parse(JSON.stringify(host.doc.settings));
  }

  get(name: string): unknown {
    return name in this.working ? JSON.parse(JSON.stringify(this.working[name])) : null;
  }

  set(name: string, value: unknown): void {
    this.working[name] = JSON.parse(JSON.stringify(value));
  }

  remove(name: string): void {
    delete this.working[name];
  }

  saveAsync(optionsOrCb?: unknown, cb?: Callback): void {
    const callback = (typeof optionsOrCb === "function" ? optionsOrCb : cb) as Callback | undefined;
    this.host.doc.settings = JSON.parse(JSON.stringify(this.working));
    this.host.onSync?.(true);
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }

  refreshAsync(cb?: Callback): void {
    this.working = JSON.parse(JSON.stringify(this.host.doc.settings));
    setTimeout(() => cb?.({ status: "succeeded", value: this }), 0);
  }
}

export interface SimGlobals {
  Office: unknown;
  Excel: unknown;
  CustomFunctions: unknown;
  /** Ids registered through CustomFunctions.associate. */
  registeredFunctions: string[];
}

/** Office.context.officeTheme as Office gives it (hex colours; undefined where the host has no theme). */
export interface SimOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

export function createGlobals(host: SimHost, displayLanguage = "sv-SE", url = "", excelApi = "1.9", officeTheme?: SimOfficeTheme): SimGlobals {
  const registeredFunctions: string[] = [];
  const settings = new SimSettings(host);
  const ready = { host: "Excel", platform: "OfficeOnline" };
  const Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb?: (info: typeof ready) => void) {
      return new Promise((resolve) =>
        setTimeout(() => {
          cb?.(ready);
          resolve(ready);
        }, 0),
      );
    },
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      officeTheme,
      document: { settings, url: url || host.doc.name },
      requirements: {
        isSetSupported: (set: string, version?: string) => set === "ExcelApi" && (!version || Number(version) <= Number(excelApi)),
      },
    },
  };
  const Excel = {
    RequestContext: function () {
      return new SimRequestContext(host);
    },
    async run<T>(batch: (ctx: SimRequestContext) => Promise<T>): Promise<T> {
      const ctx = new SimRequestContext(host);
      const result = await batch(ctx);
      await ctx.sync();
      return result;
    },
  };
  class CFError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const CustomFunctions = {
    associate(id: string | Record<string, unknown>) {
      if (typeof id === "string") registeredFunctions.push(id);
      else registeredFunctions.push(...Object.keys(id));
    },
    Error: CFError,
    ErrorCode: { ...EXCEL_ERROR_CODES },
  };
  return { Office, Excel, CustomFunctions, registeredFunctions };
}

export { cloneDocument };
