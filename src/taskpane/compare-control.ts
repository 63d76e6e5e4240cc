/**
 * "Jämför med annan arbetsbok": the user picks an .xlsx file from disk; it is parsed here in
 * the browser by the same reader as the command line (loaded on demand as its own chunk,
 * nothing is fetched or sent), recognised as last year's annual report or a budget (the
 * user can change it), and the next validation relates this workbook to it. The choice is
 * remembered in the document settings by file name and role only.
 */
import type { CompanionRole, DocumentInput } from "../documents/validate-documents";
import { recogniseDocument } from "../documents/document";
import { STORE_KEYS } from "../excel/document-store";
import type { Workbook } from "../model/grid";
import { clear, h } from "./dom";
import type { PaneContext } from "./pane-context";
import { causeOf } from "./status";

interface Remembered {
  file: string;
  role: CompanionRole;
}

export interface CompareControl {
  element: HTMLElement;
  /** The workbooks to compare with in the next validation (none until a file is picked). */
  companions(): DocumentInput[];
}

export function createCompareControl(ctx: PaneContext, revalidate: () => void): CompareControl {
  const { t } = ctx;
  let companion: { workbook: Workbook; role: CompanionRole } | null = null;
  const roleText = (r: CompanionRole) => (r === "prior-year-report" ? t("compareRolePrior") : t("compareRoleBudget"));
  const info = h("span", { class: "compare-info", "data-testid": "compare-info", role: "status" });
  const input = h("input", { type: "file", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data-testid": "compare-file" });
  const pick = h("label", { class: "secondary" }, t("compareButton"), input);

  const remember = async (r: Remembered | null) => {
    if (r) ctx.store.set(STORE_KEYS.compare, r);
    else ctx.store.remove(STORE_KEYS.compare);
    await ctx.store.save().catch(() => undefined); // remembering is a convenience; comparing goes on without it
  };

  const show = () => {
    clear(info);
    if (!companion) {
      const last = ctx.store.get<Remembered>(STORE_KEYS.compare);
      if (last) info.append(t("compareRemembered", last.file, roleText(last.role)));
      return;
    }
    const name = companion.workbook.name ?? "";
    const select = h(
      "select",
      {
        "data-testid": "compare-role",
        "aria-label": t("compareRole"),
        onchange: () => {
          companion = { ...companion!, role: select.value as CompanionRole };
          void remember({ file: name, role: companion.role });
          revalidate();
        },
      },
      ...(["prior-year-report", "budget"] as const).map((r) => h("option", { value: r, selected: r === companion!.role }, roleText(r))),
    );
    const stop = h(
      "button",
      {
        type: "button",
        class: "link",
        "data-testid": "compare-remove",
        onclick: () => {
          companion = null;
          void remember(null);
          show();
          revalidate();
        },
      },
      t("compareRemove"),
    );
    info.append(t("compareWith", name), " ", select, " ", stop);
  };

  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    clear(info);
    info.append(t("compareReading", file.name));
    void (async () => {
      try {
        const bytes = await file.arrayBuffer();
        const { readXlsxInMemory } = await import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/read-xlsx-in-memory");
        const workbook = await readXlsxInMemory(bytes, file.name);
        const recognised = recogniseDocument(file.name, ctx.understand(workbook));
        companion = { workbook, role: recognised.kind === "annual-report" ? "prior-year-report" : "budget" };
        await remember({ file: file.name, role: companion.role });
        show();
        revalidate();
      } catch (e) {
        clear(info);
        const why = e && typeof e === "object" && "sv" in e ? String((e as Record<string, unknown>)[ctx.lang]) : causeOf(e);
        info.append(h("span", { class: "status-error", role: "alert" }, `${t("compareError", file.name)} ${why}`));
      }
    })();
  });

  show();
  return {
    element: h("div", { class: "compare", "data-testid": "compare" }, pick, info),
    companions: () => (companion ? [{ workbook: companion.workbook, role: companion.role }] : []),
  };
}
