/**
 * Parses `finsam validate <file.xlsx>... [--prior last-year.xlsx] [--budget budget.xlsx] [--together]
 * [--json] [--lang sv|en] [--config params.json] [--out annotated.xlsx] [--no-fail]`, `finsam --help`
 * and `finsam --version`. The options are read by node:util's parseArgs (strict); its errors
 * become one bilingual CliError line.
 */
import { parseArgs as parseOptions } from "node:util";
import { CliError } from "./cli-error";

export type Lang = "sv" | "en";

export interface ValidateArgs {
  command: "validate";
  files: string[];
  json: boolean;
  lang: Lang;
  config?: string;
  out?: string;
  /** Exit 0 even when errors are found (the demo in `npm start`); unreadable files still exit 2. */
  noFail: boolean;
  /** Last year's annual report, compared with the file validated. */
  prior?: string;
  /** The budget (verksamhetsplan) the file is compared with. */
  budget?: string;
  /** The files are one set of documents, related to each other (each is still reported). */
  together: boolean;
}

export type Args = ValidateArgs | { command: "help" } | { command: "version" };

/** `finsam validate`'s options; --prior and --budget are collected to refuse a second one. */
const OPTIONS = {
  json: { type: "boolean" },
  "no-fail": { type: "boolean" },
  together: { type: "boolean" },
  lang: { type: "string" },
  config: { type: "string" },
  out: { type: "string" },
  prior: { type: "string", multiple: true },
  budget: { type: "string", multiple: true },
} as const;

/** The options that take no value, as written: "--json", … */
const FLAGS = new Set(Object.entries(OPTIONS).flatMap(([name, o]) => (o.type === "boolean" ? [`--${name}`] : [])));

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "validate") {
    throw new CliError(`okänt kommando "${command}"; använd: finsam validate <fil.xlsx>`, `unknown command "${command}"; use: finsam validate <file.xlsx>`);
  }
  const { values, positionals } = readOptions(rest);
  const given = (name: keyof typeof OPTIONS, v: string | undefined): string | undefined => {
    if (v === "") throw new CliError(`--${name} kräver ett värde`, `--${name} needs a value`);
    return v;
  };
  const once = (name: "prior" | "budget"): string | undefined => {
    const all = values[name] ?? [];
    if (all.length > 1) throw new CliError(`--${name} får bara anges en gång`, `--${name} may be given only once`);
    return given(name, all[0]);
  };
  const lang = given("lang", values.lang) ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new CliError(`--lang ska vara sv eller en, inte "${lang}"`, `--lang must be sv or en, not "${lang}"`);
  const args: ValidateArgs = {
    command: "validate",
    files: positionals,
    json: values.json ?? false,
    lang,
    noFail: values["no-fail"] ?? false,
    together: values.together ?? false,
  };
  const config = given("config", values.config);
  const out = given("out", values.out);
  const prior = once("prior");
  const budget = once("budget");
  if (config !== undefined) args.config = config;
  if (out !== undefined) args.out = out;
  if (prior !== undefined) args.prior = prior;
  if (budget !== undefined) args.budget = budget;
  if (args.files.length === 0) throw new CliError("ange minst en .xlsx-fil att kontrollera", "give at least one .xlsx file to validate");
  if ((args.prior !== undefined || args.budget !== undefined) && args.files.length > 1 && !args.together) {
    throw new CliError(
      "--prior och --budget går med en fil att kontrollera; flera filer som en helhet: --together",
      "--prior and --budget go with one file to validate; several files as one set: --together",
    );
  }
  if (args.out !== undefined && args.files.length > 1) {
    throw new CliError("--out går bara med en indatafil", "--out works with one input file only");
  }
  return args;
}

/** parseArgs in strict mode, its errors (ERR_PARSE_ARGS_*) as bilingual lines naming the option. */
function readOptions(args: string[]) {
  try {
    return parseOptions({ args, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    const message = err instanceof Error ? err.message : String(err);
    // Node names the option in quotes: "Unknown option '--bogus'", "Option '--lang <value>' argument missing".
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(`okänd flagga "${option}"`, `unknown option "${option}"`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (FLAGS.has(option)) throw new CliError(`${option} tar inget värde`, `${option} takes no value`);
      throw new CliError(`${option} kräver ett värde`, `${option} needs a value`);
    }
    throw new CliError(`felaktiga flaggor (${message.split("\n")[0]})`, `invalid options (${message.split("\n")[0]})`);
  }
}

export const USAGE = `Användning / Usage:
  finsam validate <fil.xlsx>... [--prior FJOLARET.xlsx] [--budget BUDGET.xlsx] [--together]
                  [--json] [--lang sv|en] [--config params.json] [--out kopia.xlsx] [--no-fail]

  --prior FIL     jämför med fjolårets årsredovisning / compare with last year's annual report
  --budget FIL    jämför med budgeten (verksamhetsplanen) / compare with the budget
  --together      filerna är en helhet och jämförs med varandra /
                  the files are one set and are compared with each other

  --json          ett JSON-dokument på stdout / one JSON document on stdout
  --lang sv|en    språk för meddelanden (standard sv) / language of messages (default sv)
  --config FIL    parametrar: equityCeiling, adminShareTarget, sheetRoles / parameters
  --out FIL       skriv en kopia med bladet "Valideringsrapport" och markerade celler /
                  write a copy with a "Valideringsrapport" sheet, cells highlighted
  --no-fail       avsluta med 0 även när fel hittas / exit 0 even when errors are found

Slutkod / exit code: 0 inga fel / no errors, 1 fel hittade / errors found, 2 kunde inte läsa / could not read`;
