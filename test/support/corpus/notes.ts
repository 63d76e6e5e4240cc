/** The notes backing statement lines: medlemsavgifter per member, personalkostnader, inventarier. */
import { ReportContent, utfall } from "./content";
import { item, total } from "./rows";
import type { ColumnSpec, TableSpec } from "./table-spec";

export const NOTE = { medlemsavgifter: 1, personal: 2, inventarier: 3 } as const;

const SHEET = { swedish: "Noter", abbreviated: "Noter" };

function columns(content: ReportContent): ColumnSpec[] {
  return [{ measure: utfall(content.year) }, { measure: utfall(content.year - 1) }];
}

export function noteMedlemsavgifter(content: ReportContent): TableSpec {
  const kommuner = content.municipalities.map((k, i) => item(`k${i}`, `${k.name} kommun`, `member.k${i}`));
  return {
    id: "not1",
    kind: "note",
    title: `Not ${NOTE.medlemsavgifter} Medlemsavgifter`,
    sheet: SHEET,
    columns: columns(content),
    costsPositive: true,
    codeBase: 3010,
    rows: [
      item("state", "Staten (Försäkringskassan och Arbetsförmedlingen)", "member.state"),
      item("region", content.region, "member.region"),
      ...kommuner,
      total("sum", "", "rr.medlemsavgifter", ["state", "region", ...kommuner.map((k) => k.id)], { generic: true }),
    ],
  };
}

export function notePersonal(content: ReportContent): TableSpec {
  return {
    id: "not2",
    kind: "note",
    title: `Not ${NOTE.personal} Personalkostnader`,
    sheet: SHEET,
    columns: columns(content),
    costsPositive: true,
    codeBase: 7010,
    rows: [
      item("loner", "Löner och arvoden", "pers.loner", { cost: true }),
      item("sociala", "Sociala avgifter", "pers.sociala", { cost: true }),
      item("ovriga", "Övriga personalkostnader", "pers.ovriga", { cost: true }),
      total("sum", "", "rr.personal", ["loner", "sociala", "ovriga"], { generic: true, cost: true }),
    ],
  };
}

export function noteInventarier(content: ReportContent): TableSpec {
  return {
    id: "not3",
    kind: "note",
    title: `Not ${NOTE.inventarier} Inventarier`,
    sheet: SHEET,
    columns: columns(content),
    costsPositive: false,
    codeBase: 1220,
    rows: [
      item("anskib", "Ingående anskaffningsvärde", "inv.ansk_ib"),
      item("inkop", "Årets inköp", "inv.inkop"),
      total("anskub", "Utgående anskaffningsvärde", "inv.ansk_ub", ["anskib", "inkop"]),
      item("ackib", "Ingående ackumulerade avskrivningar", "inv.ack_ib"),
      item("avskr", "Årets avskrivningar", "rr.avskrivningar"),
      total("ackub", "Utgående ackumulerade avskrivningar", "inv.ack_ub", ["ackib", "avskr"]),
      total("redovisat", "Utgående redovisat värde", "br.inventarier", ["anskub", "ackub"]),
    ],
  };
}
