import fc from "fast-check";
import { parseVarianceKind, parseVarianceMode, variance } from "../../src/core/variance";

/** 000 T3 Sammanställning av budget och utfall 2023: label, budget, utfall, printed Differens (cost rows). */
const COST_ROWS: [string, number, number, number][] = [
  ["Resursråden", 1393712, 1227385, 166327],
  ["Stöd till målgrupperna", 6715054, 4471771, 2243283],
  ["ASF", 750000, 535502, 214498],
  ["Lumena", 7653645, 6786721, 866924],
  ["Conecto", 2564012, 2061928, 502084],
  ["Satsa", 0, 2073888, -2073888],
  ["NNS", 50000, 54334, -4334],
  ["GDPR", 80000, 74995, 5005],
  ["Gem.aktiviteter med andra förbund", 60000, 0, 60000],
  ["Informationsinsatser", 302499, 250165, 52334],
  ["Insatskatalogen", 80000, 72000, 8000],
  ["Verktyg (Insurvey)", 5000, 9100, -4100],
  ["Frukostmöten/seminarier", 80000, 0, 80000],
  ["Summa insatser", 19733922, 17617789, 2116133],
  ["Kansli", 6959733, 7555465, -595732],
  ["Styrelse", 170000, 169056, 944],
  ["Summa kansli och styrelse", 7129733, 7724521, -594788],
  ["Totalt inkl. avskrivningar", 26863655, 25342310, 1521345],
];

describe("variance: seed 000 T3 under the stated conventions", () => {
  it.each(COST_ROWS)("%s: kostnad = budget − utfall", (_label, budget, utfall, printed) => {
    expect(variance(budget, utfall, "cost")).toBe(printed);
  });

  it("Intäkter/medlemsavgifter 16 278 000 / 16 278 000 → 0", () => {
    expect(variance(16278000, 16278000, "revenue")).toBe(0);
  });

  it("EU-medel 8 341 424 / 9 741 221: printed −1 399 797 is the cost convention; as intäkt it is +1 399 797", () => {
    expect(variance(8341424, 9741221, "cost")).toBe(-1399797);
    expect(variance(8341424, 9741221, "revenue")).toBe(1399797);
  });

  it("Finansiella: the printed 227 763 is utfall 219 763 against a budgeted net cost of 8 000", () => {
    expect(variance(-8000, 219763, "result")).toBe(227763);
  });

  it("Resultat −2 252 231 / 896 674 as resultat → 3 148 905", () => {
    expect(variance(-2252231, 896674, "result")).toBe(3148905);
  });

  it("percent: Resursråden 166 327 of a 1 393 712 budget, and the sign follows the convention", () => {
    expect(variance(1393712, 1227385, "cost", "percent")).toBeCloseTo(166327 / 1393712, 14);
    expect(variance(-2252231, 896674, "result", "percent")).toBeCloseTo(3148905 / 2252231, 14);
  });

  it("percent of a zero budget is a division-by-zero input error (000 T3 Satsa)", () => {
    expect(() => variance(0, 2073888, "cost", "percent")).toThrow(expect.objectContaining({ kind: "divisionByZero" }));
  });
});

describe("variance: typ symmetry", () => {
  it("kostnad is the negation of intäkt, and intäkt equals resultat", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (budget, actual) => {
        expect(variance(budget, actual, "cost")).toBe(-variance(budget, actual, "revenue") + 0);
        expect(variance(budget, actual, "revenue")).toBe(variance(budget, actual, "result"));
        expect(variance(budget, actual, "cost")).toBe(variance(actual, budget, "revenue"));
      }),
    );
  });
});

describe("variance words", () => {
  it("reads Swedish and English, any case", () => {
    expect(["kostnad", "Cost", "KOSTNADER"].map(parseVarianceKind)).toEqual(["cost", "cost", "cost"]);
    expect(["intäkt", "Intäkter", "revenue", "income"].map(parseVarianceKind)).toEqual(Array(4).fill("revenue"));
    expect(["resultat", "Result"].map(parseVarianceKind)).toEqual(["result", "result"]);
    expect(["belopp", "amount", "procent", "Percent", "%"].map(parseVarianceMode)).toEqual(["amount", "amount", "percent", "percent", "percent"]);
  });
  it("names an unknown word in Swedish and English", () => {
    expect(() => parseVarianceKind("vinst")).toThrow(/Okänd typ "vinst".*Unknown kind "vinst"/);
    expect(() => parseVarianceMode("tkr")).toThrow(/Okänt läge "tkr".*Unknown mode "tkr"/);
  });
});
