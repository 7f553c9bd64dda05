/**
 * What the browser tests over the built fixture site share: build it once per test file, serve it
 * on loopback, start headless Chromium, and close both at the end.
 */
import type { Browser } from "playwright-core";
import type { Test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser } from "../../src/bench/chromium.ts";
import { FIXTURE_SITE, buildSite } from "./build-site.ts";
import { type StaticServer, serveDirectory } from "../../src/bench/static-server.ts";

export interface BuiltSite {
  readonly browser: Browser;
  /** `http://127.0.0.1:<port>` of the served site. */
  readonly origin: string;
  /** The built output folder. */
  readonly outputDir: string;
}

/** Registers the suite's before/after hooks; the returned object is usable inside tests. */
export function useBuiltSite(
  suite: Test,
  options: { contentDir?: string; env?: NodeJS.ProcessEnv; applyHeaders?: boolean; pathPrefix?: string } = {},
): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let outputDir: string | undefined;
  suite.before(async () => {
    const build = await buildSite(options.contentDir ?? FIXTURE_SITE, { env: options.env });
    assert.is(build.code, 0, build.stderr);
    outputDir = build.outputDir;
    server = await serveDirectory(build.outputDir, { applyHeaders: options.applyHeaders, pathPrefix: options.pathPrefix });
    browser = await launchBrowser();
  });
  suite.after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("the browser starts in the suite's before hook");
      return browser;
    },
    get origin() {
      if (!server) throw new Error("the site is served from the suite's before hook");
      return server.origin;
    },
    get outputDir() {
      if (!outputDir) throw new Error("the site is built in the suite's before hook");
      return outputDir;
    },
  };
}
