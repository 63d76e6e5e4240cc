/**
 * Builds examples/*.xlsx from the seed grids in examples/src (figures from
 * shared/domain/000, 002 and 004_tables.md). Run with `npm run examples`.
 */
import path from "path";
import { EXAMPLES } from "../examples/src/seeds";
import { gridToExcelJS } from "../src/xlsx/grid-to-exceljs";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "../../..");
  for (const example of EXAMPLES) {
    const target = path.join(root, "examples", example.file);
    await gridToExcelJS(example.build()).xlsx.writeFile(target);
    console.log(`skrev / wrote ${path.relative(root, target)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
