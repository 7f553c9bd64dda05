/**
 * `npm run import -- wordpress EXPORT.xml`: two passes over the export as a stream. The first keeps
 * what posts refer to (authors, categories, attachments, the site's zone), which is small; the second
 * maps each post and writes it. Attachments usually follow the posts that use them, hence two passes
 * rather than holding posts back.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { formatOffset } from "./offset.ts";
import { expandShortcodes } from "./wordpress-shortcodes.ts";
import type { AttachmentImage } from "./html-body.ts";
import { workerConverter, inlineConverter, type BodyConverter } from "./body-converter.ts";
import { addCategories, type CategoryMapping, type CategoryTarget } from "./categories.ts";
import { ImportReport } from "./import-report.ts";
import { ArticleFolder } from "./import-record.ts";
import { MediaStore } from "./media.ts";
import { writeImportedArticle, type ImportedArticle } from "./imported-article.ts";
import { readWxr, type WxrItem } from "./wxr-reader.ts";
import { plainText, postAliases, postCategories, postDates, postSlug, postStatus, siteOffsetMinutes, type WxrCategory } from "./wordpress-post.ts";

export interface WordpressImportOptions {
  exportFile: string;
  contentDir: string;
  /** Where messages name the export (as the writer typed it). */
  displayName?: string;
  mapping: CategoryMapping;
  /** A local copy of `wp-content/uploads` (or of the site's root). */
  mediaDir?: string;
  fetchMedia?: boolean;
  /** The zone of `wp:post_date` when no post in the export shows it; GMT+7 by default. */
  fallbackOffsetMinutes?: number;
  /** Convert bodies on worker threads (the default) or on this one. */
  workers?: boolean;
}

/** Posts converted ahead of the one being written: enough to keep the workers busy, few enough to keep memory flat. */
const CONVERSIONS_AHEAD = 64;

interface Attachment extends AttachmentImage {
  title: string;
}

interface ExportIndex {
  baseSiteUrl: string;
  authors: Map<string, string>;
  categories: Map<string, WxrCategory>;
  attachments: Map<string, Attachment>;
  offsetMinutes?: number;
}

const stream = (file: string) => createReadStream(file, { highWaterMark: 256 * 1024 });

async function indexExport(file: string): Promise<ExportIndex> {
  const index: ExportIndex = { baseSiteUrl: "", authors: new Map(), categories: new Map(), attachments: new Map() };
  for await (const event of readWxr(stream(file))) {
    if (event.kind === "site") index.baseSiteUrl = event.baseSiteUrl;
    else if (event.kind === "author") index.authors.set(event.login, event.displayName || event.login);
    else if (event.kind === "category") index.categories.set(event.nicename, event);
    else if (event.item.postType === "attachment") {
      const item = event.item;
      index.attachments.set(item.postId, {
        url: item.attachmentUrl || item.guid,
        alt: plainText(item.meta._wp_attachment_image_alt ?? ""),
        caption: plainText(item.excerpt),
        title: plainText(item.title),
      });
    } else if (index.offsetMinutes === undefined && event.item.postType === "post") {
      index.offsetMinutes = siteOffsetMinutes(event.item);
    }
  }
  return index;
}

/** Imports every post of a WordPress export into `contentDir`; returns what it did. */
export async function importWordpress(options: WordpressImportOptions): Promise<ImportReport> {
  const report = new ImportReport(options.displayName ?? path.basename(options.exportFile));
  const index = await indexExport(options.exportFile);
  const offset = index.offsetMinutes ?? options.fallbackOffsetMinutes ?? 7 * 60;
  const folder = await ArticleFolder.open(path.join(options.contentDir, "articles"));
  const media = new MediaStore({ contentDir: options.contentDir, localRoot: options.mediaDir, fetchMedia: options.fetchMedia });
  const context = { report, media, folder };
  const categories = new Map<string, CategoryTarget>();
  const converter: BodyConverter = options.workers === false ? inlineConverter() : workerConverter();
  // Articles are written in the export's order (which decides who gets a slug first), each once its body is back.
  const ahead: { converting: ReturnType<BodyConverter["convert"]>; article: Omit<ImportedArticle, "body"> }[] = [];
  const writeNext = async (): Promise<void> => {
    const { converting, article } = ahead.shift()!;
    await writeImportedArticle(context, { ...article, body: await converting });
  };

  try {
    for await (const event of readWxr(stream(options.exportFile))) {
      if (event.kind !== "item" || event.item.postType !== "post") continue;
      const item: WxrItem = event.item;
      const where = String(item.line);
      const title = plainText(item.title);
      const status = postStatus(item.status);
      if (status.kind === "skip") {
        report.skip(status.reason);
        report.problem(where, "status", "problemSkipped", { title, reason: `${item.status}` }, "warning");
        continue;
      }
      if (!title) {
        report.skip("skipNoTitle");
        report.problem(where, "title", "problemNoTitle");
        continue;
      }
      const dates = postDates(item, offset);
      if (!dates.published) {
        report.skip("skipNoDate");
        report.problem(where, "published", "problemNoDate");
        continue;
      }
      if (dates.fromModified) report.problem(where, "published", "problemZeroDate", { value: item.postDate || item.postDateGmt, used: "wp:post_modified" });
      else if (dates.fromLocal && index.offsetMinutes === undefined) report.problem(where, "published", "problemLocalZone", { zone: formatOffset(offset) });

      const { primary, extraTags } = postCategories(item, index.categories, options.mapping);
      let category = primary;
      if (!category) {
        const key = options.mapping.defaultKey ?? "chua-phan-loai";
        category = { key, name: key === "chua-phan-loai" ? "Chưa phân loại" : key };
        report.problem(where, "category", "problemNoCategory", { key });
      }
      categories.set(category.key, category);
      const tags = [...new Set([...item.terms.filter((term) => term.domain === "post_tag").map((term) => term.name), ...extraTags])].filter(Boolean);

      const thumbnailId = item.meta._thumbnail_id;
      const thumbnail = thumbnailId ? index.attachments.get(thumbnailId) : undefined;
      if (thumbnailId && !thumbnail) report.problem(where, "image", "problemMissingAttachment", { id: thumbnailId });
      const image = thumbnail ? { url: thumbnail.url, alt: thumbnail.alt, caption: thumbnail.caption } : undefined;

      const isBlockEditor = item.content.includes("<!-- wp:");
      // Galleries name attachments by id: the worker gets those it needs, not the whole index.
      const attachments: Record<string, AttachmentImage> = {};
      if (item.content.includes("[gallery")) {
        for (const id of expandShortcodes(item.content).galleryIds) {
          const attachment = index.attachments.get(id);
          if (attachment) attachments[id] = { url: attachment.url, alt: attachment.alt || attachment.caption || attachment.title, caption: attachment.caption };
        }
      }
      const converting = converter.convert({
        html: item.content,
        shortcodes: true,
        options: { baseUrl: index.baseSiteUrl || undefined, autoParagraphs: !isBlockEditor },
        attachments,
      });
      converting.catch(() => undefined);
      const author = index.authors.get(item.creator) ?? item.creator;
      const summary = plainText(item.excerpt);
      ahead.push({
        converting,
        article: {
          source: `wordpress:${item.postId}`,
          item: where,
          title,
          category: category.key,
          published: dates.published,
          updated: dates.updated,
          author: author ? [author] : undefined,
          image,
          summary: summary || undefined,
          tags,
          slug: postSlug(item.postName, title),
          draft: status.draft || undefined,
          scheduled: status.scheduled,
          aliases: postAliases(item.link, item.postId),
        },
      });
      if (ahead.length >= CONVERSIONS_AHEAD) await writeNext();
    }
    while (ahead.length > 0) await writeNext();
  } finally {
    await converter.close();
  }
  report.newCategories = await addCategories(options.contentDir, categories.values());
  return report;
}
