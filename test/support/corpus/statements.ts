/** The financial statements of an annual report: resultaträkning, balansräkning, kassaflödesanalys (indirect method). */
import { ReportContent, utfall } from "./content";
import type { HouseStyle } from "./house-style";
import { heading, item, total } from "./rows";
import { NOTE } from "./notes";
import type { ColumnSpec, RowSpec, TableSpec } from "./table-spec";

function yearColumns(content: ReportContent): ColumnSpec[] {
  return [{ measure: utfall(content.year) }, { measure: utfall(content.year - 1) }];
}

export function resultatrakning(content: ReportContent, style: HouseStyle): TableSpec {
  const netto = style.resultLabel === "nettokostnad" ? "Verksamhetens nettokostnad" : "Verksamhetsresultat";
  return {
    id: "rr",
    kind: "rr",
    title: "Resultaträkning",
    sheet: { swedish: "Resultaträkning", abbreviated: "RR" },
    columns: yearColumns(content),
    costsPositive: style.costs === "positive",
    codeBase: 3000,
    rows: [
      heading("Verksamhetens intäkter"),
      item("med", "Medlemsavgifter", "rr.medlemsavgifter", { note: NOTE.medlemsavgifter }),
      item("bidrag", "Erhållna bidrag", "rr.bidrag"),
      item("ovr", "Övriga intäkter", "rr.ovriga_intakter"),
      total("intakter", "verksamhetens intäkter", "rr.intakter", ["med", "bidrag", "ovr"], { generic: true }),
      heading("Verksamhetens kostnader"),
      item("personal", "Personalkostnader", "rr.personal", { cost: true, note: NOTE.personal }),
      item("insatser", "Insatser", "rr.insatser", { cost: true }),
      item("ovrext", "Övriga externa kostnader", "rr.ovriga_externa", { cost: true }),
      item("avskr", "Avskrivningar", "rr.avskrivningar", { cost: true, note: NOTE.inventarier }),
      total("kostnader", "verksamhetens kostnader", "rr.kostnader", ["personal", "insatser", "ovrext", "avskr"], { generic: true, cost: true }),
      total("netto", netto, "rr.netto", ["intakter", "kostnader"]),
      item("finint", "Finansiella intäkter", "rr.fin_int"),
      item("finkost", "Finansiella kostnader", "rr.fin_kost", { cost: true }),
      total("efterfin", "Resultat efter finansiella poster", "rr.efter_fin", ["netto", "finint", "finkost"]),
      total("resultat", "Årets resultat", "rr.resultat", ["efterfin"]),
    ],
  };
}

function equityRows(style: HouseStyle): { rows: RowSpec[]; terms: string[] } {
  if (style.equity === "one-line") return { rows: [item("ek", "Eget kapital", "br.ek")], terms: ["ek"] };
  if (style.equity === "separate-lines") {
    return { rows: [item("ekb", "Eget kapital", "br.ek_retained"), item("res", "Årets resultat", "rr.resultat")], terms: ["ekb", "res"] };
  }
  return {
    rows: [
      heading("Eget kapital"),
      item("ekb", "Balanserat kapital", "br.ek_retained"),
      item("res", "Årets resultat", "rr.resultat"),
      total("ek", "eget kapital", "br.ek", ["ekb", "res"], { generic: true }),
    ],
    terms: ["ek"],
  };
}

export function balansrakning(content: ReportContent, style: HouseStyle): TableSpec {
  const equity = equityRows(style);
  return {
    id: "br",
    kind: "br",
    title: "Balansräkning",
    sheet: { swedish: "Balansräkning", abbreviated: "BR" },
    columns: yearColumns(content),
    costsPositive: false,
    codeBase: 1000,
    rows: [
      heading("Tillgångar"),
      heading("Anläggningstillgångar"),
      item("inv", "Inventarier", "br.inventarier", { note: NOTE.inventarier }),
      total("anl", "anläggningstillgångar", "br.anl", ["inv"], { generic: true }),
      heading("Omsättningstillgångar"),
      item("fordr", "Kortfristiga fordringar", "br.fordringar"),
      item("kassa", "Kassa och bank", "br.kassa"),
      total("oms", "omsättningstillgångar", "br.oms", ["fordr", "kassa"], { generic: true }),
      total("tillg", "tillgångar", "br.tillgangar", ["anl", "oms"], { generic: true }),
      heading("Eget kapital och skulder"),
      ...equity.rows,
      heading("Kortfristiga skulder"),
      item("lev", "Leverantörsskulder", "br.leverantor"),
      item("ovrsk", "Övriga kortfristiga skulder", "br.ovr_skulder"),
      item("uppl", "Upplupna kostnader och förutbetalda intäkter", "br.upplupna"),
      total("skulder", "kortfristiga skulder", "br.skulder", ["lev", "ovrsk", "uppl"], { generic: true }),
      total("eks", "eget kapital och skulder", "br.ek_skulder", [...equity.terms, "skulder"], { generic: true }),
    ],
  };
}

export function kassaflodesanalys(content: ReportContent): TableSpec {
  return {
    id: "kf",
    kind: "kf",
    title: "Kassaflödesanalys",
    sheet: { swedish: "Kassaflödesanalys", abbreviated: "KF" },
    columns: yearColumns(content),
    costsPositive: false,
    codeBase: 8000,
    rows: [
      heading("Den löpande verksamheten"),
      item("efterfin", "Resultat efter finansiella poster", "rr.efter_fin"),
      item("avskr", "Justering för avskrivningar", "kf.avskr"),
      item("fordr", "Ökning (−)/minskning (+) av kortfristiga fordringar", "kf.fordr"),
      item("skulder", "Ökning (+)/minskning (−) av kortfristiga skulder", "kf.skulder"),
      total("lopande", "Kassaflöde från den löpande verksamheten", "kf.lopande", ["efterfin", "avskr", "fordr", "skulder"]),
      heading("Investeringsverksamheten"),
      item("invest", "Kassaflöde från investeringsverksamheten", "kf.invest"),
      total("arets", "Årets kassaflöde", "kf.arets", ["lopande", "invest"]),
      item("ib", "Likvida medel vid årets början", "br.kassa", { offset: -1 }),
      total("ub", "Likvida medel vid årets slut", "br.kassa", ["ib", "arets"]),
    ],
  };
}
