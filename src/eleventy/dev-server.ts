/**
 * The preview's web server (npm start): Eleventy's dev server over the preview's output folder, for
 * its static files and its live reload (a script from this origin, which the site's policy allows),
 * with tintuc's pages in front: each page is rendered when asked for and shown with the content's
 * errors while there are any (src/pipeline/preview-site.ts). Eleventy's own watch and serve modes
 * rewrote every page of the site on start and on every save.
 *
 * Photos' copies (src/images/photo-variants.ts) are encoded by the build only: the preview answers a
 * copy's URL with the original, so that a photo a writer has just added shows at once (encoding
 * one takes seconds) and exactly as committed. Pages print the same `<picture>` as in production.
 */
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:net";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { originalOfCopyUrl } from "../images/photo-variants.ts";
import { PROBLEMS_STYLESHEET_URL } from "../pages/problem-banner.ts";
import type { PreviewSite } from "../pipeline/preview-site.ts";
import { LAYOUTS_DIR } from "../project-paths.ts";

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void | Promise<void>;

export interface PreviewServer {
  /** Tells every open page to load again. */
  reload(): void;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  outputDir: string;
  port: number;
  /** Receives a line when a page cannot be rendered (a fault of the program, not of the content). */
  log: (line: string) => void;
}

/** Thrown when another program listens on the preview's port. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is in use`);
    this.name = "PortInUseError";
  }
}

/**
 * Serves `preview` on `port`; resolves once it listens.
 * @throws PortInUseError when the port is taken (Eleventy's dev server would throw from an event handler, a stack trace for the writer)
 */
export async function startPreviewServer(preview: PreviewSite, options: PreviewServerOptions): Promise<PreviewServer> {
  await assertPortFree(options.port);
  const server = EleventyDevServer.getServer("tintuc-preview", options.outputDir, {
    middleware: [servePhotoOriginals, serveProblemsStylesheet, previewPages(preview, options.log)],
    // A whole-page reload: the pages are rendered on request, not known to the server in advance.
    domDiff: false,
    // The site's URL in preview names this port (scripts/serve.ts): another would be a different site.
    portReassignmentRetryCount: 0,
    // Its start line and its 404 lines (a favicon, a page not written) are not for writers.
    messageOnStart: () => false,
    logger: { info: () => {}, log: () => {}, error: (line: string) => (/^HTTP 404/.test(line) ? undefined : options.log(line)) },
  });
  server.serve(options.port);
  await server.ready();
  return { reload: () => server.reload({}), close: () => server.close() };
}

/** Listens on `port` for a moment, as the dev server will (every interface), to learn whether it is free. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Each page of the site, rendered before the server sends it; with the banner while the content has errors. */
function previewPages(preview: PreviewSite, log: (line: string) => void): Middleware {
  return async (request, response, next) => {
    if (request.method !== "GET" && request.method !== "HEAD") return next();
    const urlPath = new URL(request.url ?? "/", "http://preview").pathname;
    try {
      const answer = await preview.answer(urlPath);
      if (answer.kind !== "page") return next();
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(answer.html);
    } catch (error) {
      log(`${urlPath}: ${(error as Error).stack ?? error}`);
      response.statusCode = 500;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.end(String((error as Error).message ?? error));
    }
  };
}

/** The banner's stylesheet (layouts/preview/problems.css), served by the preview only. */
const serveProblemsStylesheet: Middleware = (request, response, next) => {
  if (request.url?.split("?")[0] !== PROBLEMS_STYLESHEET_URL) return next();
  response.setHeader("Content-Type", "text/css; charset=utf-8");
  createReadStream(path.join(LAYOUTS_DIR, "preview", "problems.css")).pipe(response);
};

/** Rewrites a copy's URL to its original's, which the server then sends from the preview's output. */
const servePhotoOriginals: Middleware = (request, _response, next) => {
  const original = request.url ? originalOfCopyUrl(request.url) : undefined;
  if (original) request.url = encodeURI(original);
  next();
};
