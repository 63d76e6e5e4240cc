/**
 * Parses `finsam validate <file.xlsx>... [--prior last-year.xlsx] [--budget budget.xlsx] [--together]
 * [--json] [--lang sv|en] [--config params.json] [--out annotated.xlsx] [--no-fail]`, `finsam --help`
 * and `finsam --version`.
 */
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

export function parseArgs(argv: string[]): Args {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "validate") {
    throw new CliError(`okänt kommando "${command}"; använd: finsam validate <fil.xlsx>`, `unknown command "${command}"; use: finsam validate <file.xlsx>`);
  }
  const args: ValidateArgs = { command: "validate", files: [], json: false, lang: "sv", noFail: false, together: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === "") throw new CliError(`${name} kräver ett värde`, `${name} needs a value`);
      return v;
    };
    switch (name) {
      case "--json":
        args.json = true;
        break;
      case "--no-fail":
        args.noFail = true;
        break;
      case "--lang": {
        const lang = value();
        if (lang !== "sv" && lang !== "en") throw new CliError(`--lang ska vara sv eller en, inte "${lang}"`, `--lang must be sv or en, not "${lang}"`);
        args.lang = lang;
        break;
      }
      case "--config":
        args.config = value();
        break;
      case "--out":
        args.out = value();
        break;
      case "--prior":
      case "--budget": {
        const key = name === "--prior" ? "prior" : "budget";
        if (args[key] !== undefined) throw new CliError(`${name} får bara anges en gång`, `${name} may be given only once`);
        args[key] = value();
        break;
      }
      case "--together":
        args.together = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new CliError(`okänd flagga "${arg}"`, `unknown option "${arg}"`);
        args.files.push(arg);
    }
  }
  if (args.files.length === 0) throw new CliError("ange minst en .xlsx-fil att kontrollera", "give at least one .xlsx file to validate");
  if ((args.prior !== undefined || args.budget !== undefined) && args.files.length > 1 && !args.together) {
    throw new CliError("--prior och --budget går med en fil att kontrollera; flera filer som en helhet: --together", "--prior and --budget go with one file to validate; several files as one set: --together");
  }
  if (args.out !== undefined && args.files.length > 1) {
    throw new CliError("--out går bara med en indatafil", "--out works with one input file only");
  }
  return args;
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
  --out FIL       skriv en kopia med bladet "Validering" och markerade celler /
                  write a copy with a "Validering" sheet and the cells highlighted
  --no-fail       avsluta med 0 även när fel hittas / exit 0 even when errors are found

Slutkod / exit code: 0 inga fel / no errors, 1 fel hittade / errors found, 2 kunde inte läsa / could not read`;
