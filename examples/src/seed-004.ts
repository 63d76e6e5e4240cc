/**
 * Seed 004: Verksamhetsplan och budget 2024, Samordningsförbundet Östra Södertörn
 * (shared/domain/004_tables.md T1–T3), figures as printed — Haninge 2022 2 222 744
 * (the 2022 column does not foot), the 1-kr breaks in Skillnad Kansli and Total budget
 * År 2023, three different förbundsreserv figures. Reconstructed from a PDF, so every
 * figure is a typed constant; the subtotals have no label, as printed; the empty
 * År 2024 cell of "Gemensamma aktiviteter" in the netto table stays empty.
 */
import { Sheet, Workbook } from "../../src/model/grid";
import { SheetBuilder, Value } from "./sheet-builder";

function medlemstilldelning(): Sheet {
  const b = new SheetBuilder("Medlemstilldelning", 1);
  b.title("Sammantagna intäkter");
  b.blank();
  b.header(["Medlem", 2020, 2021, 2022, 2023, 2024]);
  b.row(["FK och AF"], [8_158_000, 8_158_000, 8_158_000, 8_139_000, 7_798_000]);
  b.row(["Region Stockholm"], [4_079_000, 4_079_000, 4_079_000, 4_069_500, 3_899_000]);
  b.row(["Haninge"], [2_207_472, 2_213_855, 2_222_744, 2_234_482, 2_152_515]);
  b.row(["Tyresö"], [1_177_561, 1_171_917, 1_166_549, 1_146_042, 1_084_466]);
  b.row(["Nynäshamn"], [693_967, 693_228, 689_677, 688_976, 662_019]);
  b.row(["Summa"], [16_316_000, 16_316_000, 16_316_000, 16_278_000, 15_596_000], { bold: true });
  b.row(["ESF-medel"], [19_191_336, 19_828_784, 14_831_865, 8_341_424, 19_855_439]);
  return b.build();
}

/** The rows both budget tables share, down to the kansli subtotal; only the project rows differ. */
function budgetRows(b: SheetBuilder, projects: Record<"Lumena" | "Conecto" | "Satsa", Value[]>, insatserSubtotal: Value[], gemensamma2024: Value): void {
  const bold = { bold: true };
  b.row(["Resursråden"], [1_991_000, 1_393_712, 597_288]);
  b.row(["Stöd till målgrupperna"], [3_087_704, 6_715_054, -3_627_350]);
  b.row(["Lumena"], projects.Lumena);
  b.row(["Conecto"], projects.Conecto);
  b.row(["Satsa"], projects.Satsa);
  b.row(["ASF"], [938_500, 750_000, 188_500]);
  b.row([], insatserSubtotal, bold);
  b.row(["NNS"], [74_000, 50_000, 24_000]);
  b.row(["Information"], [445_029, 302_499, 142_530]);
  b.row(["Insatskatalogen"], [170_000, 80_000, 90_000]);
  b.row(["Verktyg"], [0, 5_000, -5_000]);
  b.row(["Gemensamma aktiviteter med andra förbund"], [gemensamma2024, 60_000, -60_000]);
  b.row(["GDPR"], [100_000, 80_000, 20_000]);
  b.row(["Frukostmöten/seminarier"], [120_000, 80_000, 40_000]);
  b.row([], [909_029, 657_499, 251_530], bold);
  b.row(["Kansli"], [7_366_215, 6_967_733, 398_483]);
  b.row(["Styrelse"], [210_000, 170_000, 40_000]);
  b.row([], [7_576_215, 7_137_733, 438_483], bold);
}

const HEADER = ["Post", "År 2024", "År 2023", "Skillnad (År 2024 - År 2023)"];
const FOOTNOTE = "* Skillnad, minskning i rött, ökning i svart";

function budgetNetto(): Sheet {
  const b = new SheetBuilder("Budget netto", 1);
  b.title("Budget 2024");
  b.text("Budget - nettoredovisad");
  b.header(HEADER);
  budgetRows(
    b,
    {
      Lumena: [3_369_853, 1_733_675, 1_636_178],
      Conecto: [246_561, 142_558, 104_003],
      Satsa: [73_760, 0, 73_760],
    },
    [9_707_378, 10_734_999, -1_027_621],
    null,
  );
  b.row(["Total budget"], [18_192_622, 18_530_230, -337_608], { bold: true });
  b.row(["Budgettak (Medlemsavg + ESF-medel +tillg. Överskott)"], [18_192_622]);
  b.row(["Förbundsreserv"], [2_362_000, 1_750_000, 612_000]);
  b.blank();
  b.text(FOOTNOTE);
  return b.build();
}

function budgetBrutto(): Sheet {
  const b = new SheetBuilder("Budget brutto", 1);
  b.title("Budget 2024");
  b.text("Budget - bruttoredovisad");
  b.header(HEADER);
  budgetRows(
    b,
    {
      Lumena: [11_331_516, 7_653_645, 3_677_871],
      Conecto: [3_968_418, 2_564_012, 1_404_406],
      Satsa: [8_245_679, 0, 8_245_679],
    },
    [29_562_817, 19_076_423, 10_486_394],
    0,
  );
  b.row(["Total budget"], [38_048_061, 26_871_654, 11_176_407], { bold: true });
  b.row(["Budget medlemsavgifter"], [15_596_000]);
  b.row(["Budget ESF-medel"], [19_855_439]);
  b.row(["Budget överskott från 2023"], [2_596_622]);
  b.row(["Summa att budgetera"], [38_048_061], { bold: true });
  b.row(["Förbundsreserv"], [2_646_410, 1_750_000, 896_410]);
  b.blank();
  b.text(FOOTNOTE);
  return b.build();
}

export function seed004(): Workbook {
  return { name: "004-budget-2024.xlsx", sheets: [medlemstilldelning(), budgetNetto(), budgetBrutto()] };
}
