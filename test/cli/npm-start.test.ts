/**
 * The main job's command after its build step: package.json "start" validates the three
 * examples with --no-fail, so it exits 0 while printing their findings.
 */
import { execSync } from "child_process";
import fs from "fs";
import path from "path";
import { ROOT, buildCli } from "./build-cli";

beforeAll(buildCli, 180_000);

it("npm start (after build:cli) reports all three examples and exits 0", () => {
  const start: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start;
  const [build, command] = start.split(" && ");
  expect(build).toBe("npm run build:cli");
  const out = execSync(command, { cwd: ROOT, encoding: "utf8" }); // throws on a non-zero exit
  const files = [...out.matchAll(/^Fil: (.+)$/gm)].map((m) => m[1]);
  expect(files).toEqual(["examples/000-arsredovisning-2023.xlsx", "examples/002-budget-2022.xlsx", "examples/004-budget-2024.xlsx"]);
  expect(out).toMatch(/^Sammanfattning: [1-9]\d* fel, .*\(3 filer\)$/m);
}, 60_000);
