/**
 * The main job's command after its build step: package.json "start" validates the annual
 * report 2023 (000) with the budget 2024 (004) beside it, with --no-fail, so it exits 0 while
 * printing 000's findings and those across the two documents.
 */
import { execSync } from "child_process";
import fs from "fs";
import path from "path";
import { ROOT, buildCli } from "./build-cli";

beforeAll(buildCli, 180_000);

it("npm start (after build:cli) reports 000 against 004 and exits 0", () => {
  const start: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start;
  const [build, command] = start.split(" && ");
  expect(build).toBe("npm run build:cli");
  const out = execSync(command, { cwd: ROOT, encoding: "utf8" }); // throws on a non-zero exit
  const files = [...out.matchAll(/^Fil: (.+)$/gm)].map((m) => m[1]);
  expect(files).toEqual(["examples/000-arsredovisning-2023.xlsx"]);
  expect(out).toMatch(/ ↔ 004-budget-2024\.xlsx › 'Budget brutto'!C\d+ /);
  expect(out).toMatch(/^Sammanfattning: [1-9]\d* fel, /m);
}, 60_000);
