/**
 * Account codes or row numbers in column A with the labels in B (issue 9, label column):
 * codes are neither labels nor figures. Oracle: the grid's own arithmetic, worked out below.
 */
import { validateWorkbook } from "../../src/engine/validate";
import { understandWorkbook } from "../../src/understand/understand-workbook";
import { n, sheet, workbook, type Literal } from "../checks/grid-literal";
import { errors } from "./find";

/**
 * Budget − Utfall: 4 800 000 − 4 800 000 = 0; 150 000 − 171 000 = −21 000; 240 000 − 236 000 = 4 000; 2 900 000 − 2 850 000 = 50 000.
 * Summa 8 090 000 − 8 057 000 = 33 000. `codes` go in column A, `gap` blank columns before the labels.
 */
function budget(codes: Literal[], lokalhyra: number, gap = 0): Literal[][] {
  const pad = Array.from({ length: gap }, () => null);
  const lines: [string, number, number, number][] = [
    ["Medlemsavgifter", 4_800_000, 4_800_000, 0],
    ["Övriga intäkter", 150_000, 171_000, -21_000],
    ["Lokalhyra", lokalhyra, 236_000, 4_000],
    ["Löner", 2_900_000, 2_850_000, 50_000],
  ];
  return [
    ["Budget och utfall 2025"],
    ["Konto", ...pad, "Post", "Budget 2025", "Utfall 2025", "Differens"],
    ...lines.map(([label, ...figures], i): Literal[] => [codes[i], ...pad, label, ...figures]),
    [null, ...pad, "Summa", 8_090_000, 8_057_000, 33_000],
  ];
}

const CODES: Record<string, Literal[]> = {
  "account numbers": [3010, 3990, 5010, 7010],
  "account numbers in General format (2010…2099 look like years)": [n(2010, "General"), n(2020, "General"), n(2081, "General"), n(2099, "General")],
  "codes as text": ["K3010", "K3990", "K5010", "K7010"],
  "row numbers 1) 2) …": ["1)", "2)", "3)", "4)"],
  "item letters": ["a", "b", "c", "d"],
};

const found = (rows: Literal[][]) => errors(validateWorkbook(workbook(sheet("Budget och utfall", rows)))).map((f) => `${f.check} ${f.cells[0]}`);

describe.each(Object.entries(CODES))("%s in column A", (_, codes) => {
  it.each([0, 1])("labels in the column after %i blank column(s) are the labels; the codes are no value column", (gap) => {
    const t = understandWorkbook(workbook(sheet("Budget och utfall", budget(codes, 240_000, gap)))).tables;
    expect(t).toHaveLength(1);
    expect(t[0].labelCol).toBe(1 + gap);
    expect(t[0].rows.map((r) => r.label)).toEqual(["Medlemsavgifter", "Övriga intäkter", "Lokalhyra", "Löner", "Summa"]);
    expect(t[0].columns.map((c) => c.basis)).toEqual(["budget", "utfall", "difference"]);
  });

  it.each([0, 1])("clean gives no error; Lokalhyra 420 000 where the sum and Differens need 240 000 gives exactly those (%i blank columns)", (gap) => {
    expect(found(budget(codes, 240_000, gap))).toEqual([]);
    const [b, d] = ["C", "E"].map((c) => String.fromCharCode(c.charCodeAt(0) + gap));
    expect(found(budget(codes, 420_000, gap)).sort()).toEqual([`difference-column ${d}5`, `sum ${b}7`]);
  });
});
