/**
 * Budget tables: the annual report's sammanställning av budget och utfall (Budget N, Utfall N,
 * Differens), and a budget document's Budget N+1 against Budget N with Skillnad and the equity
 * roll-forward. Costs positive, as budgets show them; a flat cost list or sections with their own
 * "Summa …", a booked line named "Summa kansli och styrelse", and "Totalt" over them.
 */
import { MeasureKey, ReportContent, budget, measureYear, utfall } from "./content";
import type { HouseStyle } from "./house-style";
import { heading, item, total } from "./rows";
import type { ColumnSpec, RowSpec, TableSpec } from "./table-spec";

function differenceColumns(style: HouseStyle, first: MeasureKey, second: MeasureKey, names: [string, string], word: string): ColumnSpec[] {
  const forward = style.differenceConvention === "first-minus-second";
  return [
    { measure: first, header: names[0] },
    { measure: second, header: names[1] },
    {
      measure: first,
      header: forward ? `${word} (${names[0]} − ${names[1]})` : `${word} (${names[1]} − ${names[0]})`,
      derived: forward
        ? [
            { col: 0, coef: 1 },
            { col: 1, coef: -1 },
          ]
        : [
            { col: 1, coef: 1 },
            { col: 0, coef: -1 },
          ],
    },
  ];
}

function budgetRows(content: ReportContent, style: HouseStyle): RowSpec[] {
  const insatser = content.insatser.map((name, i) => item(`ins${i}`, name, `ins.${i}`, { cost: true }));
  const ids = insatser.map((r) => r.id);
  const costs: RowSpec[] =
    style.hierarchy === "sections"
      ? [
          heading("Insatser"),
          ...insatser,
          total("insatser", "insatser", "rr.insatser", ids, { generic: true, cost: true }),
          item("kansli", "Summa kansli och styrelse", "bu.kansli", { cost: true }),
          item("avskr", "Avskrivningar", "rr.avskrivningar", { cost: true }),
          total("kostnader", "Totalt kostnader", "rr.kostnader", ["insatser", "kansli", "avskr"], { cost: true }),
        ]
      : [
          ...insatser,
          item("kansli", "Kansli och styrelse", "bu.kansli", { cost: true }),
          item("avskr", "Avskrivningar", "rr.avskrivningar", { cost: true }),
          total("kostnader", "kostnader", "rr.kostnader", [...ids, "kansli", "avskr"], { generic: true, cost: true }),
        ];
  return [
    heading("Intäkter"),
    item("med", "Medlemsavgifter", "rr.medlemsavgifter"),
    item("bidrag", "Erhållna bidrag", "rr.bidrag"),
    item("ovr", "Övriga intäkter", "rr.ovriga_intakter"),
    total("intakter", "intäkter", "rr.intakter", ["med", "bidrag", "ovr"], { generic: true }),
    heading("Kostnader"),
    ...costs,
    item("fin", "Finansiella poster, netto", "bu.fin"),
    total("resultat", "Årets resultat", "rr.resultat", ["intakter", "kostnader", "fin"]),
  ];
}

export function budgetUtfall(content: ReportContent, style: HouseStyle): TableSpec {
  const n = content.year;
  return {
    id: "budget-utfall",
    kind: "budget-utfall",
    title: `Sammanställning av budget och utfall ${n}`,
    sheet: { swedish: "Budget och utfall", abbreviated: "Budget-utfall" },
    columns: differenceColumns(style, budget(n), utfall(n), [`Budget ${n}`, `Utfall ${n}`], "Differens"),
    costsPositive: true,
    unitInLabels: true,
    codeBase: 4000,
    rows: budgetRows(content, style),
  };
}

export function budgetDocument(content: ReportContent, style: HouseStyle): TableSpec {
  const next = budget(content.year + 1);
  const current = budget(content.year);
  return {
    id: "budget",
    kind: "budget",
    title: `Verksamhetsplan och budget ${measureYear(next)}`,
    sheet: { swedish: `Budget ${measureYear(next)}`, abbreviated: "Budget" },
    columns: differenceColumns(style, next, current, [`Budget ${measureYear(next)}`, `Budget ${measureYear(current)}`], "Skillnad"),
    costsPositive: true,
    unitInLabels: true,
    codeBase: 4000,
    rows: [
      ...budgetRows(content, style),
      { id: "gap", kind: "blank", label: "" },
      item("ib", "Balanserat resultat årets början", "bud.ib"),
      item("resultat2", "Årets resultat", "rr.resultat"),
      total("ub", "Balanserat resultat årets slut", "bud.ub", ["ib", "resultat2"]),
    ],
  };
}
