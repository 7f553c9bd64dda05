/**
 * The last steps both importers share: photos through the media store, the first video to
 * `video:` (when the lead photo can be its poster), the body to Markdown, front matter in the
 * schema's order, and the file written through the article folder, all counted in the report.
 */
import type { DateTime } from "luxon";
import { isoTimestamp } from "../dates.ts";
import { articleFileText } from "./article-file.ts";
import { finishBody, type ConvertedBody } from "./converted-body.ts";
import { withoutBodyCredits } from "../credit-line.ts";
import type { ImportReport } from "./import-report.ts";
import type { ArticleFolder } from "./import-record.ts";
import type { MediaStore } from "./media.ts";
import { monthFolder } from "./wordpress-post.ts";
import { checkAliasPath } from "../content/permanence-fields.ts";

export interface ImportedArticle {
  /** `wordpress:12`, `html:tin-tuc/a.html`: the record's source. */
  source: string;
  /** The item as messages name it (the export's line, the page's path). */
  item: string;
  title: string;
  category: string;
  published: DateTime;
  updated?: DateTime;
  author?: string[];
  photo?: string[];
  /** The lead photo as found (absolute URL), before media copying. */
  image?: { url: string; alt: string; caption: string };
  summary?: string;
  tags?: string[];
  slug: string;
  draft?: boolean;
  scheduled?: boolean;
  aliases: string[];
  body: ConvertedBody;
}

export interface ImportContext {
  report: ImportReport;
  media: MediaStore;
  folder: ArticleFolder;
}

async function resolvePhoto(context: ImportContext, article: ImportedArticle, url: string, field: string, month: string): Promise<{ src: string; local: boolean }> {
  const result = await context.media.resolve(url, month);
  const { report } = context;
  if (result.kind === "local") {
    if (result.copied) report.photosCopied++;
    else report.photosReused++;
    return { src: result.src, local: true };
  }
  report.photosRemote++;
  if (result.failure) report.problem(article.item, field, "problemFetchFailed", { url, message: result.failure });
  else report.problem(article.item, field, "problemRemotePhoto", { url });
  return { src: url, local: false };
}

function reportDropped(context: ImportContext, article: ImportedArticle, dropped: ConvertedBody["dropped"], extra: string[]): void {
  const counts: [keyof typeof dropped, "droppedScripts" | "droppedStyles" | "droppedFrames" | "droppedHandlers"][] = [
    ["scripts", "droppedScripts"],
    ["styles", "droppedStyles"],
    ["frames", "droppedFrames"],
    ["handlers", "droppedHandlers"],
  ];
  for (const [field, key] of counts) {
    const count = dropped[field] as number;
    if (count > 0) context.report.problem(article.item, "body", key, { count });
  }
  const other = [...dropped.other, ...extra];
  if (other.length > 0) context.report.problem(article.item, "body", "problemDropped", { what: other.map((name) => `[${name}]`).join(", ") });
}

/** Finishes one article and writes it (or leaves it, when unchanged or edited since). */
export async function writeImportedArticle(context: ImportContext, article: ImportedArticle): Promise<void> {
  const { report } = context;
  const month = monthFolder(article.published);
  let image: { src: string; alt: string; caption?: string } | undefined;
  let poster: string | undefined;
  if (article.image) {
    const photo = await resolvePhoto(context, article, article.image.url, "image", month);
    let alt = article.image.alt;
    if (!alt) {
      alt = article.image.caption || article.title;
      report.problem(article.item, "image", "problemNoAlt", { alt });
    }
    image = { src: photo.src, alt, ...(article.image.caption ? { caption: article.image.caption } : {}) };
    if (photo.local) poster = photo.src;
  }
  const sources: string[] = [];
  for (const url of article.body.imageUrls) sources.push((await resolvePhoto(context, article, url, "body", month)).src);

  const [first, ...others] = article.body.videos;
  let video: Record<string, string> | undefined;
  if (first && poster) video = { [first.provider]: first.id, poster };
  else if (first) report.problem(article.item, "video", "problemVideoNoPoster", { provider: first.provider, id: first.id });
  for (const other of others) report.problem(article.item, "video", "problemExtraVideo", { provider: other.provider, id: other.id });
  reportDropped(context, article, article.body.dropped, article.body.droppedShortcodes);

  // A credit line left in the body ("Bài: Lan Anh - Ảnh: Hữu Thắng") is an error of check: its names
  // go to the front matter instead, where they name who wrote the article better than the posting account.
  const { body, names: credited } = withoutBodyCredits(finishBody(article.body, sources, video ? 0 : undefined));
  const author = credited.author ?? article.author;
  const photo = credited.photo ?? article.photo;
  const frontMatter = (slug: string): Record<string, unknown> => {
    const data: Record<string, unknown> = { title: article.title, category: article.category, published: isoTimestamp(article.published) };
    if (article.updated) data.updated = isoTimestamp(article.updated);
    if (author?.length) data.author = author.length === 1 ? author[0] : author;
    if (photo?.length) data.photo = photo.length === 1 ? photo[0] : photo;
    if (credited.source?.length) data.source = credited.source.join(", ");
    if (image) data.image = image;
    if (video) data.video = video;
    if (article.summary) data.summary = article.summary;
    if (article.tags?.length) data.tags = article.tags;
    data.slug = slug;
    if (article.draft) data.draft = true;
    // Only the addresses the site can answer for (src/content/permanence-fields.ts): paths, and
    // WordPress's `/?p=12` (a lookup, src/query-aliases.ts); another query string
    // (`chi-tiet.aspx?ItemID=1234`) is an error of check, and needs server rules.
    if (aliases.length) data.aliases = aliases;
    return data;
  };
  const aliases = article.aliases.filter((alias) => checkAliasPath(alias).ok);
  for (const alias of article.aliases) if (!aliases.includes(alias) && alias.includes("?")) report.problem(article.item, "aliases", "problemQueryAlias", { alias });

  const outcome = context.folder.write(article.source, month, article.slug, (slug) => articleFileText(frontMatter(slug), body, article.source));
  if (outcome.action === "kept-edited") {
    report.skip("skipEdited");
    report.problem(article.item, "file", "problemEdited", { path: `articles/${outcome.path}` });
    return;
  }
  report[outcome.action]++;
  if (outcome.action === "created" && outcome.renamedFrom) report.problem(article.item, "slug", "problemRenamed", { path: `articles/${outcome.path}` });
  if (article.draft) report.drafts++;
  else if (article.scheduled) report.scheduled++;
}
