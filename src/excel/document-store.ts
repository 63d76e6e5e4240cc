/**
 * What the add-in keeps in the document (Office.context.document.settings): settings,
 * and the snapshots that let it take back highlighting and formatting after the pane
 * was closed. saveAsync persists them with the file.
 */
export interface DocumentStore {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  save(): Promise<void>;
}

export const STORE_KEYS = {
  config: "finsam.config",
  highlight: "finsam.highlight",
  format: "finsam.format",
  report: "finsam.report",
  /** The workbook the pane compares with: its file name and role only. */
  compare: "finsam.compare",
} as const;

export function officeSettingsStore(settings: Office.Settings): DocumentStore {
  return {
    get: <T>(key: string) => (settings.get(key) as T | undefined) ?? null,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise((resolve, reject) =>
        // Office.AsyncResultStatus.Failed is the string "failed".
        settings.saveAsync((r) => (String(r.status) === "failed" ? reject(r.error) : resolve())),
      ),
  };
}
