/**
 * The findings list: grouped by sheet (workbook order), then severity; each finding is
 * focusable (its message already carries expected, actual, difference and tolerance),
 * and click or Enter goes to its first place; a finding that spans sheets
 * also offers a button per place.
 */
import { basisText } from "../findings/basis-text";
import { Finding, SEVERITY_ORDER, Severity } from "../findings/finding";
import { Place, placesBySheet } from "../excel/cell-ref";
import { h } from "./dom";
import { Lang, Translate } from "./i18n";

export interface SheetGroup {
  sheet: string;
  count: number;
  bySeverity: { severity: Severity; findings: Finding[] }[];
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** Groups findings by sheet (in `sheetOrder`, unknown sheets last) and severity. */
export function groupFindings(findings: Finding[], sheetOrder: string[]): SheetGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  const rank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...bySheet.keys()]
    .sort((a, b) => rank(a) - rank(b))
    .map((sheet) => {
      const list = bySheet.get(sheet)!;
      return {
        sheet,
        count: list.length,
        bySeverity: [...SEVERITIES]
          .sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])
          .map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) }))
          .filter((g) => g.findings.length > 0),
      };
    });
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const SEVERITY_KEY = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

export interface FindingsViewProps {
  findings: Finding[];
  sheetOrder: string[];
  filter: Set<Severity>;
  t: Translate;
  lang: Lang;
  onGo: (place: Place) => void;
  onFilter: (severity: Severity) => void;
}

export function renderFindings(p: FindingsViewProps): HTMLElement {
  const counts = countBySeverity(p.findings);
  const visible = p.findings.filter((f) => p.filter.has(f.severity));
  const groups = groupFindings(visible, p.sheetOrder);
  const sheetCount = new Set(p.findings.map((f) => f.sheet)).size;
  return h(
    "div",
    { class: "findings" },
    h("p", { class: "summary", "data-testid": "summary" }, p.t("findingsCount", p.findings.length, sheetCount)),
    h(
      "div",
      { class: "filters", role: "group", "aria-label": p.t("filterLabel") },
      ...SEVERITIES.map((s) =>
        h(
          "button",
          {
            type: "button",
            class: `chip sev-${s}`,
            "aria-pressed": String(p.filter.has(s)),
            "data-severity": s,
            onclick: () => p.onFilter(s),
          },
          h("span", { class: "dot", "aria-hidden": "true" }),
          `${p.t(SEVERITY_KEY[s])} `,
          h("span", { class: "count" }, counts[s]),
        ),
      ),
    ),
    groups.length === 0 ? h("p", { class: "empty" }, p.t("hiddenByFilter")) : null,
    ...groups.map((g) =>
      h(
        "section",
        { class: "sheet-group", "data-sheet": g.sheet },
        h("h3", {}, h("span", { class: "sheet-name" }, g.sheet), " ", h("span", { class: "badge" }, g.count)),
        ...g.bySeverity.map((sg) =>
          h(
            "div",
            { class: "severity-group" },
            h("h4", { class: `sev-title sev-${sg.severity}` }, `${p.t(SEVERITY_KEY[sg.severity])} (${sg.findings.length})`),
            h("ul", { class: "finding-list" }, ...sg.findings.map((f) => renderFinding(f, p))),
          ),
        ),
      ),
    ),
  );
}

function renderFinding(f: Finding, p: FindingsViewProps): HTMLElement {
  const places = placesBySheet(f);
  const go = () => places[0] && p.onGo(places[0]);
  const shown = (address: string) => address.split(",").join(", ");
  const where = places.map((pl) => (pl.sheet === f.sheet ? shown(pl.address) : `${pl.sheet}!${shown(pl.address)}`)).join(" · ");
  const stop = (fn: () => void) => (ev: Event) => {
    ev.stopPropagation();
    fn();
  };
  return h(
    "li",
    {
      class: `finding sev-${f.severity}`,
      "data-check": f.check,
      "data-sheet": places[0]?.sheet,
      "data-address": places[0]?.address,
      // The whole card is a click target; the keyboard uses the button inside (Enter or Space).
      onclick: go,
    },
    h("span", { class: "dot", "aria-hidden": "true" }),
    h(
      "div",
      { class: "finding-body" },
      h(
        "button",
        { type: "button", class: "finding-main", onclick: stop(go) },
        h("span", { class: "message" }, f.message[p.lang]),
        h("span", { class: "where" }, where),
        f.basis ? h("span", { class: "basis" }, p.t("basisPrefix", basisText(f.basis, p.lang))) : null,
      ),
      places.length > 1
        ? h(
            "div",
            { class: "places" },
            ...places.map((pl) =>
              h(
                "button",
                { type: "button", class: "link", "data-sheet": pl.sheet, "data-address": pl.address, onclick: stop(() => p.onGo(pl)) },
                p.t("goTo", `${pl.sheet}!${shown(pl.address)}`),
              ),
            ),
          )
        : null,
    ),
  );
}
