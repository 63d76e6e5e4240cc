/**
 * The seed grids against the seed documents: every figure of the TSV blocks of
 * shared/domain/000, 002 and 004_tables.md, copied verbatim into test/fixtures/seed-tables
 * (parsed here, an independent oracle), must be in
 * the example grid, on a row with the same label, in the same column order, as printed —
 * and every number on the grid's table rows must come from those blocks.
 */
import fs from "fs";
import path from "path";
import { Cell, Sheet, Workbook } from "../../src/model/grid";
import { seed000 } from "../../examples/src/seed-000";
import { seed002 } from "../../examples/src/seed-002";
import { seed004 } from "../../examples/src/seed-004";

const tablesDir = path.resolve(__dirname, "../fixtures/seed-tables");

/** The first ```tsv block of each "## Tn." section, as rows of cells. */
function tsvTables(file: string): Map<string, string[][]> {
  const text = fs.readFileSync(path.join(tablesDir, file), "utf8");
  const tables = new Map<string, string[][]>();
  for (const section of text.split(/\n## /).slice(1)) {
    const id = /^(T\d+)\./.exec(section)?.[1];
    const block = /```tsv\n([\s\S]*?)\n```/.exec(section)?.[1];
    if (id && block && !tables.has(id))
      tables.set(
        id,
        block.split("\n").map((line) => line.split("\t")),
      );
  }
  return tables;
}

/** A printed cell as the grid should hold it: "1 393 712" → 1393712, "32%" → 0.32, "17 157 195 kr" → 17157195. */
function printed(text: string): number | string | null {
  const t = text.trim();
  if (t === "") return null;
  const m = /^(-?\d{1,3}(?: \d{3})*)( kr|%)?$/.exec(t);
  if (!m) return t;
  const n = Number(m[1].replace(/ /g, ""));
  return m[2] === "%" ? n / 100 : n;
}

interface Mapping {
  seed: string;
  table: string;
  sheet: string;
  /** Leading TSV rows that are column headers (laid out differently in the grid: dates, split rows). */
  headerRows: number;
  /** Columns kept as text in the grid (the "Not" reference column: "2", "3,4"). */
  textColumns?: number[];
}

const MAPPINGS: Mapping[] = [
  { seed: "000", table: "T1", sheet: "5-årsöversikt", headerRows: 1 },
  { seed: "000", table: "T2", sheet: "Driftsredovisning", headerRows: 0 },
  { seed: "000", table: "T3", sheet: "Budget och utfall", headerRows: 1 },
  { seed: "000", table: "T4", sheet: "Resultaträkning", headerRows: 1, textColumns: [1] },
  { seed: "000", table: "T5", sheet: "Balansräkning", headerRows: 1, textColumns: [1] },
  { seed: "000", table: "T6", sheet: "Kassaflödesanalys", headerRows: 1 },
  { seed: "000", table: "T7", sheet: "Noter", headerRows: 1 },
  { seed: "000", table: "T8", sheet: "Noter", headerRows: 1 },
  { seed: "000", table: "T9", sheet: "Noter", headerRows: 1 },
  { seed: "000", table: "T10", sheet: "Not 5", headerRows: 1 },
  { seed: "000", table: "T11", sheet: "Not 6", headerRows: 1 },
  { seed: "000", table: "T12", sheet: "Not 7", headerRows: 1 },
  { seed: "002", table: "T3", sheet: "Sammanfattning", headerRows: 2 },
  { seed: "002", table: "T4", sheet: "Spec", headerRows: 3 },
  { seed: "004", table: "T1", sheet: "Medlemstilldelning", headerRows: 1 },
  { seed: "004", table: "T2", sheet: "Budget netto", headerRows: 1 },
  { seed: "004", table: "T3", sheet: "Budget brutto", headerRows: 1 },
];

const GRIDS: Record<string, Workbook> = { "000": seed000(), "002": seed002(), "004": seed004() };
const TABLES: Record<string, Map<string, string[][]>> = {
  "000": tsvTables("000_tables.md"),
  "002": tsvTables("002_tables.md"),
  "004": tsvTables("004_tables.md"),
};

function sheetOf(seed: string, name: string): Sheet {
  const sheet = GRIDS[seed].sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in seed ${seed}`);
  return sheet;
}

const label = (row: (Cell | undefined)[]) => (typeof row[0]?.value === "string" ? row[0].value : "");
const hasNumber = (row: (Cell | undefined)[]) => row.some((c, i) => i > 0 && typeof c?.value === "number");

/**
 * Matches each TSV data row, in order, to the next grid row with the same label; one
 * cursor per sheet, so tables stacked on one sheet (Noter) are matched in order too.
 * Returns the matched grid rows per sheet and the number of figures compared.
 */
function matchAll(): { matched: Map<string, Set<number>>; figures: number } {
  const matched = new Map<string, Set<number>>();
  const cursor = new Map<string, number>();
  let figures = 0;
  for (const m of MAPPINGS) {
    const sheet = sheetOf(m.seed, m.sheet);
    const key = `${m.seed}/${m.sheet}`;
    const used = matched.get(key) ?? new Set<number>();
    matched.set(key, used);
    const tsv = TABLES[m.seed].get(m.table);
    if (!tsv) throw new Error(`no TSV block for ${m.seed} ${m.table}`);
    for (const line of tsv.slice(m.headerRows)) {
      const want = line.map((text, c) => (m.textColumns?.includes(c) ? text || null : printed(text)));
      const wantLabel = typeof want[0] === "string" ? want[0] : "";
      let r = cursor.get(key) ?? 0;
      while (r < sheet.rows.length && !(label(sheet.rows[r]) === wantLabel && (wantLabel !== "" || hasNumber(sheet.rows[r])))) r++;
      if (r >= sheet.rows.length) throw new Error(`${m.seed} ${m.table}: row "${line.join(" | ")}" not found on ${m.sheet}`);
      const got = want.map((_, c) => sheet.rows[r][c]?.value ?? null);
      expect({ row: r + 1, cells: got }).toEqual({ row: r + 1, cells: want });
      figures += want.filter((v) => typeof v === "number").length;
      used.add(r);
      cursor.set(key, r + 1);
    }
  }
  return { matched, figures };
}

describe("seed grids against the seed tables (test/fixtures/seed-tables, from shared/domain/*_tables.md)", () => {
  it("hold every printed figure of the mapped tables, in order, as printed", () => {
    const { figures } = matchAll();
    expect(figures).toBeGreaterThan(600);
  });

  it("hold no number on a table row that the documents do not print", () => {
    const { matched } = matchAll();
    for (const [key, rows] of matched) {
      const [seed, name] = key.split("/");
      sheetOf(seed, name).rows.forEach((row, r) => {
        // Header rows (years, dates) are bold throughout; every other numeric row must be a printed row.
        const header = row.every((c) => !c || c.bold);
        if (hasNumber(row) && !header) expect({ sheet: name, row: r + 1, matched: rows.has(r) }).toEqual({ sheet: name, row: r + 1, matched: true });
      });
    }
  });

  it.each([
    // [seed, sheet, cell, printed figure] — the discrepancies the examples exist to show
    ["000", "5-årsöversikt", "B8", 0.32],
    ["000", "5-årsöversikt", "D6", 264_479],
    ["000", "Budget och utfall", "D24", 227_763],
    ["000", "Budget och utfall", "D25", 3_148_905],
    ["000", "Balansräkning", "C12", 15_691_256],
    ["000", "Kassaflödesanalys", "B9", 2_856_262],
    ["000", "Not 5", "C17", 263_001],
    ["004", "Medlemstilldelning", "D6", 2_222_744],
    ["004", "Budget netto", "C22", 18_530_230],
    ["004", "Budget brutto", "D19", 398_483],
  ])("%s %s!%s is %p", (seed, sheet, ref, value) => {
    const m = /^([A-Z])(\d+)$/.exec(ref as string)!;
    const cell = sheetOf(seed as string, sheet as string).rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
    expect(cell?.value).toBe(value);
  });
});
