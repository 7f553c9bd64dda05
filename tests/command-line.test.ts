import { test } from "uvu";
import * as assert from "uvu/assert";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { readCommandLine, type CommandSpec } from "../src/command-line.ts";

const spec = {
  command: "npm run new",
  usage: { vi: "Cách dùng: npm run new -- --title …", en: "Usage: npm run new -- --title …" },
  required: ["title"],
  options: { title: { type: "string" }, content: { type: "string", default: "content" }, cache: { type: "string" }, draft: { type: "boolean" } },
} satisfies CommandSpec<{ title: { type: "string" }; content: { type: "string"; default: string }; cache: { type: "string" }; draft: { type: "boolean" } }>;

const read = (argv: string[], env: Record<string, string> = {}) => readCommandLine(spec, argv, env);
const reasonOf = (argv: string[], env: Record<string, string> = {}): string => {
  const result = read(argv, env);
  if (result.kind !== "usage-error") throw new Error(`expected a usage error, got ${result.kind}`);
  assert.ok(result.text.startsWith(spec.usage[result.lang]), "the usage comes first");
  assert.ok(result.text.endsWith(`\n${cliMessages[result.lang].problem(result.reason)}`), "then the one line of what was wrong");
  return result.reason;
};

test("a good command line: values, defaults, the language", () => {
  const result = read(["--title", "Tin mới", "--lang", "en"]);
  assert.is(result.kind, "run");
  if (result.kind !== "run") return;
  assert.is(result.values.title, "Tin mới");
  assert.is(result.values.content, "content");
  assert.is(result.lang, "en");
  const vietnamese = read(["--title=Tin"]);
  assert.is(vietnamese.kind === "run" && vietnamese.lang, "vi");
});

test("--help and -h: the usage, in the language asked for, whatever else is wrong", () => {
  assert.equal(read(["--help"]), { kind: "help", lang: "vi", text: spec.usage.vi });
  assert.equal(read(["-h", "--lang", "en", "--bogus"]), { kind: "help", lang: "en", text: spec.usage.en });
});

test("each wrong or missing argument: one line saying what, in Vietnamese or English", () => {
  const vi = cliMessages.vi;
  const en = cliMessages.en;
  const cases: [string[], Record<string, string>, string][] = [
    [["--title", "Tin", "--bogus"], {}, vi.unknownOption("--bogus")],
    [["--title", "Tin", "--bogus", "--lang", "en"], {}, en.unknownOption("--bogus")],
    [["--title"], {}, vi.optionValue("--title")],
    [["--content", "x"], {}, vi.missingOption("title")],
    [["--title", "  "], {}, vi.missingOption("title")],
    [["--title", "Tin", "thừa"], {}, vi.unexpectedArgument("thừa")],
    [["--title", "Tin", "--lang", "fr"], {}, vi.badLanguage("fr", ["vi", "en"])],
    [["--title", "Tin", "--lang"], {}, vi.badLanguage("", ["vi", "en"])],
    // `npm run new --title "Tin mới"`: npm keeps --title (npm_config_title) and passes the value on.
    [["Tin mới"], { npm_lifecycle_event: "new", npm_config_title: "true" }, vi.missingDoubleDash("npm run new", ["title"])],
    [["Tin mới"], { npm_lifecycle_event: "new" }, vi.missingDoubleDash("npm run new", [])],
  ];
  for (const [argv, env, expected] of cases) assert.is(reasonOf(argv, env), expected, argv.join(" "));
});

test("npm's own settings, and another npm script's, are not taken for a kept option", () => {
  // npm_config_cache is always set under npm; a script run by another (npm run bench → build) inherits its settings.
  assert.is(read(["--title", "Tin"], { npm_lifecycle_event: "new", npm_config_cache: "/root/.npm" }).kind, "run");
  assert.is(read(["--title", "Tin"], { npm_lifecycle_event: "bench", npm_config_title: "true" }).kind, "run");
});

test("every script's usage starts with its command, in both languages", () => {
  for (const script of ["check", "build", "new", "start", "checkLinks", "forms", "generate", "bench", "benchImport", "test", "checkUrls", "recordUrls"] as const) {
    const usage = usageOf(script);
    assert.match(usage.vi, /^Cách dùng: (npm|npx) /, script);
    assert.match(usage.en, /^Usage: (npm|npx) /, script);
  }
});

test.run();
