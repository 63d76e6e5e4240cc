/**
 * Seed 002: Budget 2022 och verksamhetsplan 2022–2024, Samordningsförbundet
 * Sollentuna-Upplands Väsby-Sigtuna (shared/domain/002_tables.md T3, T4) — the clean
 * control: every relation holds. All totals are formulas; the header is split over two
 * rows ("Budget" / 2021) as printed; "…, varav" parents sum their "* " children.
 * The staffing tables T1–T2 (percent of full time) are left out.
 */
import { Sheet, Workbook } from "../../src/model/grid";
import { SheetBuilder } from "./sheet-builder";

const KIND = ["", "Budget", "Prognos", "Budget", "Budget", "Budget"];
const YEARS = [2021, 2021, 2022, 2023, 2024];

function sammanfattning(): Sheet {
  const b = new SheetBuilder("Sammanfattning", 1);
  const bold = { bold: true };
  b.title("Intäkter och kostnader i sammanfattning");
  b.header(KIND);
  b.header(["", ...YEARS]);
  b.row(["Intäkter"], [], bold);
  const staten = b.row(["Medlemsavgift Staten (AF/FK)"], [3_465_000, 3_465_000, 3_465_000, 3_465_000, 3_465_000]);
  const sll = b.row(["Medlemsavgift SLL"], [1_732_500, 1_732_500, 1_732_500, 1_732_500, 1_732_500]);
  const kommunerna = b.next;
  const sollentuna = kommunerna + 1;
  const sigtuna = kommunerna + 3;
  b.sum(["Medlemsavgift kommunerna, varav"], [1_732_500, 1_732_500, 1_732_500, 1_732_500, 1_732_500], sollentuna, sigtuna, {}, []);
  b.row(["* Medlemsavgift Sollentuna"], [762_300, 762_300, 762_300, 762_300, 762_300]);
  b.row(["* Medlemsavgift Upplands Väsby"], [467_775, 467_775, 467_775, 467_775, 467_775]);
  b.row(["* Medlemsavgift Sigtuna"], [502_425, 502_425, 502_425, 502_425, 502_425]);
  const esf = b.next;
  b.sum(["ESF-medel, varav"], [4_500_000, 4_550_000, 2_900_000, 0, 0], esf + 1, esf + 2);
  b.row(["* Rätt stöd för mig"], [2_000_000, 1_550_000, 900_000, 0, 0]);
  b.row(["* MIA Vidare"], [2_500_000, 3_000_000, 2_000_000, 0, 0]);
  const intakter = b.combine(
    ["Summa intäkter"],
    [11_430_000, 11_480_000, 9_830_000, 6_930_000, 6_930_000],
    [staten, sll, kommunerna, esf].map((row) => ({ row, sign: 1 as const })),
    bold,
  );
  b.row(["Kostnader"], [], bold);
  const insatser = b.row(["Insatser"], [9_330_000, 7_800_000, 7_870_000, 3_600_000, 3_500_000]);
  b.row(["Stöd för samverkan"], [940_000, 710_000, 1_340_000, 590_000, 590_000]);
  const adm = b.row(["Administrativa kostnader"], [2_720_000, 2_480_000, 2_679_000, 2_723_780, 2_764_356]);
  const kostnader = b.sum(["Summa kostnader"], [12_990_000, 10_990_000, 11_889_000, 6_913_780, 6_854_356], insatser, adm, bold);
  const resultat = b.combine(
    ["Årets resultat"],
    [-1_560_000, 490_000, -2_059_000, 16_220, 75_644],
    [
      { row: intakter, sign: 1 },
      { row: kostnader, sign: -1 },
    ],
    bold,
  );
  const ib = b.row(["Balanserat resultat årets början"], [1_892_650, 1_892_650, 2_382_650, 323_650, 339_870]);
  const resultat2 = b.combine(["Årets resultat"], [-1_560_000, 490_000, -2_059_000, 16_220, 75_644], [{ row: resultat, sign: 1 }]);
  b.combine(
    ["Balanserat resultat årets slut"],
    [332_650, 2_382_650, 323_650, 339_870, 415_514],
    [
      { row: ib, sign: 1 },
      { row: resultat2, sign: 1 },
    ],
    bold,
  );
  return b.build();
}

function spec(): Sheet {
  const b = new SheetBuilder("Spec", 1);
  const bold = { bold: true };
  b.title("Spec av Insatser, Stöd för samverkan samt adm. Kostnader");
  b.header(KIND);
  b.header(["Insatser", ...YEARS]);
  const ins = b.row(["MIA Vidare/Resursteam"], [4_560_000, 4_200_000, 4_000_000, 0, 0]);
  b.row(["Rätt stöd för mig/Hoppet"], [3_970_000, 3_600_000, 3_500_000, 0, 0]);
  const insLast = b.row(["Nya insatser"], [800_000, 0, 370_000, 3_600_000, 3_500_000]);
  b.sum(["Summa insatser"], [9_330_000, 7_800_000, 7_870_000, 3_600_000, 3_500_000], ins, insLast, bold);

  b.row(["Stöd för samverkan"], [], bold);
  const sam = b.row(["Frukostmöten och webinarier"], [100_000, 50_000, 100_000, 100_000, 100_000]);
  b.row(["Samverkan med näringslivet inkluderat ASF"], [400_000, 350_000, 400_000, 300_000, 300_000]);
  b.row(["Utbildningar och workshops"], [200_000, 100_000, 400_000, 100_000, 100_000]);
  b.row(["Insatskatalogen"], [40_000, 40_000, 40_000, 40_000, 40_000]);
  b.row(["IPS"], [200_000, 170_000, 300_000, 0, 0]);
  const samLast = b.row(["Utbildningar BIP"], [0, 0, 100_000, 50_000, 50_000]);
  b.sum(["Summa stöd för verksamheten"], [940_000, 710_000, 1_340_000, 590_000, 590_000], sam, samLast, bold);

  b.row(["Administrativa kostnader"], [], bold);
  const styrelseRevision = b.next;
  b.sum(["Styrelse och revision"], [200_000, 200_000, 200_000, 200_000, 200_000], styrelseRevision + 1, styrelseRevision + 2);
  b.row(["* Styrelse"], [120_000, 120_000, 120_000, 120_000, 120_000]);
  b.row(["* Revision"], [80_000, 80_000, 80_000, 80_000, 80_000]);
  const kansli = b.next;
  b.sum(["Kansli, ekonomi och övrig administration"], [2_140_000, 2_140_000, 2_179_000, 2_223_780, 2_264_356], kansli + 1, kansli + 3);
  b.row(["* Personal, IT, telefoni, arbetsplats mm"], [1_950_000, 1_950_000, 1_989_000, 2_028_780, 2_069_356]);
  b.row(["* Medlemsavgifter och andra avgifter"], [40_000, 40_000, 40_000, 45_000, 45_000]);
  b.row(["* Ekonomi och redovisningsstöd"], [150_000, 150_000, 150_000, 150_000, 150_000]);
  const info = b.row(["Information kommunikation"], [80_000, 140_000, 100_000, 100_000, 100_000]);
  const oforutsett = b.row(["Medel för oförutsedda ändamål"], [300_000, 0, 200_000, 200_000, 200_000]);
  b.combine(
    ["Summa administrativa kostnader"],
    [2_720_000, 2_480_000, 2_679_000, 2_723_780, 2_764_356],
    [styrelseRevision, kansli, info, oforutsett].map((row) => ({ row, sign: 1 as const })),
    bold,
  );
  return b.build();
}

export function seed002(): Workbook {
  return { name: "002-budget-2022.xlsx", sheets: [sammanfattning(), spec()] };
}
