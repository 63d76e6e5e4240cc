/**
 * The driftsredovisning: costs per verksamhetsområde. With one header row, the costs of two
 * years; with two, "Utfall N" spanning Intäkt | Kostnad | Netto, "Budget N" over Netto, and
 * "Avvikelse" relating the Netto columns (the layout of issue 9, class 4).
 */
import { ReportContent, budget, utfall } from "./content";
import type { HouseStyle } from "./house-style";
import { item, total } from "./rows";
import type { ColumnSpec, TableSpec } from "./table-spec";

const AREAS: [string, string][] = [
  ["medlem", "Medlemsavgifter"],
  ["individ", "Individinriktade insatser"],
  ["struktur", "Strukturövergripande insatser"],
  ["kansli", "Kansli och administration"],
  ["styrelse", "Styrelse"],
];

export function driftsredovisning(content: ReportContent, style: HouseStyle): TableSpec {
  const n = content.year;
  const twoRow = style.headerRows === "two-row";
  const areas = twoRow ? AREAS : AREAS.slice(1);
  const suffix = (s: string) => (f: string) => `${f}.${s}`;
  const forward = style.differenceConvention === "first-minus-second";
  const columns: ColumnSpec[] = twoRow
    ? [
        { measure: utfall(n), top: `Utfall ${n}`, header: "Intäkt", figure: suffix("int") },
        { measure: utfall(n), top: `Utfall ${n}`, header: "Kostnad", figure: suffix("kost") },
        {
          measure: utfall(n),
          top: `Utfall ${n}`,
          header: "Netto",
          derived: [
            { col: 0, coef: 1 },
            { col: 1, coef: -1 },
          ],
        },
        { measure: budget(n), top: `Budget ${n}`, header: "Netto", figure: suffix("netto") },
        {
          measure: utfall(n),
          top: "Avvikelse",
          header: forward ? "Utfall−Budget netto" : "Budget−Utfall netto",
          derived: forward
            ? [
                { col: 2, coef: 1 },
                { col: 3, coef: -1 },
              ]
            : [
                { col: 3, coef: 1 },
                { col: 2, coef: -1 },
              ],
        },
      ]
    : [
        { measure: utfall(n), figure: suffix("kost") },
        { measure: utfall(n - 1), figure: suffix("kost") },
      ];
  const rows = areas.map(([id, label]) => item(id, label, `drift.${id}`));
  return {
    id: "drift",
    kind: "drift",
    title: `Driftsredovisning ${n}`,
    sheet: { swedish: "Driftsredovisning", abbreviated: "Drift" },
    columns,
    costsPositive: true,
    unit: style.overviewPrecision === "whole-tkr" ? "tkr0" : undefined,
    unitInLabels: true,
    codeBase: 5000,
    rows: [
      ...rows,
      total(
        "total",
        twoRow ? "Totalt" : "kostnader",
        "drift.total",
        rows.map((r) => r.id),
        { generic: !twoRow },
      ),
    ],
  };
}
