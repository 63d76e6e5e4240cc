/**
 * Renders the findings list model: the summary, the severity chips, the open findings by
 * sheet and severity, and the approved ones folded under "Godkända (n)". Each finding's
 * button goes to its first place (click, Enter or Space); its accessible name says the
 * severity in words and keeps message and cells apart. A finding that spans sheets also
 * offers a button per place.
 */
import { basisText } from "../findings/basis-text";
import type { Finding, Severity } from "../findings/finding";
import { Place, placesBySheet } from "../excel/cell-ref";
import { h } from "./dom";
import type { Lang, Translate } from "./i18n";
import { FindingsListModel, SEVERITIES, SheetGroup } from "./findings-model";
import { approvedClause, approvedHeading } from "../findings/review-apply";
import { sheetRef } from "../model/grid";

const SEVERITY_KEY = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;
const SEVERITY_WORD = { error: "sevWordError", warning: "sevWordWarning", info: "sevWordInfo" } as const;

export interface FindingsViewProps {
  model: FindingsListModel;
  t: Translate;
  lang: Lang;
  onGo: (place: Place) => void;
  onFilter: (severity: Severity) => void;
  /** Extra content of a finding's card (its review mark and controls). */
  decorate?: (f: Finding) => HTMLElement | null;
}

const COUNT_KEY = {
  error: ["countErrorOne", "countError"],
  warning: ["countWarningOne", "countWarning"],
  info: ["countInfoOne", "countInfo"],
} as const;

/** "7 fel, varav 2 godkända · 9 information, varav 1 godkänd": only the severities with approved findings. */
export function approvedSummary(m: FindingsListModel, t: Translate, lang: Lang): string {
  return SEVERITIES.filter((s) => m.counts.approved[s] > 0)
    .map((s) => {
      const [one, many] = COUNT_KEY[s];
      const all = m.counts.total[s];
      return `${all === 1 ? t(one) : t(many, all)}${approvedClause(m.counts.approved[s])[lang]}`;
    })
    .join(" · ");
}

export function renderFindings(p: FindingsViewProps): HTMLElement {
  const { model: m, t } = p;
  return h(
    "div",
    { class: "findings" },
    h("p", { class: "summary", "data-testid": "summary", tabindex: -1 }, t("findingsCount", m.total, m.sheetCount)),
    m.approvedCount > 0 ? h("p", { class: "summary-approved", "data-testid": "summary-approved" }, approvedSummary(m, t, p.lang)) : null,
    h(
      "div",
      { class: "filters", role: "group", "aria-label": t("filterLabel") },
      ...m.chips.map((c) =>
        h(
          "button",
          {
            type: "button",
            class: `chip sev-${c.severity}`,
            "aria-pressed": String(c.shown),
            "data-severity": c.severity,
            onclick: () => p.onFilter(c.severity),
          },
          h("span", { class: "dot", "aria-hidden": "true" }),
          `${t(SEVERITY_KEY[c.severity])} `,
          h("span", { class: "count" }, c.open),
        ),
      ),
    ),
    m.allHidden ? h("p", { class: "empty" }, t("hiddenByFilter")) : null,
    ...m.groups.map((g) => renderSheetGroup(g, p)),
    m.approvedCount > 0
      ? h(
          "details",
          { class: "approved-fold", "data-testid": "approved" },
          h("summary", {}, approvedHeading(m.approvedCount)[p.lang]),
          ...m.approved.map((g) => renderSheetGroup(g, p)),
        )
      : null,
  );
}

function renderSheetGroup(g: SheetGroup, p: FindingsViewProps): HTMLElement {
  return h(
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
  );
}

const shown = (address: string) => address.split(",").join(", ");

/** Where a finding is, as shown: "B8 · Balansräkning!C17, C12 · 'Not 6'!B9" (Excel's quoting, sheetRef). */
function whereText(f: Finding, places: Place[], sep: string): string {
  return places.map((pl) => (pl.sheet === f.sheet ? shown(pl.address) : sheetRef(pl.sheet, shown(pl.address)))).join(sep);
}

/** A piece of a finding's button; a spoken piece is for a screen reader only (visually hidden). */
export interface NamePiece {
  text: string;
  class?: "message" | "where" | "other" | "basis";
  spoken?: true;
}

/**
 * What a finding's button holds, so that its accessible name is its visible text with the severity
 * in words and the cells announced: "Fel: Soliditet … 31,2 %. Celler: B8 · Balansräkning!C17, C12".
 * (A name of its own, aria-label, would have to repeat the visible text: WCAG 2.5.3.)
 */
export function findingPieces(f: Finding, t: Translate, lang: Lang): NamePiece[] {
  const stop = (s: string) => (/[.!?…]$/.test(s) ? " " : ". ");
  const message = f.message[lang].trim();
  const pieces: NamePiece[] = [
    { text: `${t(SEVERITY_WORD[f.severity])}: `, spoken: true },
    { text: message, class: "message" },
    { text: stop(message) + t("cellsPrefix", ""), spoken: true },
    { text: whereText(f, placesBySheet(f), " · "), class: "where" },
  ];
  if (f.other)
    pieces.push({ text: ". ", spoken: true }, { text: t("otherSide", `${f.other.workbook} › ${sheetRef(f.other.sheet, f.other.cell)}`), class: "other" });
  if (f.basis) pieces.push({ text: ". ", spoken: true }, { text: t("basisPrefix", basisText(f.basis, lang)), class: "basis" });
  return pieces;
}

/** The accessible name the pieces give. */
export const findingName = (pieces: readonly NamePiece[]): string => pieces.map((p) => p.text).join("");

function renderFinding(f: Finding, p: FindingsViewProps): HTMLElement {
  const places = placesBySheet(f);
  const go = () => places[0] && p.onGo(places[0]);
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
        ...findingPieces(f, p.t, p.lang).map((piece) =>
          piece.spoken
            ? h("span", { class: "visually-hidden" }, piece.text)
            : h("span", { class: piece.class, ...(piece.class === "other" ? { "data-testid": "other-side" } : {}) }, piece.text),
        ),
      ),
      places.length > 1
        ? h(
            "div",
            { class: "places" },
            ...places.map((pl) =>
              h(
                "button",
                { type: "button", class: "link", "data-sheet": pl.sheet, "data-address": pl.address, onclick: stop(() => p.onGo(pl)) },
                p.t("goTo", sheetRef(pl.sheet, shown(pl.address))),
              ),
            ),
          )
        : null,
      p.decorate?.(f) ?? null,
    ),
  );
}
