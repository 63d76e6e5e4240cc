/**
 * Seed 000: Årsredovisning 2023, Samordningsförbundet Östra Södertörn
 * (shared/domain/000_tables.md T1–T12), one statement per sheet, figures as printed —
 * including the printed errors (Soliditet 32 %, the 1-kr breaks in BR and KF, the
 * flipped Differens on the Finansiella and Resultat rows, 264 479 in the 5-årsöversikt).
 * Totals that foot are SUM formulas in the budget/utfall table, RR and notes 2–4, 6, 7;
 * BR, KF, note 5 and the 5-årsöversikt are typed constants, as in a pasted report.
 * Notes 2–4 share one sheet ("Noter"); notes 5–7 have a sheet each. The statements'
 * titles are merged across the table, as they usually are.
 */
import { Sheet, Workbook } from "../../src/model/grid";
import { DATE, PERCENT, SheetBuilder, YEAR, dateSerial } from "./sheet-builder";

function fiveYear(): Sheet {
  const b = new SheetBuilder("5-årsöversikt", 1);
  b.title("Verksamhetens ekonomi i jämförelse med tidigare år");
  b.blank();
  b.header(["Förutsättningar", 2023, 2022, 2021, 2020, 2019]);
  b.row(["Verksamhetens intäkter"], [26_019_221, 31_379_624, 35_980_191, 34_028_857, 28_731_703]);
  b.row(["Verksamhetens kostnader"], [25_275_195, 30_129_577, 35_715_694, 36_914_330, 29_505_920]);
  b.row(["Årets resultat"], [896_674, 1_250_047, 264_479, -2_885_473, -774_217]);
  b.row(["Eget kapital"], [4_898_905, 4_002_231, 2_752_184, 2_487_686, 5_373_160]);
  b.row(["Soliditet"], [0.32, 0.39, 0.25, 0.23, 0.5], { format: PERCENT });
  b.row(["Antal anställda"], [17, 14, 15, 15, 13], { format: YEAR });
  return b.build();
}

function driftsredovisning(): Sheet {
  const b = new SheetBuilder("Driftsredovisning", 1);
  const kr = '#,##0 "kr"';
  b.title("Driftsredovisning 2023");
  b.text("Kostnadsfördelning insatser 2023");
  b.blank();
  b.header(["Kategori", "Belopp 2023"]);
  b.row(["Individ insatser"], [17_157_195], { format: kr });
  b.row(["Strukturella insatser"], [460_594], { format: kr });
  b.row(["Administration"], [7_657_406], { format: kr });
  return b.build();
}

function budgetUtfall(): Sheet {
  const b = new SheetBuilder("Budget och utfall", 1);
  b.title("Sammanställning av budget och utfall 2023");
  b.blank();
  b.header(["Insatser", "Budget 2023", "Utfall 2023", "Differens"]);
  const first = b.next;
  b.row(["Resursråden"], [1_393_712, 1_227_385, 166_327]);
  b.row(["Stöd till målgrupperna"], [6_715_054, 4_471_771, 2_243_283]);
  b.row(["ASF"], [750_000, 535_502, 214_498]);
  b.row(["Lumena"], [7_653_645, 6_786_721, 866_924]);
  b.row(["Conecto"], [2_564_012, 2_061_928, 502_084]);
  b.row(["Satsa"], [0, 2_073_888, -2_073_888]);
  b.row(["NNS"], [50_000, 54_334, -4_334]);
  b.row(["GDPR"], [80_000, 74_995, 5_005]);
  b.row(["Gem.aktiviteter med andra förbund"], [60_000, 0, 60_000]);
  b.row(["Informationsinsatser"], [302_499, 250_165, 52_334]);
  b.row(["Insatskatalogen"], [80_000, 72_000, 8_000]);
  b.row(["Verktyg (Insurvey)"], [5_000, 9_100, -4_100]);
  const last = b.row(["Frukostmöten/seminarier"], [80_000, 0, 80_000]);
  const insatser = b.sum(["Summa insatser"], [19_733_922, 17_617_789], first, last, { bold: true }, [2_116_133]);
  const kansli = b.row(["Kansli"], [6_959_733, 7_555_465, -595_732]);
  const styrelse = b.row(["Styrelse"], [170_000, 169_056, 944]);
  const ks = b.sum(["Summa kansli och styrelse"], [7_129_733, 7_724_521], kansli, styrelse, { bold: true }, [-594_788]);
  b.combine(
    ["Totalt inkl. avskrivningar"],
    [26_863_655, 25_342_310],
    [
      { row: insatser, sign: 1 },
      { row: ks, sign: 1 },
    ],
    { bold: true },
    [1_521_345],
  );
  b.row(["Intäkter/medlemsavgifter"], [16_278_000, 16_278_000, 0]);
  b.row(["EU-medel och andra bidrag"], [8_341_424, 9_741_221, -1_399_797]);
  b.row(["Finansiella intäkter/kostnader"], [8_000, 219_763, 227_763]);
  b.row(["Resultat"], [-2_252_231, 896_674, 3_148_905], { bold: true });
  return b.build();
}

function resultatrakning(): Sheet {
  const b = new SheetBuilder("Resultaträkning", 2);
  b.title("Resultaträkning", 4);
  b.blank();
  b.header(["Belopp i kr.", "Not", "2023-01-01 -2023-12-31", "2022-01-01 -2022-12-31"]);
  const intakter = b.row(["Verksamhetens intäkter", "2"], [26_019_221, 31_379_624]);
  b.row(["Verksamhetens kostnader", "3,4"], [-25_275_195, -30_111_481]);
  const avskr = b.row(["Avskrivningar"], [-67_115, -63_226]);
  const netto = b.sum(["Verksamhetens nettokostnad"], [676_911, 1_204_917], intakter, avskr, { bold: true });
  const finInt = b.row(["Finansiella intäkter"], [230_063, 53_040]);
  const finKost = b.row(["Finansiella kostnader"], [-10_300, -7_910]);
  const efterFin = b.combine(
    ["Resultat efter finansiella poster"],
    [896_674, 1_250_047],
    [
      { row: netto, sign: 1 },
      { row: finInt, sign: 1 },
      { row: finKost, sign: 1 },
    ],
    { bold: true },
  );
  const extra = b.row(["Extraordinära poster"], [0, 0]);
  b.combine(
    ["Årets resultat"],
    [896_674, 1_250_047],
    [
      { row: efterFin, sign: 1 },
      { row: extra, sign: 1 },
    ],
    { bold: true },
  );
  return b.build();
}

function balansrakning(): Sheet {
  const b = new SheetBuilder("Balansräkning", 2);
  b.title("Balansräkning", 4);
  b.blank();
  b.header(["Belopp i kr.", "Not", dateSerial(2023, 12, 31), dateSerial(2022, 12, 31)], DATE);
  const bold = { bold: true };
  b.row(["Tillgångar"], [], bold);
  b.row(["Anläggningstillgångar"], [], bold);
  b.row(["Maskiner och inventarier", "5"], [234_782, 263_000]);
  b.row(["Summa Anläggningstillgångar"], [234_782, 263_000], bold);
  b.row(["Omsättningstillgångar"], [], bold);
  b.row(["Fordringar", "6"], [4_971_262, 2_309_099]);
  b.row(["Kassa och bank"], [10_485_213, 7_667_846]);
  b.row(["Summa omsättningstillgångar"], [15_456_475, 9_976_945], bold);
  b.row(["Summa tillgångar"], [15_691_256, 10_239_945], bold);
  b.row(["Eget kapital, avsättningar och skulder"], [], bold);
  b.row(["Eget kapital"], [], bold);
  b.row(["Årets resultat"], [896_674, 1_250_047]);
  b.row(["Övrigt eget kapital"], [4_002_230, 2_752_183]);
  b.row(["Summa Eget kapital, avsättningar och skulder"], [4_898_904, 4_002_230], bold);
  b.row(["Avsättning"], [], bold);
  b.row(["Avsättningar för pensioner"], [0, 0]);
  b.row(["Skulder"], [], bold);
  b.row(["Långfristiga skulder"], [0, 0]);
  b.row(["Kortfristiga skulder", "7"], [10_792_352, 6_237_715]);
  b.row(["Summa eget kapital, avsättningar och skulder"], [15_691_256, 10_239_945], bold);
  b.row(["Ansvarsförbindelser"], [], bold);
  b.row([], [0, 0]);
  return b.build();
}

function kassaflode(): Sheet {
  const b = new SheetBuilder("Kassaflödesanalys", 1);
  b.title("Kassaflödesanalys", 3);
  b.blank();
  b.header(["Belopp i kr.", "2023-12-31", "2022-12-31"]);
  const bold = { bold: true };
  b.row(["Årets resultat"], [896_674, 1_250_047]);
  b.row(["Justering för ej likviditetspåverkande poster"], [67_115, 63_226]);
  b.row(["Medel från verksamheten före förändring av rörelsekapital"], [963_789, 1_313_273], bold);
  b.row(["Ökning/minskning kortfristiga fordringar"], [-2_662_163, 3_423_282]);
  b.row(["Ökning/minskning kortfristiga skulder"], [4_554_637, -1_906_259]);
  b.row(["Kassaflöde för den löpande verksamheten"], [2_856_262, 2_830_296], bold);
  b.row(["Kassaflöde från investeringsverksamheten"], [-38_896, 0]);
  b.row(["Kassaflöde från finansieringsverksamheten"], [0, 0]);
  b.row(["Årets kassaflöde"], [2_817_366, 2_830_296], bold);
  b.row(["Likvida medel vid årets början"], [7_667_846, 4_837_550]);
  b.row(["Likvida medel vid årets slut"], [10_485_213, 7_667_846], bold);
  return b.build();
}

const NOTE_HEADER = ["", "2023-01-01 2023-12-31", "2022-01-01 2022-12-31"];

/** Notes 2, 3 and 4 stacked on one sheet, a blank row between them. */
function noter(): Sheet {
  const b = new SheetBuilder("Noter", 1);
  b.title("Noter");
  b.blank();

  b.title("Not 2. Verksamhetens intäkter");
  b.header(NOTE_HEADER);
  const n2 = b.row(["Driftbidrag från staten"], [8_139_000, 8_158_000]);
  b.row(["Driftbidrag från Haninge kommun"], [2_234_482, 2_222_774]);
  b.row(["Driftbidrag från Nynäshamns kommun"], [688_976, 689_677]);
  b.row(["Driftbidrag från Tyresö kommun"], [1_146_042, 1_166_549]);
  b.row(["Driftbidrag från Region Stockholm"], [4_069_500, 4_079_000]);
  const n2last = b.row(["EU-medel och andra bidrag"], [9_741_221, 15_063_624]);
  b.sum(["Summa"], [26_019_221, 31_379_624], n2, n2last, { bold: true });
  b.blank();

  b.title("Not 3. Verksamhetens kostnader");
  b.header(NOTE_HEADER);
  const n3 = b.row(["Insatser"], [17_617_789, 25_852_030]);
  b.row(["Personalkostnader, styrelse och kansli"], [6_126_773, 3_078_022]);
  b.row(["Lokalkostnader"], [831_216, 608_924]);
  const n3last = b.row(["Övriga kostnader"], [699_417, 572_505]);
  b.sum(["Summa"], [25_275_195, 30_111_481], n3, n3last, { bold: true });
  b.blank();

  b.title("Not 4. Räkenskapsrevision");
  b.header(NOTE_HEADER);
  const n4 = b.row(["Kostnad för räkenskapsrevision"], [40_000, 40_000]);
  b.sum(["Summa"], [40_000, 40_000], n4, n4, { bold: true });
  return b.build();
}

const BALANCE_NOTE_HEADER = ["", "2023-12-31", "2022-12-31"];

function not5(): Sheet {
  const b = new SheetBuilder("Not 5", 1);
  b.title("Not 5. Anläggningstillgångar");
  b.blank();
  b.header(BALANCE_NOTE_HEADER);
  b.row(["Inventarier"], [], { bold: true });
  b.row(["Ingående anskaffningsvärde"], [389_453, 389_453]);
  b.row(["Inköp"], [38_896, 0]);
  b.row(["Försäljning"], [0, 0]);
  b.row(["Utrangeringar"], [0, 0]);
  b.row(["Överföringar"], [0, 0]);
  b.row(["Utgående anskaffningsvärde"], [428_349, 389_453], { bold: true });
  b.row(["Ingående avskrivningar"], [-126_452, -63_226]);
  b.row(["Försäljning"], [0, 0]);
  b.row(["Utrangeringar"], [0, 0]);
  b.row(["Överföringar"], [0, 0]);
  b.row(["Årets avskrivningar"], [-67_115, -63_226]);
  b.row(["Utgående ackumulerade avskrivningar"], [-193_567, -126_452], { bold: true });
  b.row(["Utgående redovisat värde"], [234_782, 263_001], { bold: true });
  b.row(["Avskrivningstider genomsnittliga"], ["6 år", null]);
  return b.build();
}

function not6(): Sheet {
  const b = new SheetBuilder("Not 6", 1);
  b.title("Not 6. Fordringar");
  b.blank();
  b.header(BALANCE_NOTE_HEADER);
  const first = b.row(["Kundfordringar"], [300_001, 106_445]);
  b.row(["Andra kortfristiga fordringar"], [988_038, 0]);
  b.row(["Moms"], [243_817, 255_823]);
  b.row(["Utgiftsförskott"], [266_705, 245_058]);
  const last = b.row(["Upplupna intäkter"], [3_172_701, 1_701_773]);
  b.sum(["Summa"], [4_971_262, 2_309_099], first, last, { bold: true });
  return b.build();
}

function not7(): Sheet {
  const b = new SheetBuilder("Not 7", 1);
  b.title("Not 7. Kortfristiga skulder och förutbetalda intäkter");
  b.blank();
  b.header(BALANCE_NOTE_HEADER);
  const first = b.row(["Leverantörsskulder"], [3_713_163, 3_800_572]);
  b.row(["Upplupen prel. skatt lön"], [178_232, 150_112]);
  b.row(["Semesterlöneskuld"], [394_505, 217_922]);
  b.row(["Upplupna arbetsgivaravgifter"], [204_602, 158_067]);
  b.row(["Skuld löneskatt"], [595_585, 375_413]);
  const last = b.row(["Upplupna kostnader och förutbetalda intäkter"], [5_706_265, 1_535_629]);
  b.sum(["Summa"], [10_792_352, 6_237_715], first, last, { bold: true });
  return b.build();
}

export function seed000(): Workbook {
  return {
    name: "000-arsredovisning-2023.xlsx",
    sheets: [fiveYear(), driftsredovisning(), budgetUtfall(), resultatrakning(), balansrakning(), kassaflode(), noter(), not5(), not6(), not7()],
  };
}
