/**
 * Reads the whole archive once: every article file under `content/articles/`, parsed, validated
 * against the one schema, and checked for what only the whole archive shows (two articles at one
 * URL, images that are not in content/, `related:` references to articles that don't exist).
 * Every problem in every file is collected; nothing is rendered here.
 *
 * Cost: one read and one YAML parse per file, the first 64 KB of each distinct local image (its size),
 * O(n log n) for the final sort.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { displayPath } from "../project-paths.ts";
import type { DateTime } from "luxon";
import type { MarkdownIt } from "markdown-it";
import { createMarkdown } from "./markdown.ts";
import { type Article, compareNewestFirst, settleArticle } from "./article.ts";
import { type Category, type SiteConfig, readCategories, readSiteConfig } from "./data-files.ts";
import { openDerivedStore } from "./derived-store.ts";
import { type DerivationContext, type FileDerivation, deriveFile } from "./file-derivation.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { type WriterMessages, writerMessages } from "../writer-messages.ts";
import { type ImageReference, contentPathOf } from "./image-references.ts";
import { type BodyLink, brokenLinkMessage, linkTargets } from "./body-links.ts";
import { type ImageSize, type LocalImages, localImages } from "./local-images.ts";
import { type FormsConfig, readFormsConfig } from "../forms/config.ts";
import { type Poll, readPolls } from "../forms/polls.ts";
import { articleReferenceIndex, resolveArticleReference } from "./article-references.ts";
import type { RunMode } from "../run-mode.ts";
import { photoChecker } from "../images/photo-checks.ts";
import { type Problem, sortProblems } from "../problems.ts";
import { readFrontPageData } from "./front-page-data.ts";
import { aliasProblems } from "./permanent-urls.ts";
import { farFutureProblems } from "./schedule.ts";
import { nameVariantProblems } from "./name-variants.ts";
import { type PublishedRecord, PUBLISHED_RECORD_PATH, applyPublishedRecord, parsePublishedRecord } from "./published-record.ts";

export interface LoadContentOptions {
  /** The content folder (Eleventy's input): holds `articles/` and `_data/`. */
  contentDir: string;
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  projectDir?: string;
  buildTime: DateTime;
  env?: NodeJS.ProcessEnv;
  /** Production (default) warns about what would leave readers with dead ends, such as forms without an endpoint. */
  mode?: RunMode;
  /**
   * Whether a site without a form endpoint gets a warning (default: in production). `npm run check` says
   * no: on a writer's machine the endpoint is the deployment's business, and a warning on every check
   * teaches writers to skip the output; the production build still says it.
   */
  reportMissingFormEndpoint?: boolean;
  /** The language of the messages for writers (`--lang`); Vietnamese by default. */
  writerLanguage?: Language;
  /**
   * Where to keep what each article file derived (src/content/derived-store.ts), so that an unchanged
   * file is not parsed and validated again, and `code`, a hash of the code that derives it. None by default.
   */
  cache?: DerivationCacheOptions;
}

/** A folder of derivations (src/content/derived-store.ts) and the hash of the code that made them. */
export interface DerivationCacheOptions {
  dir: string;
  code: string;
  /**
   * Read the snapshot, never write it: for a second reader of another's cache (the preview's search
   * index reads the preview's), so that one snapshot never has two writers.
   */
  readOnly?: boolean;
}

/** The record of published URLs as this load applied it (src/content/published-record.ts): `check` and `record-urls` read it. */
export interface PublishedUrls {
  record: PublishedRecord;
  applied: ReturnType<typeof applyPublishedRecord>;
  /** The record's path as messages show it. */
  displayPath: string;
  /** An article's file relative to the content folder: its key in the record. */
  fileOf: (article: Article) => string;
  /** Article files (relative to the content folder) that are there but did not load: their own errors say why. */
  unread: ReadonlySet<string>;
}

export interface LoadedContent {
  /** The build's "now", which decided what is scheduled. */
  buildTime: DateTime;
  site?: SiteConfig;
  categories: Category[];
  forms: FormsConfig;
  polls: Poll[];
  /** URLs of the stories pinned to the top of the front page (`_data/front-page.yaml`), lead first. */
  pinned: string[];
  /** Every valid article, drafts and scheduled ones included, newest first. */
  articles: Article[];
  problems: Problem[];
  published: PublishedUrls;
  /** With a cache (LoadContentOptions.cache): how many article files there were, were read and hashed, and were parsed and validated. */
  derivations?: { files: number; hashed: number; derived: number };
}

export async function loadContent(options: LoadContentOptions): Promise<LoadedContent> {
  const projectDir = options.projectDir ?? process.cwd();
  // As a writer can find it: relative to where they ran the command, or absolute when the content is elsewhere.
  const display = (file: string): string => displayPath(file, projectDir);
  const displayContentDir = display(options.contentDir) || ".";

  const env = options.env ?? process.env;
  const writerLanguage = options.writerLanguage ?? DEFAULT_LANGUAGE;
  const say = writerMessages[writerLanguage];
  const [categoryData, siteData, formsData, pollData, frontPageData] = await Promise.all([
    readCategories(options.contentDir, displayContentDir, writerLanguage),
    readSiteConfig(options.contentDir, env, displayContentDir, writerLanguage),
    readFormsConfig(options.contentDir, { env, mode: options.mode ?? "production", displayDir: displayContentDir, reportMissingEndpoint: options.reportMissingFormEndpoint, lang: writerLanguage }),
    readPolls(options.contentDir, displayContentDir, writerLanguage),
    readFrontPageData(options.contentDir, displayContentDir, writerLanguage),
  ]);
  const { categories } = categoryData;
  const { site } = siteData;
  const problems: Problem[] = [...categoryData.problems, ...siteData.problems, ...formsData.problems, ...pollData.problems, ...frontPageData.problems];
  const categoryKeys = categories.map((category) => category.key);
  const markdown = createMarkdown();

  const files = await listMarkdownFiles(path.join(options.contentDir, "articles"));
  const images = localImages(options.contentDir);
  const photos = photoChecker(writerLanguage);

  // The site's own pictures: a missing file would leave a broken logo on every page.
  for (const [field, image] of [["logo", site?.logo], ["share_image", site?.shareImage]] as const) {
    if (!image || !image.src.startsWith("/")) continue;
    if (images.exists(image.src)) Object.assign(image, images.sizeOf(image.src));
    else problems.push({ severity: "error", file: `${displayContentDir}/_data/site.yaml`, line: siteData.lines.get(field), field, message: say.siteImageMissing(image.src, `${displayContentDir}/${contentPathOf(image.src)}`) });
  }

  const valid: Article[] = [];
  const contentFiles = new Map<Article, string>();
  const unread = new Set<string>();
  const aliasLines = new Map<Article, number | undefined>();
  const publishedLines = new Map<Article, number | undefined>();
  const creditLines = new Map<Article, { author?: number; photo?: number }>();
  /** Links in bodies wait until every article is known: those of files whose front matter is broken too. */
  const pendingLinks: { file: string; links: BodyLink[] }[] = [];
  /** `related:` and `translation:` references wait until every article is known. */
  const pendingReferences: { article: Article; references: string[]; line?: number }[] = [];
  const pendingTranslations: { article: Article; reference: string; line?: number }[] = [];
  const articlesDir = path.join(options.contentDir, "articles");
  const context: DerivationContext = { categoryKeys, categories, extraFields: site?.extraFields ?? [], siteUrl: site?.url, writerLanguage, markdown };
  // A derivation depends on its file, the code, the categories' keys, the messages' language and where messages say the file is.
  const store = options.cache && openDerivedStore(options.cache.dir, derivationKey(options.cache.code, context, display(articlesDir)));
  for (const file of files) {
    const sourcePath = display(file);
    const relative = path.relative(options.contentDir, file).split(path.sep).join("/");
    // Synchronous reads: measured faster here than Node 20's promise-based readFile, at any concurrency.
    const derive = (bytes: Uint8Array): FileDerivation => deriveFile(bytes, sourcePath, context);
    const derived = store ? store.derivationOf(file, path.relative(articlesDir, file).split(path.sep).join("/"), derive) : derive(readFileSync(file));
    problems.push(...derived.problems);
    // What other files decide, asked anew each time: whether the images and videos exist, their sizes, the photos' checks.
    for (const reference of derived.images) {
      const message = localFileProblem(reference.src, "image", images, displayContentDir, writerLanguage);
      if (message) problems.push({ severity: "error", file: sourcePath, line: reference.line, field: reference.field, message });
    }
    // A relative path's fix names the site-root path when that file exists: asked anew each time.
    for (const photo of derived.relativePhotos) {
      const rooted = rootedPath(photo.src, images);
      if (photo.noAlt) problems.push({ severity: "error", file: sourcePath, line: photo.line, field: "body", message: say.bodyImageNoAlt(rooted) });
      problems.push({ severity: "error", file: sourcePath, line: photo.line, field: "body", message: say.bodyImageRelative(photo.src, rooted) });
    }
    // Each shown photo's size and weight (warnings) and whether it can be read at all (an error).
    for (const photo of [...derived.images, ...derived.posters].filter((each) => images.exists(each.src))) {
      const inContent = contentPathOf(photo.src);
      if (inContent === undefined) continue; // outside content/: an error above already
      const photoFile = path.join(options.contentDir, inContent);
      for (const finding of photos.check(photo.src, photoFile, `${displayContentDir}/${inContent}`, images.sizeOf(photo.src))) {
        problems.push({ severity: finding.severity, file: sourcePath, line: photo.line, field: photo.field, message: finding.message });
      }
    }
    for (const { src, what, line, field } of derived.videoFiles) {
      const message = localFileProblem(src, what, images, displayContentDir, writerLanguage);
      if (message) problems.push({ severity: "error", file: sourcePath, line, field, message });
    }
    if (derived.article) {
      const { ofFile, draft, imageSrc, posterSrc } = derived.article;
      const imageSizes = imageSizesOf(derived.images, images, markdown);
      // A video's poster stands in for a lead photo (lists, sharing, the player): its size too.
      const posterSize = posterSrc === undefined ? undefined : images.sizeOf(posterSrc);
      if (posterSrc !== undefined && posterSize) imageSizes[posterSrc] = posterSize;
      const article = settleArticle(ofFile, { draft, imageSrc, imageSizes, buildTime: options.buildTime });
      valid.push(article);
      contentFiles.set(article, relative);
      if (derived.article.aliases) aliasLines.set(article, derived.article.aliases.line);
      if (derived.article.related) pendingReferences.push({ article, ...derived.article.related });
      if (derived.article.translation) pendingTranslations.push({ article, ...derived.article.translation });
      if (article.status === "scheduled") publishedLines.set(article, derived.article.publishedLine);
      creditLines.set(article, derived.article.creditLines);
    }
    else unread.add(relative);
    if (derived.links.length > 0) pendingLinks.push({ file: sourcePath, links: derived.links });
  }
  if (!options.cache?.readOnly) store?.save();

  // Published articles keep the URLs they were published at, before anything is resolved by URL.
  const recordPath = path.join(options.contentDir, PUBLISHED_RECORD_PATH);
  const record = parsePublishedRecord(readTextIfExists(recordPath), display(recordPath), writerLanguage);
  const fileOf = (article: Article): string => contentFiles.get(article)!;
  const applied = applyPublishedRecord(valid, record, fileOf);
  problems.push(...duplicateUrlProblems(valid, say));
  problems.push(...aliasProblems(valid, categories, aliasLines, writerLanguage));
  const referenceIndex = articleReferenceIndex(valid);
  const byUrl = new Map(valid.map((article) => [article.url, article]));
  for (const { article, references, line } of pendingReferences) {
    for (const reference of references) {
      const url = resolveArticleReference(reference, referenceIndex);
      if (!url) {
        problems.push({ severity: "error", file: article.sourcePath, line, field: "related", message: say.relatedMissing(reference) });
      } else if (url === article.url) {
        problems.push({ severity: "error", file: article.sourcePath, line, field: "related", message: say.relatedSelf(reference) });
      } else if (byUrl.get(url)!.lang !== article.lang) {
        problems.push({ severity: "error", file: article.sourcePath, line, field: "related", message: say.relatedOtherLanguage(reference) });
      } else if (!article.related.includes(url)) {
        article.related.push(url);
      }
    }
  }
  problems.push(...linkTranslations(pendingTranslations, referenceIndex, byUrl, say));
  if (pendingLinks.length > 0) {
    const targets = linkTargets(valid, categories);
    for (const { file, links } of pendingLinks) {
      for (const { href, line } of links) {
        const message = brokenLinkMessage(href, targets, say, site?.pathPrefix);
        if (message) problems.push({ severity: "error", file, line, field: "body", message });
      }
    }
  }
  const pinned: string[] = [];
  for (const { reference, line } of frontPageData.pinned) {
    const url = resolveArticleReference(reference, referenceIndex);
    if (url) pinned.push(url);
    else problems.push({ severity: "error", file: frontPageData.displayPath, line, field: "pinned", message: say.relatedMissing(reference) });
  }
  problems.push(...farFutureProblems(valid, options.buildTime, (article) => publishedLines.get(article), writerLanguage));
  valid.sort(compareNewestFirst);
  const oldestFirst = [...valid].reverse();
  problems.push(...nameVariantProblems(oldestFirst.map((article) => ({ file: article.sourcePath, lang: article.lang, author: article.authors, photo: article.photographers, lines: creditLines.get(article) ?? {} })), writerLanguage));
  return {
    buildTime: options.buildTime,
    site,
    categories,
    forms: formsData.forms,
    polls: pollData.polls,
    pinned,
    articles: valid,
    problems: sortProblems(problems),
    published: { record, applied, displayPath: display(recordPath), fileOf, unread },
    derivations: store && { ...store.counts },
  };
}

/**
 * The key of everything a good file's derivation depends on besides the file (see file-derivation.ts):
 * the code, the categories' keys, the site's extra fields and URL, the messages' language and where
 * messages say the file is. (The categories' names serve only the suggestions in an error, and a file
 * with errors is never kept: derived-store.ts.)
 */
function derivationKey(code: string, context: DerivationContext, displayArticlesDir: string): string {
  const { categoryKeys, extraFields, siteUrl, writerLanguage } = context;
  return createHash("sha1").update(JSON.stringify([code, categoryKeys, extraFields, siteUrl ?? null, writerLanguage, displayArticlesDir])).digest("hex");
}

/**
 * A relative photo path as a site-root one: `../../images/a.jpg` → `/images/a.jpg`, or an example
 * when that names no file of the content folder.
 */
function rootedPath(src: string, images: LocalImages): string {
  const rooted = `/${src.replace(/^(?:\.{1,2}\/)+/, "")}`;
  return images.exists(rooted) ? rooted : "/images/2024/01/anh.jpg";
}

function readTextIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** What is wrong with a site-root path to a photo or a video file, or undefined when it names a file in the content folder. */
function localFileProblem(src: string, what: string, images: LocalImages, displayContentDir: string, writerLanguage: Language): string | undefined {
  switch (images.status(src)) {
    case "file":
      return undefined;
    case "outside":
      return writerMessages[writerLanguage].imageOutsideContent(src);
    case "folder":
      return writerMessages[writerLanguage].imageNotFile(src);
    case "missing":
      return writerMessages[writerLanguage].fileMissing(what, src, `${displayContentDir}/${contentPathOf(src)}`);
  }
}

/**
 * The sizes of an article's local images: the lead photo's under its src as written, the body's under
 * the src markdown-it hands its renderer (percent-encoded), so that each side finds its own.
 */
function imageSizesOf(references: readonly ImageReference[], images: LocalImages, markdown: MarkdownIt): Record<string, ImageSize> {
  const sizes: Record<string, ImageSize> = {};
  for (const reference of references) {
    const size = images.sizeOf(reference.src);
    if (size) sizes[reference.field === "body" ? markdown.normalizeLink(reference.src) : reference.src] = size;
  }
  return sizes;
}

/** Every `.md` file below a folder, sorted, so that the order of work never depends on the file system. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.endsWith(".md"))
    .map((entry) => path.join(dir, entry))
    .sort();
}

/**
 * Resolves each `translation:` and links the pair both ways, so that naming it in one of the two
 * files is enough. A translation must exist, be in the other language, and not be claimed by a third article.
 */
function linkTranslations(
  pending: readonly { article: Article; reference: string; line?: number }[],
  index: ReturnType<typeof articleReferenceIndex>,
  byUrl: ReadonlyMap<string, Article>,
  say: WriterMessages,
): Problem[] {
  const problems: Problem[] = [];
  const report = (article: Article, line: number | undefined, message: string): void => {
    problems.push({ severity: "error", file: article.sourcePath, line, field: "translation", message });
  };
  for (const { article, reference, line } of pending) {
    const url = resolveArticleReference(reference, index);
    const other = url === undefined ? undefined : byUrl.get(url);
    if (!other) {
      report(article, line, say.translationMissing(reference));
    } else if (other.lang === article.lang) {
      report(article, line, say.translationSameLanguage(reference, article.lang));
    } else if (article.translation !== undefined && article.translation !== other.url) {
      report(article, line, say.translationDiffers(reference, article.translation));
    } else if (other.translation !== undefined && other.translation !== article.url) {
      report(article, line, say.translationTaken(other.url, other.translation));
    } else {
      article.translation = other.url;
      other.translation = article.url;
    }
  }
  return problems;
}

function duplicateUrlProblems(articles: readonly Article[], say: WriterMessages): Problem[] {
  const byUrl = new Map<string, Article[]>();
  for (const article of articles) {
    const same = byUrl.get(article.url);
    if (same) same.push(article);
    else byUrl.set(article.url, [article]);
  }
  const problems: Problem[] = [];
  for (const [url, same] of byUrl) {
    if (same.length < 2) continue;
    const files = same.map((article) => article.sourcePath).sort();
    for (const article of same) {
      const others = files.filter((file) => file !== article.sourcePath);
      problems.push({
        severity: "error",
        file: article.sourcePath,
        field: "slug",
        message: say.duplicateUrl(url, others.join(", ")),
      });
    }
  }
  return problems;
}
