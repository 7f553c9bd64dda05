/**
 * The reference form receiver (see src/forms/receiver.ts for the contract it implements).
 * Usage: tsx scripts/form-receiver.ts [--port 8787] [--host 127.0.0.1] [--store .cache/forms/submissions.jsonl]
 *                                     [--origin http://localhost:8080]... [--content content] [--trust-proxy]
 * The site's own `url` (site.yaml, or SITE_URL) is always an allowed origin; `--origin` adds others.
 * With `forms.captcha` in site.yaml, FORM_CAPTCHA_SECRET must hold the provider's secret key.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentError, formatProblem } from "../src/content/problems.ts";
import { formStringsFrom } from "../src/forms/form-strings.ts";
import { createFormReceiver } from "../src/forms/receiver.ts";
import { DEFAULT_RECEIVER_PORT, DEFAULT_STORE_FILE, receiverOptionsFromContent } from "../src/forms/receiver-setup.ts";
import { strings } from "../src/i18n.ts";
import { DEFAULT_CONTENT_DIR } from "../src/project-paths.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: String(DEFAULT_RECEIVER_PORT) },
    host: { type: "string", default: "127.0.0.1" },
    store: { type: "string", default: DEFAULT_STORE_FILE },
    origin: { type: "string", multiple: true, default: ["http://localhost:8080"] },
    content: { type: "string", default: DEFAULT_CONTENT_DIR },
    "trust-proxy": { type: "boolean", default: false },
  },
});

const log = (line: string): void => console.log(`${new Date().toISOString()} ${line}`);

try {
  const options = await receiverOptionsFromContent({
    contentDir: path.resolve(values.content),
    storeFile: values.store,
    extraOrigins: values.origin,
    strings: formStringsFrom(strings.vi),
    trustProxy: values["trust-proxy"],
    log,
  });
  const server = createFormReceiver(options);
  server.listen(Number(values.port), values.host, () => {
    log(`form receiver on http://${values.host}:${values.port}/ for ${options.siteOrigins.join(", ")}; storing in ${options.store.file}`);
  });
  const stop = (): void => {
    server.close(() => void options.store.close().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Form receiver not started:\n${error.problems.map((problem) => `  ${formatProblem(problem)}`).join("\n")}`);
  } else {
    console.error(`Form receiver not started: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
