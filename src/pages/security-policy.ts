/**
 * The site's Content-Security-Policy and the other headers a CDN should send: a strict policy (no
 * inline scripts or styles), opened only as far as each page needs: the form endpoint and captcha
 * provider (src/forms/config.ts), the video providers' players in `frame-src` and nothing else
 * (src/video-providers.ts: a facade loads one when the reader clicks play), and on the search page what
 * Pagefind needs (WebAssembly and its worker).
 *
 * Every page carries its own policy as a `<meta http-equiv>` (hosts that cannot set headers, such as
 * GitHub Pages, get it that way). The `_headers` file (read by Netlify and Cloudflare Pages) sends
 * the search page's policy for every path, plus what a meta policy cannot carry (`frame-ancestors`):
 * a browser enforces both policies, so on every other page the stricter meta policy still keeps
 * WebAssembly out. (Static hosts merge header rules that match one path, so a separate header
 * policy for /search/ would be joined to the general one, not replace it.)
 */
import { type FormsConfig, formsCspSources } from "../forms/config.ts";
import { LANGUAGES } from "../language.ts";
import { assetUrl, searchBundleUrl, withPathPrefix } from "../urls.ts";
import { videoFrameSources } from "../video-providers.ts";

export type Policy = Record<string, string[]>;

/** Directives a `<meta>` policy cannot carry (https://www.w3.org/TR/CSP3/#meta-element). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors", "report-uri", "report-to", "sandbox"];

/** One year: hashed assets never change under their name. */
const IMMUTABLE = "public, max-age=31536000, immutable";

export function contentSecurityPolicy(forms: FormsConfig, page: { search: boolean }): Policy {
  const policy: Policy = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    // Lead photos may be given as https:// URLs in front matter.
    "img-src": ["'self'", "data:", "https:"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-src": videoFrameSources(),
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'self'"],
  };
  if (page.search) {
    policy["script-src"]!.push("'wasm-unsafe-eval'");
    policy["worker-src"] = ["'self'", "blob:"];
  }
  for (const [directive, sources] of Object.entries(formsCspSources(forms))) {
    const current = policy[directive]?.filter((source) => source !== "'none'") ?? ["'self'"];
    policy[directive] = [...current, ...sources.filter((source) => !current.includes(source))];
  }
  return policy;
}

export function serializePolicy(policy: Policy, options: { forMeta?: boolean } = {}): string {
  return Object.entries(policy)
    .filter(([directive]) => !(options.forMeta && HEADER_ONLY_DIRECTIVES.includes(directive)))
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * The `_headers` file: security headers on every path, long caching for hashed files, short for the rest.
 * Photo copies (`/photo-sizes/…`, src/images/photo-variants.ts) are named by the photo's path and width,
 * not its bytes: a replaced photo keeps its URLs, so they are revalidated like the originals.
 */
export function headersFile(forms: FormsConfig, pathPrefix = "/", searchBundles: readonly string[] = []): string {
  const common = ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"];
  // Hosts match these paths against request URLs, which carry the site's path prefix.
  const rule = (url: string, headers: string[]): string => `${withPathPrefix(pathPrefix, url)}\n${headers.map((header) => `  ${header}`).join("\n")}\n`;
  const pagefind = searchBundleUrl();
  return [
    "# Written by tintuc's build (src/pages/security-policy.ts). Read by Netlify and Cloudflare Pages.",
    // No Cache-Control here: hosts join the values of rules that match one path, and their default
    // for HTML (revalidate) is what pages need; only files named by content are cached for long.
    rule("/*", [...common, `Content-Security-Policy: ${serializePolicy(contentSecurityPolicy(forms, { search: true }))}`]),
    rule(assetUrl("*"), [`Cache-Control: ${IMMUTABLE}`]),
    // Pagefind names its fragments and index chunks by hash; its entry files keep their names. One
    // rule a folder of each bundle (a period's, a headline shard's): not every host matches a `*` in
    // the middle of a path. Each language's metadata, `pagefind.vi_9dcbe56830.pf_meta`, is named by
    // hash too (the entry file gives the name), beside files that are not (`pagefind.js`,
    // `wasm.vi.pagefind`): a `*` at the end of a name, after the part no unhashed file starts with.
    ...searchBundles.flatMap((bundle) =>
      [...["fragment", "index", "filter"].map((folder) => `${folder}/*`), ...LANGUAGES.map((lang) => `pagefind.${lang}_*`)].map((files) =>
        rule(`${pagefind}${bundle}/${files}`, [`Cache-Control: ${IMMUTABLE}`]),
      ),
    ),
  ].join("\n");
}

