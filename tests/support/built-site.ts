/**
 * What the browser tests over the built fixture site share: build it once per test file, serve it
 * on loopback, start headless Chromium, and close both at the end.
 */
import type { Browser } from "playwright-core";
import type { Test } from "uvu";
import * as assert from "uvu/assert";
import { launchBrowser } from "./browser.ts";
import { FIXTURE_SITE, buildSite } from "./build-site.ts";
import { type StaticServer, serveDirectory } from "./static-server.ts";

export interface BuiltSite {
  readonly browser: Browser;
  /** `http://127.0.0.1:<port>` of the served site. */
  readonly origin: string;
}

/** Registers the suite's before/after hooks; the returned object is usable inside tests. */
export function useBuiltSite(suite: Test, options: { env?: NodeJS.ProcessEnv; applyHeaders?: boolean } = {}): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  suite.before(async () => {
    const build = await buildSite(FIXTURE_SITE, { env: options.env });
    assert.is(build.code, 0, build.stderr);
    server = await serveDirectory(build.outputDir, { applyHeaders: options.applyHeaders });
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
  };
}
