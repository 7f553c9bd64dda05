/**
 * The reference form receiver (see src/forms/receiver.ts for the contract it implements).
 * Usage: tsx scripts/form-receiver.ts [--port 8787] [--host 127.0.0.1] [--store .cache/forms/submissions.jsonl]
 *          [--origin https://other.example.org]... [--content content] [--trust-proxy N]
 *          [--header-timeout 10] [--request-timeout 30] [--max-connections 1000] [--lang vi|en]
 * The site's own `url` (site.yaml, or SITE_URL) is always an allowed origin, the only one by default;
 * `--origin` adds others. `--trust-proxy N`: N proxies in front, each appending to X-Forwarded-For.
 * With `forms.captcha` in site.yaml, FORM_CAPTCHA_SECRET must hold the provider's secret key.
 * `--lang en` says why it cannot start in English (Vietnamese by default).
 */
import path from "node:path";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine } from "../src/command-line.ts";
import { ContentError, formatProblem } from "../src/problems.ts";
import { createFormReceiver } from "../src/forms/receiver.ts";
import { DEFAULT_RECEIVER_PORT, DEFAULT_STORE_FILE, receiverFlags, receiverOptionsFromContent } from "../src/forms/receiver-setup.ts";
import { DEFAULT_CONTENT_DIR, displayPath } from "../src/project-paths.ts";

const { values, lang } = commandLine({
  command: "npm run forms",
  usage: usageOf("forms"),
  folders: ["content"],
  options: {
    port: { type: "string", default: String(DEFAULT_RECEIVER_PORT) },
    host: { type: "string", default: "127.0.0.1" },
    store: { type: "string", default: DEFAULT_STORE_FILE },
    origin: { type: "string", multiple: true, default: [] },
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    "trust-proxy": { type: "string" },
    "header-timeout": { type: "string" },
    "request-timeout": { type: "string" },
    "max-connections": { type: "string" },
    lang: { type: "string" },
  },
});

const log = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);
const messages = cliMessages[lang];

try {
  const flags = receiverFlags(values);
  const options = await receiverOptionsFromContent({
    contentDir: path.resolve(values.content),
    storeFile: values.store,
    extraOrigins: values.origin,
    trustProxy: flags.trustProxy,
    connectionLimits: flags.connectionLimits,
    messageLanguage: flags.messageLanguage,
    log,
  });
  const server = createFormReceiver(options);
  server.listen(Number(values.port), values.host, () => {
    log(messages.receiverListening(`http://${values.host}:${values.port}/`, options.siteOrigins.join(", "), displayPath(options.store.file)));
  });
  const stop = (): void => {
    server.close(() => void options.store.close().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  const heading = messages.receiverHeading();
  if (error instanceof ContentError) {
    console.error(`${heading}\n${error.problems.filter((problem) => problem.severity === "error").map((problem) => `  ${formatProblem(problem, lang)}`).join("\n")}`);
  } else {
    console.error(`${heading} ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
