/**
 * Member contributions per member: the state 50 %, the region 25 %, the municipalities 25 %
 * split by population, "S:a kommuner", the total; the share of the total in a percent column.
 * Always in whole kronor, as the contributions are decided.
 */
import { MeasureKey, ReportContent } from "./content";
import { item, total } from "./rows";
import type { TableSpec } from "./table-spec";

export function memberSplit(content: ReportContent, measures: [MeasureKey, MeasureKey]): TableSpec {
  const kommuner = content.municipalities.map((k, i) => item(`k${i}`, k.name, `member.k${i}`));
  return {
    id: "member-split",
    kind: "member-split",
    title: "Medlemsavgifter per medlem",
    sheet: { swedish: "Medlemsavgifter", abbreviated: "Medl" },
    columns: [
      { measure: measures[0], header: "Andel", percent: true, figure: (f) => (f === "rr.medlemsavgifter" ? null : f.replace("member.", "share.")) },
      { measure: measures[0] },
      { measure: measures[1] },
    ],
    costsPositive: false,
    unit: "kr",
    codeBase: 3010,
    rows: [
      item("state", "Staten (FK och AF)", "member.state"),
      item("region", content.region, "member.region"),
      ...kommuner,
      total("kommuner", "kommuner", "member.kommuner", kommuner.map((k) => k.id), { generic: true }),
      total("total", "Totalt medlemsavgifter", "rr.medlemsavgifter", ["state", "region", "kommuner"]),
    ],
  };
}
