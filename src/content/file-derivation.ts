/**
 * What loading makes of one article file by itself: its parse, its validated fields, its problems,
 * the images and videos it names, and the article. Nothing here looks at another file or at the
 * clock, so a derivation can be kept between builds keyed by the file's bytes (derived-store.ts)
 * and an unchanged file is never parsed or validated again (issue 19). What depends on other files
 * (whether the images exist and their sizes, duplicate URLs, `related:` and `translation:`) and on
 * the build's time (scheduled or published) is settled at each load (load-content.ts).
 */
import type { MarkdownIt } from "markdown-it";
import { type ArticleOfFile, articleOfFile } from "./article.ts";
import { parseSourceFile } from "./front-matter.ts";
import { type ImageReference, bodyImages, imageReferences } from "./image-references.ts";
import { type BodyLink, bodyLinks } from "./body-links.ts";
import type { Category } from "./data-files.ts";
import { permanenceMessages } from "./permanence-messages.ts";
import { datesBeforePublished } from "./permanence-fields.ts";
import type { Problem } from "../problems.ts";
import { validateFrontMatter } from "./schema.ts";
import { decodeSourceText } from "./source-text.ts";
import { videoFiles } from "./video-field.ts";
import type { Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";
import { hasScheme } from "../urls.ts";
import { type CreditField, bodyCredits } from "../credit-line.ts";

/** A site-local file the article names, with where it names it. */
export interface NamedFile {
  src: string;
  line?: number;
  field: string;
}

export interface FileDerivation {
  /** The problems of the file by itself: encoding, YAML, fields, dates before publication. */
  problems: Problem[];
  /** Its lead photo and body images (site-root paths): checked against the content folder at each load. */
  images: ImageReference[];
  /** Its video's poster, a photo like the others. */
  posters: NamedFile[];
  /** Its video's poster and file, which must exist. */
  videoFiles: (NamedFile & { what: "poster" | "file" })[];
  /** Body photos with a relative path (an error whose fix depends on which files exist). */
  relativePhotos: { src: string; line: number; noAlt?: boolean }[];
  /**
   * The body's links to pages of this site, checked against the loaded archive: also when the front
   * matter is broken, so that a writer meets every problem of the file in one run (issue 17).
   */
  links: BodyLink[];
  /** The article, when the front matter is valid. */
  article?: {
    ofFile: ArticleOfFile;
    draft: boolean;
    /** The lead photo's src as written, under which its size is found. */
    imageSrc?: string;
    /** The video's poster, whose size a lead photo's stands in for. */
    posterSrc?: string;
    /** `aliases:` given, and its line. */
    aliases?: { line?: number };
    related?: { references: string[]; line?: number };
    translation?: { reference: string; line?: number };
    /** The line of `published:`, named when the article is scheduled far ahead. */
    publishedLine?: number;
    /** The lines of `author:` and `photo:`, named when a credit looks like another spelling of a name (src/content/name-variants.ts). */
    creditLines: { author?: number; photo?: number };
  };
}

export interface DerivationContext {
  /** The categories' keys, which `category:` must name. */
  categoryKeys: readonly string[];
  /** The categories, whose names the suggestion for a wrong `category:` looks through. */
  categories: readonly Category[];
  /** Fields the site declared (`extra_fields:` in site.yaml), accepted besides the schema's. */
  extraFields: readonly string[];
  /** The site's URL, under which a body's absolute links are its own. */
  siteUrl?: string;
  writerLanguage: Language;
  markdown: MarkdownIt;
}

/**
 * Derives what one file's bytes say.
 * @param sourcePath the file as messages name it (`content/articles/2024/01/x.md`)
 */
export function deriveFile(bytes: Uint8Array, sourcePath: string, context: DerivationContext): FileDerivation {
  const { writerLanguage } = context;
  const problems: Problem[] = [];
  const none: FileDerivation = { problems, images: [], posters: [], videoFiles: [], relativePhotos: [], links: [] };
  const decoded = decodeSourceText(bytes);
  if (!decoded.ok) {
    problems.push({ severity: "error", file: sourcePath, line: 1, message: writerMessages[writerLanguage].notUtf8(decoded.encoding) });
    return none;
  }
  const { text } = decoded;
  const parsed = parseSourceFile(text, writerLanguage);
  for (const error of parsed.errors) problems.push({ severity: "error", file: sourcePath, ...error });
  // A front matter that cannot be read still leaves the body apart (after its closing ---): its photos
  // and links are checked now, not in a second round after the writer fixes the front matter.
  if (parsed.errors.length > 0) {
    creditChecks(parsed.body, parsed.bodyLine, sourcePath, new Set(), writerLanguage, problems);
    return { ...none, ...bodyChecks(parsed.body, parsed.bodyLine, sourcePath, context, problems) };
  }
  const { value, problems: fieldProblems } = validateFrontMatter(parsed.data, {
    categoryKeys: [...context.categoryKeys],
    categories: [...context.categories],
    writerLanguage,
    extraFields: [...context.extraFields],
  });
  for (const problem of fieldProblems) {
    // A missing field has no line of its own: point at the front matter's opening line.
    const { missing, ...found } = problem;
    const line = parsed.fieldLines.get(problem.field) ?? (missing ? 1 : undefined);
    problems.push({ ...found, file: sourcePath, line });
  }
  const videoLine = parsed.fieldLines.get("video");
  creditChecks(parsed.body, parsed.bodyLine, sourcePath, new Set(parsed.fieldLines.keys()), writerLanguage, problems);
  const body = bodyChecks(parsed.body, parsed.bodyLine, sourcePath, context, problems);
  const derivation: FileDerivation = {
    problems,
    images: [...imageReferences(value?.image?.src, parsed.fieldLines.get("image"), "", parsed.bodyLine), ...body.images],
    posters: value?.video ? [{ src: value.video.poster, line: videoLine, field: "video" }] : [],
    videoFiles: value?.video ? videoFiles(value.video).map(({ src, what }) => ({ src, what, line: videoLine, field: "video" })) : [],
    relativePhotos: body.relativePhotos,
    links: body.links,
  };
  for (const field of value ? datesBeforePublished(value) : []) {
    problems.push({ severity: "error", file: sourcePath, line: parsed.fieldLines.get(field), field, message: permanenceMessages(writerLanguage).beforePublished });
  }
  if (value) {
    derivation.article = {
      ofFile: articleOfFile(value, { sourcePath, text, body: parsed.body, bodyLine: parsed.bodyLine }, context.markdown),
      draft: value.draft ?? false,
      imageSrc: value.image?.src,
      posterSrc: value.video?.poster,
      aliases: value.aliases ? { line: parsed.fieldLines.get("aliases") } : undefined,
      related: value.related ? { references: value.related, line: parsed.fieldLines.get("related") } : undefined,
      translation: value.translation ? { reference: value.translation, line: parsed.fieldLines.get("translation") } : undefined,
      publishedLine: parsed.fieldLines.get("published"),
      creditLines: { author: parsed.fieldLines.get("author"), photo: parsed.fieldLines.get("photo") },
    };
  }
  return derivation;
}

/**
 * What the body alone says: the photos it shows (their alt is checked here, adding to `problems`;
 * their files and relative paths at each load) and its links to pages of the site.
 */
function bodyChecks(
  body: string,
  bodyLine: number,
  sourcePath: string,
  context: DerivationContext,
  problems: Problem[],
): Pick<FileDerivation, "images" | "relativePhotos" | "links"> {
  const relativePhotos: FileDerivation["relativePhotos"] = [];
  for (const photo of bodyImages(body, bodyLine)) {
    const noAlt = !photo.alt.trim();
    // A relative photo's missing alt is told at each load, where its example can use the site-root path.
    if (!hasScheme(photo.src) && !photo.src.startsWith("/")) relativePhotos.push({ src: photo.src, line: photo.line, ...(noAlt ? { noAlt } : {}) });
    else if (noAlt) problems.push({ severity: "error", file: sourcePath, line: photo.line, field: "body", message: writerMessages[context.writerLanguage].bodyImageNoAlt(photo.src) });
  }
  return { images: imageReferences(undefined, undefined, body, bodyLine), relativePhotos, links: bodyLinks(body, bodyLine, context.siteUrl) };
}

/**
 * A credit line in the body's first or last paragraph is an error (src/credit-line.ts): readers would
 * see it twice, and first it becomes the summary. The fix names the front matter lines to add, for the
 * fields the front matter does not give yet.
 */
function creditChecks(body: string, bodyLine: number, sourcePath: string, givenFields: ReadonlySet<string>, writerLanguage: Language, problems: Problem[]): void {
  for (const credit of bodyCredits(body, bodyLine)) {
    const lines = (Object.entries(credit.names) as [CreditField, string[]][])
      .filter(([field]) => !givenFields.has(field))
      .map(([field, names]) => `${field}: ${field === "source" || names.length === 1 ? names.join(", ") : `[${names.join(", ")}]`}`);
    problems.push({ severity: "error", file: sourcePath, line: credit.line, field: "body", message: writerMessages[writerLanguage].bodyCreditLine(lines) });
  }
}
