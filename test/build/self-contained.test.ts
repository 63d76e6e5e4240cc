/**
 * The repository is self-contained: no file under src, test, scripts, examples or bench, nor the
 * root's build and CI configuration, refers to a path outside it, so a clone with nothing beside
 * it builds and passes its tests. Flagged: absolute paths of a machine (a checkout in a work or home
 * folder, a Windows drive), relative paths into a sibling of the repository (the seed documents' shared folder), and
 * relative string literals — import specifiers, `path.resolve(__dirname, …)` — that resolve above
 * the root from every place the file runs from (its own folder, or where an emitting tsconfig puts it).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED_DIRS = ["src", "test", "scripts", "examples", "bench", ".ci"];
const ROOT_FILE = /^(package\.json|tsconfig[\w.-]*\.json|[\w.-]+\.config\.(js|mjs|cjs))$/;
const TEXT_FILE = /\.(ts|js|mjs|cjs|json|md|tsv|html|css|sh|xml|txt)$/;
const CODE_FILE = /\.(ts|js|mjs|cjs|json)$/;

/** An absolute path of a machine: a Unix top-level folder that holds checkouts, a home folder, a Windows drive. */
const ABSOLUTE = /(?<![\w.~:/\\-])(?:\/(?:work|home|Users|root|tmp|mnt|opt|srv|var|private)\/|~\/|\b[A-Za-z]:\\)/;
/** A relative path that climbs into the folder beside the repository holding the seed documents. */
const SIBLING = /\.\.[\\/]+(?:\.\.[\\/]+)*shared\b/;
const LITERAL = /(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;
const DIRNAME_CALL = /\b(?:resolve|join)\(\s*__dirname((?:\s*,\s*(["'`])[^"'`\n]*\2)+)/g;
const RELATIVE = /^\.\.?(?:[\\/]|$)/;

interface Emit {
  rootDir: string;
  outDir: string;
  include: RegExp[];
}

/** Repo-relative POSIX path of an absolute path. */
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");
const inside = (abs: string) => {
  const r = path.relative(ROOT, abs);
  return r === "" || (!r.startsWith("..") && !path.isAbsolute(r));
};

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** tsconfig "include" glob → a regex over absolute paths ("**" = any folders, "*" = any name). */
function globRegex(dir: string, glob: string): RegExp {
  const abs = path.resolve(dir, glob).split(path.sep).join("/");
  const body = abs.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\/\*\*\//g, "/(?:.*/)?").replace(/\*/g, "[^/]*");
  return new RegExp(`^${body}$`);
}

/** rootDir, outDir and include of a tsconfig, following "extends" for what it leaves out. */
function emitOf(file: string): Emit | undefined {
  const dir = path.dirname(file);
  const json = readJson(file);
  const options = (json.compilerOptions ?? {}) as { rootDir?: string; outDir?: string };
  const base = typeof json.extends === "string" ? emitOf(path.resolve(dir, json.extends)) : undefined;
  const rootDir = options.rootDir !== undefined ? path.resolve(dir, options.rootDir) : base?.rootDir;
  const outDir = options.outDir !== undefined ? path.resolve(dir, options.outDir) : base?.outDir;
  const include = Array.isArray(json.include) ? (json.include as string[]).map((g) => globRegex(dir, g)) : (base?.include ?? []);
  return rootDir && outDir ? { rootDir, outDir, include } : undefined;
}

/** The tsconfigs that package.json's scripts compile with output (`tsc -p X` without --noEmit). */
function emittingConfigs(): Emit[] {
  const scripts = Object.values((readJson(path.join(ROOT, "package.json")).scripts ?? {}) as Record<string, string>);
  const configs = scripts.flatMap((s) => [...s.matchAll(/\btsc\s+-p\s+(\S+)/g)].filter(() => !/--noEmit/.test(s)).map((m) => path.resolve(ROOT, m[1])));
  return [...new Set(configs)].map(emitOf).filter((e): e is Emit => e !== undefined);
}

const EMITS = emittingConfigs();

/** The folders a file's code may run from: its own, and its output folder under each emitting tsconfig. */
function runDirs(file: string): string[] {
  const abs = path.resolve(ROOT, file);
  const posix = abs.split(path.sep).join("/");
  const outputs = EMITS.filter((e) => inside(abs) && e.include.some((g) => g.test(posix))).map((e) => path.join(e.outDir, path.relative(e.rootDir, path.dirname(abs))));
  return [path.dirname(abs), ...outputs];
}

/** What in a file's text refers to a path outside the repository, as "line: reason". */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const dirs = runDirs(file);
  const climbsOut = (p: string) => dirs.every((d) => !inside(path.resolve(d, p)));
  text.split("\n").forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    if (ABSOLUTE.test(line)) found.push(`${at}: absolute path (${line.trim()})`);
    if (SIBLING.test(line)) found.push(`${at}: path into a folder beside the repository (${line.trim()})`);
    if (!CODE_FILE.test(file)) return;
    for (const m of line.matchAll(LITERAL)) {
      if (m[1] === "`" && m[2].includes("${")) continue;
      if (RELATIVE.test(m[2]) && climbsOut(m[2])) found.push(`${at}: "${m[2]}" resolves above the repository root`);
    }
    for (const m of line.matchAll(DIRNAME_CALL)) {
      const joined = [...m[1].matchAll(/(["'`])([^"'`\n]*)\1/g)].map((s) => s[2]).join("/");
      if (climbsOut(joined)) found.push(`${at}: __dirname + "${joined}" resolves above the repository root`);
    }
  });
  return found;
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : walk(p);
    return TEXT_FILE.test(e.name) || dir.endsWith(".ci") ? [p] : [];
  });
}

const FILES = [...SCANNED_DIRS.flatMap((d) => walk(path.join(ROOT, d))), ...fs.readdirSync(ROOT).filter((n) => ROOT_FILE.test(n)).map((n) => path.join(ROOT, n))].map(rel);

describe("the repository refers to no path outside it", () => {
  it("scans the sources, tests, scripts, examples, benchmarks and build configuration", () => {
    for (const f of ["src/engine/validate.ts", "test/examples/seed-oracle.test.ts", "scripts/build-examples.ts", "bench/run.ts", ".ci/run", "package.json", "webpack.config.js"]) {
      expect(FILES).toContain(f);
    }
    expect(EMITS.length).toBeGreaterThanOrEqual(3);
  });

  it.each(FILES.map((f) => [f]))("%s", (file) => {
    expect(outsideReferences(file, fs.readFileSync(path.join(ROOT, file), "utf8"))).toEqual([]);
  });
});

describe("the scan (it is not vacuous)", () => {
  const up = (n: number) => "../".repeat(n);
  const dots = (n: number) => Array(n).fill('".."').join(", ");
  const slash = "/";

  it.each([
    ["test/examples/seed-oracle.test.ts", `const domain = path.resolve(__dirname, "${up(3)}shared/domain");`],
    ["test/examples/seed-oracle.test.ts", `const domain = path.join(__dirname, ${dots(3)}, "other-repo");`],
    ["test/examples/seed-oracle.test.ts", `import { x } from "${up(3)}elsewhere/x";`],
    ["src/cli/main.ts", `fs.readFileSync("${slash}work${slash}shared/domain/000_tables.md", "utf8");`],
    ["scripts/build-examples.ts", `const root = path.resolve(__dirname, "${up(4)}");`],
    ["bench/run.ts", `// seed documents: ${up(1)}shared/domain`],
    ["test/fixtures/seed-tables/000_tables.md", `Copied from ${slash}home${slash}someone/finsam/shared/domain/000_tables.md`],
  ])("flags %s: %s", (file, text) => {
    expect(outsideReferences(file, text)).not.toEqual([]);
  });

  it.each([
    ["test/support/excel-simulator/address.ts", `import { columnLetters, parseA1 } from "${up(3)}src/model/grid";`],
    ["bench/run.ts", `const ROOT = path.resolve(__dirname, "${up(3).slice(0, -1)}");`],
    ["scripts/build-examples.ts", `const root = path.resolve(__dirname, "${up(2)}..");`],
    ["src/cli/main.ts", `fs.readFileSync(path.join(__dirname, "${up(2)}package.json"), "utf8");`],
    ["test/examples/seed-oracle.test.ts", `const dir = path.join(__dirname, ${dots(2)}, "examples");`],
    ["test/e2e/support/global-setup.js", `const root = path.resolve(__dirname, "${up(2)}..");`],
    ["test/engine/seed-000.test.ts", `/** Figures of shared/domain/000_tables.md T1, see https://example.org/home/x and a/b. */`],
  ])("accepts %s: %s", (file, text) => {
    expect(outsideReferences(file, text)).toEqual([]);
  });
});
