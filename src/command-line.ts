/**
 * The one argument reader of every script in scripts/, over node:util's parseArgs: `--help`, `--lang`,
 * and a usage error for a wrong or missing argument (the usage and one line of what was wrong, exit
 * code 2), never a stack trace. The reasons come from src/cli-messages.ts.
 */
import { statSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { cliMessages } from "./cli-messages.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, isLanguage } from "./language.ts";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;
type ParsedValues<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>["values"];

export interface CommandSpec<O extends OptionsConfig> {
  /** How the script is started, e.g. `npm run new`: the missing-`--` message shows it. */
  command: string;
  /** The usage text in each language. */
  usage: Record<Language, string>;
  options: O;
  /** Options that must be given (by name, without `--`). */
  required?: readonly (keyof O & string)[];
  /** Options that name a folder which must exist (checked by `commandLine`, which may touch the disk). */
  folders?: readonly (keyof O & string)[];
  /** How many positional arguments the script takes (none by default). */
  positionals?: { min: number; max: number };
}

export type CommandLine<O extends OptionsConfig> =
  | { kind: "run"; values: ParsedValues<O>; positionals: string[]; lang: Language }
  | { kind: "help"; lang: Language; text: string }
  | { kind: "usage-error"; lang: Language; reason: string; text: string };

/**
 * npm's own settings: `npm_config_cache` and the like are always set under npm, so they say nothing
 * about a writer's option that npm took for its own.
 */
const NPM_OWN_SETTINGS = new Set(["cache", "json", "prefix", "global", "yes", "audit", "fund", "loglevel"]);

/**
 * Reads a command line without printing or exiting, for the scripts and their tests.
 * @example readCommandLine(spec, ["--help"], {}).kind // "help"
 */
export function readCommandLine<O extends OptionsConfig>(spec: CommandSpec<O>, argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CommandLine<O> {
  const langArgument = languageArgument(argv);
  const lang: Language = isLanguage(langArgument) ? langArgument : DEFAULT_LANGUAGE;
  const messages = cliMessages[lang];
  const usageError = (reason: string): CommandLine<O> => ({ kind: "usage-error", lang, reason, text: `${spec.usage[lang]}\n\n${messages.problem(reason)}` });

  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help", lang, text: spec.usage[lang] };
  if (langArgument !== undefined && !isLanguage(langArgument)) return usageError(messages.badLanguage(langArgument, LANGUAGES));

  // npm takes `--title "…"` after `npm run new` for its own settings: the value arrives as a stray
  // argument and the option as npm_config_title. Both mean the `--` was left out.
  // Only under this script's own npm run: a script started by another inherits that one's npm settings.
  const underNpm = env.npm_lifecycle_event !== undefined && env.npm_lifecycle_event === /^npm (?:run )?(\S+)$/.exec(spec.command)?.[1];
  const swallowed = Object.keys(spec.options).filter((name) => !NPM_OWN_SETTINGS.has(name) && env[`npm_config_${name.replaceAll("-", "_")}`] !== undefined);
  if (underNpm && swallowed.length > 0) return usageError(messages.missingDoubleDash(spec.command, swallowed));

  let parsed: { values: ParsedValues<O>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...spec.options, lang: { type: "string" } }, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    return usageError(parseArgsReason(error, messages));
  }
  const values = parsed.values as Record<string, unknown>;

  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  if (parsed.positionals.length > max) {
    const stray = parsed.positionals[max]!;
    return usageError(underNpm ? messages.missingDoubleDash(spec.command, []) : messages.unexpectedArgument(stray));
  }
  if (parsed.positionals.length < min) return usageError(messages.missingArgument());
  for (const name of spec.required ?? []) {
    const value = values[name];
    if (value === undefined || (typeof value === "string" && value.trim() === "")) return usageError(messages.missingOption(name));
  }
  return { kind: "run", values: parsed.values, positionals: parsed.positionals, lang };
}

/**
 * Reads `process.argv`; prints the usage and exits on `--help` (0) or a usage error (2).
 * @example const { values, lang } = commandLine({ command: "npm run check", usage, options: { content: { type: "string" } } });
 */
export function commandLine<O extends OptionsConfig>(spec: CommandSpec<O>): Extract<CommandLine<O>, { kind: "run" }> {
  const result = readCommandLine(spec, process.argv.slice(2), process.env);
  if (result.kind === "help") {
    console.log(result.text);
    process.exit(0);
  }
  if (result.kind === "usage-error") return usageExit(result.text);
  const values = result.values as Record<string, unknown>;
  for (const name of spec.folders ?? []) {
    const folder = values[name];
    if (typeof folder === "string" && !isFolder(folder)) {
      usageExit(`${spec.usage[result.lang]}\n\n${cliMessages[result.lang].problem(cliMessages[result.lang].folderMissing(name, folder))}`);
    }
  }
  return result;
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Prints a usage error (the usage and the reason) and exits with code 2. */
export function usageExit(text: string): never {
  console.error(text);
  process.exit(2);
}

/** The value of `--lang` (`--lang en` or `--lang=en`), if given. */
function languageArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((argument, index) => {
    if (argument === "--lang") found = argv[index + 1] ?? "";
    else if (argument.startsWith("--lang=")) found = argument.slice("--lang=".length);
  });
  return found;
}

/** parseArgs's error in the writer's words; its own text names an option in single quotes. */
function parseArgsReason(error: unknown, messages: (typeof cliMessages)[Language]): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(text)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return messages.unknownOption(option);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return messages.optionValue(option);
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return messages.unexpectedArgument(/'([^']*)'/.exec(text)?.[1] ?? "");
  throw error;
}
