/**
 * parseArgs: node:util's parseArgs reads the options; each of its refusals is one
 * bilingual CliError naming the option, and the rules beyond it (one --prior, one input
 * with --out, no empty values) still hold.
 */
import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/cli-error";

function refusal(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (err) {
    if (err instanceof CliError) return err.message;
    throw err;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

it("reads files and options in any order", () => {
  expect(parseArgs(["validate", "--json", "a.xlsx", "--lang=en", "b.xlsx", "--no-fail", "--together", "--config", "c.json", "--prior", "p.xlsx"])).toEqual({
    command: "validate",
    files: ["a.xlsx", "b.xlsx"],
    json: true,
    lang: "en",
    noFail: true,
    together: true,
    config: "c.json",
    prior: "p.xlsx",
  });
  expect(parseArgs(["validate", "a.xlsx", "--out", "o.xlsx", "--budget=b.xlsx"])).toEqual({
    command: "validate",
    files: ["a.xlsx"],
    json: false,
    lang: "sv",
    noFail: false,
    together: false,
    out: "o.xlsx",
    budget: "b.xlsx",
  });
});

it("a file name starting with a dash goes after --; a lone - is a file name", () => {
  expect(parseArgs(["validate", "--", "--json"])).toMatchObject({ files: ["--json"], json: false });
  expect(parseArgs(["validate", "-"])).toMatchObject({ files: ["-"] });
});

it("help and version", () => {
  expect(parseArgs([])).toEqual({ command: "help" });
  expect(parseArgs(["validate", "a.xlsx", "-h"])).toEqual({ command: "help" });
  expect(parseArgs(["help"])).toEqual({ command: "help" });
  expect(parseArgs(["-v"])).toEqual({ command: "version" });
});

it.each([
  [["validate", "a.xlsx", "--bogus"], 'okänd flagga "--bogus" / unknown option "--bogus"'],
  [["validate", "a.xlsx", "-x"], 'okänd flagga "-x" / unknown option "-x"'],
  [["validate", "a.xlsx", "--lang"], "--lang kräver ett värde / --lang needs a value"],
  [["validate", "a.xlsx", "--out", "--json"], "--out kräver ett värde / --out needs a value"],
  [["validate", "a.xlsx", "--config="], "--config kräver ett värde / --config needs a value"],
  [["validate", "a.xlsx", "--json=yes"], "--json tar inget värde / --json takes no value"],
  [["validate", "a.xlsx", "--lang", "fr"], '--lang ska vara sv eller en, inte "fr" / --lang must be sv or en, not "fr"'],
  [["validate", "a.xlsx", "--prior", "p.xlsx", "--prior=q.xlsx"], "--prior får bara anges en gång / --prior may be given only once"],
  [
    ["validate", "a.xlsx", "b.xlsx", "--budget", "b.xlsx"],
    "--prior och --budget går med en fil att kontrollera; flera filer som en helhet: --together / --prior and --budget go with one file to validate; several files as one set: --together",
  ],
  [["validate", "a.xlsx", "b.xlsx", "--out", "o.xlsx"], "--out går bara med en indatafil / --out works with one input file only"],
  [["validate", "--json"], "ange minst en .xlsx-fil att kontrollera / give at least one .xlsx file to validate"],
  [["check", "a.xlsx"], 'okänt kommando "check"; använd: finsam validate <fil.xlsx> / unknown command "check"; use: finsam validate <file.xlsx>'],
])("%j is refused: %s", (argv, line) => {
  expect(refusal(argv as string[])).toBe(line);
});
