/** The 5-årsöversikt of the förvaltningsberättelse: five years, the last two the statements' figures. */
import { ReportContent, utfall } from "./content";
import type { HouseStyle } from "./house-style";
import { item } from "./rows";
import type { TableSpec } from "./table-spec";

export function fiveYearOverview(content: ReportContent, style: HouseStyle, rising: boolean): TableSpec {
  const years = [0, 1, 2, 3, 4].map((k) => content.year - k);
  if (rising) years.reverse();
  return {
    id: "five-year",
    kind: "five-year",
    title: "Flerårsöversikt",
    sheet: { swedish: "5-årsöversikt", abbreviated: "Flerårsöversikt" },
    columns: years.map((y) => ({ measure: utfall(y) })),
    costsPositive: style.costs === "positive",
    unit: style.overviewPrecision === "whole-tkr" ? "tkr0" : undefined,
    unitInLabels: true,
    codeBase: 9000,
    rows: [
      item("intakter", "Verksamhetens intäkter", "rr.intakter"),
      item("kostnader", "Verksamhetens kostnader", "rr.kostnader", { cost: true }),
      item("resultat", "Årets resultat", "rr.resultat"),
      item("ek", "Eget kapital", "br.ek"),
      item("oms", "Balansomslutning", "br.tillgangar"),
      item("soliditet", "Soliditet", "ratio.soliditet", { format: "percent" }),
      item("staff", "Antal anställda", "staff", { format: "count" }),
    ],
  };
}
