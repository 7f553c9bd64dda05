/** Serves a built site on loopback for the browser tests and the bench, the way a static host would. */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".avif": "image/avif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** What a static host compresses: text. Photos are compressed already. */
const COMPRESSED = new Set([".html", ".css", ".js", ".json", ".svg", ".xml"]);

/**
 * Whether a response of `file` goes out gzip-compressed to a client that sent `acceptEncoding`.
 * @example compressesFile("/a/index.html", "gzip, deflate, br") // true
 */
export function compressesFile(file: string, acceptEncoding: string | undefined): boolean {
  return COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(acceptEncoding ?? "");
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Rules of a `_headers` file (Netlify / Cloudflare Pages format): a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const colon = line.indexOf(":");
      rules[rules.length - 1]?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Serves `root`; with `applyHeaders`, sends the headers its `_headers` file gives each path, as a host would;
 * with `pathPrefix` (`/tin/`), serves it under that path only, as a site at `https://example.org/tin/`;
 * with `compress`, gzips text as hosts do (Lighthouse's simulated network counts the bytes sent).
 */
export async function serveDirectory(root: string, options: { applyHeaders?: boolean; pathPrefix?: string; compress?: boolean } = {}): Promise<StaticServer> {
  const pathPrefix = options.pathPrefix ?? "/";
  let rules: ReturnType<typeof parseHeadersFile> = [];
  if (options.applyHeaders) rules = parseHeadersFile(await readFile(path.join(root, "_headers"), "utf8"));
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    let file = path.join(root, pathname.slice(pathPrefix.length - 1));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if (!pathname.startsWith(pathPrefix)) throw new Error("outside the site's path");
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      await stat(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      if (options.compress && compressesFile(file, request.headers["accept-encoding"])) {
        response.writeHead(200, { "content-type": type, "content-encoding": "gzip", vary: "Accept-Encoding" });
        createReadStream(file).pipe(createGzip()).pipe(response);
      } else {
        response.writeHead(200, { "content-type": type });
        createReadStream(file).pipe(response);
      }
    } catch {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      createReadStream(path.join(root, "404.html")).on("error", () => response.end()).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
