/**
 * Member contributions per member: the state 50 %, the region 25 %, the municipalities 25 %
 * split by population, "S:a kommuner", the total; each member's share in a percent column.
 * Always in whole kronor, as the contributions are decided.
 */
import { MeasureKey, ReportContent, measureYear } from "./content";
import type { HouseStyle } from "./house-style";
import { item, total } from "./rows";
import type { ColumnSpec, TableSpec } from "./table-spec";

/** The figure a row's "Andel" shows: its share of the total, or for a municipality (with that style) its key within the municipal quarter. */
function shareOf(style: HouseStyle): (figure: string) => string | null {
  return (f) => {
    if (f === "rr.medlemsavgifter") return null;
    if (style.memberShare === "of-municipal-part" && /^member\.k\d+$/.test(f)) return f.replace("member.", "key.");
    return f.replace("member.", "share.");
  };
}

export function memberSplit(content: ReportContent, style: HouseStyle, measures: [MeasureKey, MeasureKey], shareLast: boolean): TableSpec {
  const kommuner = content.municipalities.map((k, i) => item(`k${i}`, k.name, `member.k${i}`));
  const share: ColumnSpec = { measure: measures[0], header: `Andel ${measureYear(measures[0])}`, percent: true, figure: shareOf(style) };
  return {
    id: "member-split",
    kind: "member-split",
    title: "Medlemsavgifter per medlem",
    sheet: { swedish: "Medlemsavgifter", abbreviated: "Medl" },
    columns: shareLast ? [{ measure: measures[0] }, { measure: measures[1] }, share] : [share, { measure: measures[0] }, { measure: measures[1] }],
    costsPositive: false,
    unit: "kr",
    codeBase: 3010,
    rows: [
      item("state", "Staten (FK och AF)", "member.state"),
      item("region", content.region, "member.region"),
      ...kommuner,
      total(
        "kommuner",
        "kommuner",
        "member.kommuner",
        kommuner.map((k) => k.id),
        { generic: true },
      ),
      total("total", "Totalt medlemsavgifter", "rr.medlemsavgifter", ["state", "region", "kommuner"]),
    ],
  };
}
