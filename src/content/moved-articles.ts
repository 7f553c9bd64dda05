/**
 * Which article a published file became when it was moved or renamed and edited in the same change
 * (so that neither its file nor its URL finds it in the record): found by comparing the file's last
 * committed text with the articles the record does not know. Used by `npm run record-urls` only,
 * never by `check` or the build, so that they never depend on the git history (docs/permanent-urls.md).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Article } from "./article.ts";
import { parseSourceFile } from "./front-matter.ts";
import { parseTimestamp } from "../dates.ts";
import type { RecordEntry } from "./published-record.ts";

/**
 * For each recorded entry whose file is gone, the one unrecorded article it became: same body, or
 * same `published` instant and language. Ambiguous or unknown entries are left out (they stay recorded).
 * @param formerText the gone file's last committed text, when known
 */
export function matchMovedArticles(
  orphans: readonly RecordEntry[],
  unrecorded: readonly Article[],
  formerText: (entry: RecordEntry) => string | undefined,
): Map<RecordEntry, Article> {
  const moved = new Map<RecordEntry, Article>();
  const taken = new Set<Article>();
  for (const entry of orphans) {
    const text = formerText(entry);
    if (text === undefined) continue;
    const former = parseSourceFile(text);
    const published = parseTimestamp(former.data.published);
    const lang = former.data.lang ?? "vi";
    const body = former.body.trim();
    const candidates = unrecorded.filter(
      (article) => !taken.has(article) && (article.body.trim() === body || (published.ok && article.lang === lang && +article.published === +published.value)),
    );
    if (candidates.length !== 1) continue;
    moved.set(entry, candidates[0]!);
    taken.add(candidates[0]!);
  }
  return moved;
}

/**
 * The last committed text of a file of the content folder that no longer exists: from HEAD, or from
 * the parent of the commit that deleted it. Undefined outside a git work tree or without that history.
 */
export function committedText(contentDir: string, file: string): string | undefined {
  const git = (...args: string[]): string => execFileSync("git", args, { cwd: contentDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  try {
    const relative = path.posix.join(git("rev-parse", "--show-prefix").trim(), file);
    try {
      return git("show", `HEAD:${relative}`);
    } catch {
      const deleting = git("log", "-1", "--diff-filter=D", "--format=%H", "--", `:(top)${relative}`).trim();
      return deleting ? git("show", `${deleting}^:${relative}`) : undefined;
    }
  } catch {
    return undefined;
  }
}
