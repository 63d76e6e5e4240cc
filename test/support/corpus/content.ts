/**
 * The figures of one förbund's report, in whole kronor, arithmetically consistent: five years
 * of results and balances (RR, BR, KF by the indirect method, the inventory note, the staff
 * note), the member contributions split 50/25/25 with the municipal quarter by population,
 * the budget for the report year (and the next, for a budget document), the drift split.
 * Costs carry their natural sign (negative) here; tables choose how to show them.
 * Also the relations between figures that cross tables, declared once by figure and measure.
 */
import { Random } from "./random";

/** "U2023" (utfall) or "B2024" (budget). */
export type MeasureKey = string;

export function utfall(year: number): MeasureKey {
  return `U${year}`;
}

export function budget(year: number): MeasureKey {
  return `B${year}`;
}

export function measureYear(m: MeasureKey): number {
  return Number(m.slice(1));
}

export function shiftMeasure(m: MeasureKey, years: number): MeasureKey {
  return m[0] + String(measureYear(m) + years);
}

export interface FigureRef {
  figure: string;
  measure: MeasureKey;
}

export interface ContentTerm {
  ref: FigureRef;
  coef: number;
}

export type ContentRelation =
  | { kind: "linear"; name: string; target: FigureRef; terms: ContentTerm[] }
  | { kind: "ratio"; name: string; target: FigureRef; numerator: ContentTerm[]; denominator: ContentTerm[] };

export interface Municipality {
  name: string;
  population: number;
}

export interface ReportContent {
  /** The report year N (a budget document budgets N + 1 against N). */
  year: number;
  forbund: string;
  region: string;
  municipalities: Municipality[];
  insatser: string[];
  values: Map<string, number>;
  relations: ContentRelation[];
  /** How a figure without a cell of its own is made of figures that have one (total equity = its lines). */
  decompositions: Record<string, string[]>;
}

export function figureValue(content: ReportContent, figure: string, measure: MeasureKey): number {
  const v = content.values.get(`${figure}@${measure}`);
  if (v === undefined) throw new Error(`no figure ${figure}@${measure}`);
  return v;
}

const MUNICIPALITIES = [
  "Haninge",
  "Tyresö",
  "Nynäshamn",
  "Sollentuna",
  "Sigtuna",
  "Upplands Väsby",
  "Botkyrka",
  "Salem",
  "Södertälje",
  "Nykvarn",
  "Lerum",
  "Alingsås",
  "Härryda",
  "Partille",
  "Mölndal",
  "Kungsbacka",
  "Kiruna",
  "Gällivare",
  "Pajala",
  "Övertorneå",
  "Falun",
  "Borlänge",
  "Säter",
  "Gagnef",
  "Ludvika",
  "Smedjebacken",
  "Östersund",
  "Krokom",
  "Strömsund",
  "Berg",
];
const REGIONS = ["Region Stockholm", "Västra Götalandsregionen", "Region Norrbotten", "Region Dalarna", "Region Jämtland Härjedalen", "Region Uppsala"];
const INSATSER = [
  "Resursråden",
  "Stöd till målgrupperna",
  "Lumena",
  "Conecto",
  "Satsa",
  "ASF",
  "Vägen framåt",
  "Steget vidare",
  "Unga in",
  "Arbetsträning i samverkan",
  "Hälsofrämjande insats",
  "Språkstöd",
  "Individstöd IPS",
  "Kompetenshöjning",
  "Samverkansteam",
];

/** Splits `total` by `weights` into whole kronor that add up exactly (largest remainder). */
export function splitByWeights(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k++, rest--) parts[order[k % order.length].i] += 1;
  return parts;
}

interface Params {
  rng: Random;
  insatser: string[];
  municipalities: Municipality[];
  /** Share of insatser that is individ-inriktad; share of övriga externa that is styrelse (drift split). */
  individShare: number;
  styrelseShare: number;
}

class Builder {
  readonly values = new Map<string, number>();
  set(figure: string, measure: MeasureKey, value: number): void {
    if (!Number.isSafeInteger(value) && !/^(ratio|share|key)\./.test(figure)) throw new Error(`${figure}: ${value} is not whole kronor`);
    this.values.set(`${figure}@${measure}`, value);
  }
  get(figure: string, measure: MeasureKey): number {
    const v = this.values.get(`${figure}@${measure}`);
    if (v === undefined) throw new Error(`no figure ${figure}@${measure}`);
    return v;
  }
}

/** The income statement of one year (utfall or budget); `costFactor` sets costs against income. */
function incomeStatement(b: Builder, p: Params, m: MeasureKey, members: number, avskr: number, costFactor: number, base?: MeasureKey): void {
  const { rng } = p;
  const vary = (figure: string, lo: number, hi: number) => Math.round(-b.get(figure, base!) * rng.between(lo, hi));
  const bidrag = base
    ? Math.round(b.get("rr.bidrag", base) * rng.between(0.7, 1.3))
    : rng.chance(0.8)
      ? rng.int(members * 0.05, members * 0.6)
      : rng.int(members * 0.01, members * 0.05);
  const ovriga = base ? Math.round(b.get("rr.ovriga_intakter", base) * rng.between(0.5, 1.5)) : rng.int(members * 0.002, members * 0.03);
  const intakter = members + bidrag + ovriga;
  const costs = Math.round(intakter * costFactor);
  const personal = base ? vary("rr.personal", 0.9, 1.1) : Math.round(costs * rng.between(0.18, 0.35));
  const ovrigaExterna = base ? vary("rr.ovriga_externa", 0.85, 1.15) : Math.round(costs * rng.between(0.04, 0.1));
  const insatser = costs - personal - ovrigaExterna - avskr;
  const weights = p.insatser.map(() => rng.between(0.3, 1));
  const lines = splitByWeights(insatser, weights);
  p.insatser.forEach((_, i) => b.set(`ins.${i}`, m, -lines[i]));
  const finInt = rng.int(0, Math.round(members * 0.01));
  const finKost = rng.int(0, Math.round(members * 0.0015));
  b.set("rr.medlemsavgifter", m, members);
  b.set("rr.bidrag", m, bidrag);
  b.set("rr.ovriga_intakter", m, ovriga);
  b.set("rr.intakter", m, intakter);
  b.set("rr.personal", m, -personal);
  b.set("rr.insatser", m, -insatser);
  b.set("rr.ovriga_externa", m, -ovrigaExterna);
  b.set("rr.avskrivningar", m, -avskr);
  b.set("rr.kostnader", m, -costs);
  b.set("rr.netto", m, intakter - costs);
  b.set("rr.fin_int", m, finInt);
  b.set("rr.fin_kost", m, -finKost);
  b.set("rr.efter_fin", m, intakter - costs + finInt - finKost);
  b.set("rr.resultat", m, intakter - costs + finInt - finKost);
  b.set("bu.kansli", m, -personal - ovrigaExterna);
  b.set("bu.fin", m, finInt - finKost);
  const loner = Math.round(personal * rng.between(0.66, 0.72));
  const sociala = Math.round(personal * rng.between(0.22, 0.26));
  b.set("pers.loner", m, -loner);
  b.set("pers.sociala", m, -sociala);
  b.set("pers.ovriga", m, -(personal - loner - sociala));
  // The drift split, costs shown positive there: individ and strukturella insatser, kansli, styrelse, and the member contributions.
  const individ = Math.round(insatser * p.individShare);
  const styrelse = Math.round(ovrigaExterna * p.styrelseShare);
  const drift: [string, number, number][] = [
    ["medlem", members, 0],
    ["individ", bidrag, individ],
    ["struktur", ovriga, insatser - individ],
    ["kansli", 0, personal + ovrigaExterna - styrelse + avskr],
    ["styrelse", 0, styrelse],
  ];
  for (const [area, int, kost] of drift) {
    b.set(`drift.${area}.int`, m, int);
    b.set(`drift.${area}.kost`, m, kost);
    b.set(`drift.${area}.netto`, m, int - kost);
  }
  b.set("drift.total.int", m, intakter);
  b.set("drift.total.kost", m, costs);
  b.set("drift.total.netto", m, intakter - costs);
}

function memberSplit(b: Builder, p: Params, m: MeasureKey, members: number): void {
  b.set("member.state", m, members / 2);
  b.set("member.region", m, members / 4);
  b.set("member.kommuner", m, members / 4);
  b.set("share.state", m, 0.5);
  b.set("share.region", m, 0.25);
  b.set("share.kommuner", m, 0.25);
  const parts = splitByWeights(
    members / 4,
    p.municipalities.map((k) => k.population),
  );
  parts.forEach((v, i) => {
    b.set(`member.k${i}`, m, v);
    b.set(`share.k${i}`, m, v / members);
    b.set(`key.k${i}`, m, v / (members / 4));
  });
}

export function generateContent(rng: Random, document: "arsredovisning" | "budget"): ReportContent {
  const year = rng.int(2019, 2025);
  const municipalities = rng.sample(MUNICIPALITIES, rng.int(2, 6)).map((name) => ({ name, population: rng.int(8_000, 160_000) }));
  const p: Params = {
    rng,
    insatser: rng.sample(INSATSER, rng.int(4, 7)),
    municipalities,
    individShare: rng.between(0.6, 0.9),
    styrelseShare: rng.between(0.1, 0.4),
  };
  const b = new Builder();
  // Member contributions: whole thousands, divisible by 4 so that the quarters are whole kronor.
  const members = new Map<number, number>();
  members.set(year, 2000 * rng.int(1500, 15000));
  for (let y = year - 1; y >= year - 4; y--) members.set(y, Math.max(2_000_000, members.get(y + 1)! + 2000 * rng.int(-200, 200)));
  members.set(year + 1, members.get(year)! + 2000 * rng.int(-150, 250));
  const scale = members.get(year)!;

  // Inventory, equity and the balance sheet from N − 5, then five years of results.
  let anskUB = rng.int(80_000, 700_000);
  let ackUB = -Math.round(anskUB * rng.between(0.1, 0.4));
  let equity = Math.round(scale * rng.between(0.08, 0.45));
  const balance = (y: number, inventarier: number) => {
    const m = utfall(y);
    const fordringar = rng.int(scale * 0.03, scale * 0.3);
    const lev = rng.int(scale * 0.02, scale * 0.15);
    const ovr = rng.int(scale * 0.005, scale * 0.04);
    let uppl = rng.int(scale * 0.02, scale * 0.2);
    let kassa = equity + lev + ovr + uppl - inventarier - fordringar;
    if (kassa < scale * 0.05) {
      uppl += Math.round(scale * 0.05 - kassa) + rng.int(0, scale * 0.1);
      kassa = equity + lev + ovr + uppl - inventarier - fordringar;
    }
    const skulder = lev + ovr + uppl;
    b.set("br.inventarier", m, inventarier);
    b.set("br.anl", m, inventarier);
    b.set("br.fordringar", m, fordringar);
    b.set("br.kassa", m, kassa);
    b.set("br.oms", m, fordringar + kassa);
    b.set("br.tillgangar", m, inventarier + fordringar + kassa);
    b.set("br.ek", m, equity);
    b.set("br.leverantor", m, lev);
    b.set("br.ovr_skulder", m, ovr);
    b.set("br.upplupna", m, uppl);
    b.set("br.skulder", m, skulder);
    b.set("br.ek_skulder", m, equity + skulder);
    b.set("ratio.soliditet", m, equity / (inventarier + fordringar + kassa));
    b.set("staff", m, rng.int(3, 20));
  };
  balance(year - 5, anskUB + ackUB);
  for (let y = year - 4; y <= year; y++) {
    const m = utfall(y);
    const inkop = rng.chance(0.75) ? rng.int(15_000, 200_000) : 0;
    const anskIB = anskUB;
    const ackIB = ackUB;
    anskUB = anskIB + inkop;
    const avskr = Math.min(Math.round(anskUB * rng.between(0.15, 0.25)), anskUB + ackIB);
    ackUB = ackIB - avskr;
    b.set("inv.ansk_ib", m, anskIB);
    b.set("inv.inkop", m, inkop);
    b.set("inv.ansk_ub", m, anskUB);
    b.set("inv.ack_ib", m, ackIB);
    b.set("inv.ack_ub", m, ackUB);
    let factor = rng.between(0.92, 1.07);
    const income = members.get(y)!;
    // Keep equity positive: a förbund does not run its reserve dry.
    if (equity + income * (1 - factor) * 1.5 < scale * 0.06) factor = 0.97;
    incomeStatement(b, p, m, members.get(y)!, avskr, factor);
    b.set("br.ek_retained", m, equity);
    equity += b.get("rr.resultat", m);
    balance(y, anskUB + ackUB);
    memberSplit(b, p, m, members.get(y)!);
    const prev = utfall(y - 1);
    b.set("kf.avskr", m, avskr);
    b.set("kf.fordr", m, -(b.get("br.fordringar", m) - b.get("br.fordringar", prev)));
    b.set("kf.skulder", m, b.get("br.skulder", m) - b.get("br.skulder", prev));
    b.set("kf.lopande", m, b.get("rr.efter_fin", m) + avskr + b.get("kf.fordr", m) + b.get("kf.skulder", m));
    b.set("kf.invest", m, -inkop);
    b.set("kf.arets", m, b.get("kf.lopande", m) - inkop);
    if (b.get("br.kassa", prev) + b.get("kf.arets", m) !== b.get("br.kassa", m)) throw new Error("cash does not roll forward");
  }

  // Budgets: the report year's (beside its utfall), and for a budget document the next year's too.
  const budgets = document === "budget" ? [year, year + 1] : [year];
  for (const y of budgets) {
    const m = budget(y);
    const base = y === year ? utfall(year) : budget(year);
    const avskr = Math.round(-b.get("rr.avskrivningar", base) * rng.between(0.8, 1.2));
    incomeStatement(b, p, m, members.get(y)!, avskr, rng.between(0.95, 1.05), base);
    memberSplit(b, p, m, members.get(y)!);
    const ib = y === year ? b.get("br.ek", utfall(year - 1)) : b.get("bud.ub", budget(year));
    b.set("bud.ib", m, ib);
    b.set("bud.ub", m, ib + b.get("rr.resultat", m));
  }

  return {
    year,
    forbund: `Samordningsförbundet ${municipalities
      .map((k) => k.name)
      .slice(0, 3)
      .join("-")}`,
    region: rng.pick(REGIONS),
    municipalities,
    insatser: p.insatser,
    values: b.values,
    relations: contentRelations(year, municipalities.length, p.insatser.length),
    decompositions: {
      "br.ek": ["br.ek_retained", "rr.resultat"],
      "br.skulder": ["br.leverantor", "br.ovr_skulder", "br.upplupna"],
      "member.kommuner": municipalities.map((_, i) => `member.k${i}`),
      "rr.insatser": p.insatser.map((_, i) => `ins.${i}`),
    },
  };
}

function ref(figure: string, measure: MeasureKey): FigureRef {
  return { figure, measure };
}

function t(figure: string, measure: MeasureKey, coef = 1): ContentTerm {
  return { ref: ref(figure, measure), coef };
}

/** The relations between figures of different tables (a table's own totals are recorded by its writer). */
function contentRelations(year: number, municipalities: number, insatser: number): ContentRelation[] {
  const rels: ContentRelation[] = [];
  const linear = (name: string, target: FigureRef, terms: ContentTerm[]) => rels.push({ kind: "linear", name, target, terms });
  for (let y = year - 4; y <= year; y++) {
    const m = utfall(y);
    const prev = utfall(y - 1);
    linear("kf-avskrivningar", ref("kf.avskr", m), [t("rr.avskrivningar", m, -1)]);
    linear("kf-fordringar", ref("kf.fordr", m), [t("br.fordringar", m, -1), t("br.fordringar", prev, 1)]);
    linear("kf-skulder", ref("kf.skulder", m), [t("br.skulder", m, 1), t("br.skulder", prev, -1)]);
    linear("kf-investeringar", ref("kf.invest", m), [t("inv.inkop", m, -1)]);
    linear("equity-chain", ref("br.ek", m), [t("br.ek", prev), t("rr.resultat", m)]);
    linear("equity-opening", ref("br.ek_retained", m), [t("br.ek", prev)]);
    linear("equity-parts", ref("br.ek", m), [t("br.ek_retained", m), t("rr.resultat", m)]);
    linear("balance", ref("br.ek_skulder", m), [t("br.tillgangar", m)]);
    linear("inventory-opening", ref("inv.ansk_ib", m), [t("inv.ansk_ub", prev)]);
    linear("inventory-opening", ref("inv.ack_ib", m), [t("inv.ack_ub", prev)]);
    rels.push({ kind: "ratio", name: "soliditet", target: ref("ratio.soliditet", m), numerator: [t("br.ek", m)], denominator: [t("br.tillgangar", m)] });
  }
  for (const m of [utfall(year), utfall(year - 1), budget(year), budget(year + 1)]) {
    linear("member-state-half", ref("member.state", m), [t("rr.medlemsavgifter", m, 0.5)]);
    linear("member-region-quarter", ref("member.region", m), [t("rr.medlemsavgifter", m, 0.25)]);
    linear("member-municipal-quarter", ref("member.kommuner", m), [t("rr.medlemsavgifter", m, 0.25)]);
    const share = (s: string, figure: string) =>
      rels.push({ kind: "ratio", name: "member-share", target: ref(s, m), numerator: [t(figure, m)], denominator: [t("rr.medlemsavgifter", m)] });
    share("share.state", "member.state");
    share("share.region", "member.region");
    share("share.kommuner", "member.kommuner");
    for (let i = 0; i < municipalities; i++) {
      share(`share.k${i}`, `member.k${i}`);
      rels.push({ kind: "ratio", name: "member-key", target: ref(`key.k${i}`, m), numerator: [t(`member.k${i}`, m)], denominator: [t("member.kommuner", m)] });
    }
    linear("drift-intakter", ref("drift.total.int", m), [t("rr.intakter", m)]);
    linear("drift-kostnader", ref("drift.total.kost", m), [t("rr.kostnader", m, -1)]);
    linear("drift-netto", ref("drift.total.netto", m), [t("rr.netto", m)]);
    linear("kansli-och-styrelse", ref("bu.kansli", m), [t("rr.personal", m), t("rr.ovriga_externa", m)]);
    linear("finansnetto", ref("bu.fin", m), [t("rr.fin_int", m), t("rr.fin_kost", m)]);
    const lines: ContentTerm[] = [];
    for (let i = 0; i < insatser; i++) lines.push(t(`ins.${i}`, m));
    linear("insatser", ref("rr.insatser", m), lines);
  }
  linear("budget-equity-chain", ref("bud.ib", budget(year + 1)), [t("bud.ub", budget(year))]);
  return rels;
}
