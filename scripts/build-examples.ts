/**
 * Builds examples/*.xlsx from the seed grids in examples/src (figures from
 * shared/domain/000, 002 and 004_tables.md). Run with `npm run examples`; unchanged grids
 * give byte-identical files.
 */
import fs from "fs";
import path from "path";
import { exampleBytes } from "../examples/src/example-bytes";
import { EXAMPLES } from "../examples/src/seeds";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "../../..");
  for (const example of EXAMPLES) {
    const target = path.join(root, "examples", example.file);
    fs.writeFileSync(target, await exampleBytes(example));
    console.log(`skrev / wrote ${path.relative(root, target)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
