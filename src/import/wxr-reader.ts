/**
 * Reads a WordPress eXtended RSS export (WXR 1.1 and 1.2, Tools → Export) as a stream: the file is
 * fed to a SAX parser chunk by chunk and each `<item>` is handed on as soon as it closes, so that a
 * 100,000-post export of hundreds of MB never sits in memory whole (issue 23).
 *
 * WXR is RSS 2.0 with WordPress's elements under the `wp:` prefix (the namespace URI carries the
 * version, `http://wordpress.org/export/1.2/`; the prefix does not change, so names are matched by
 * prefix). The channel names the authors (`wp:author`), categories (`wp:category`, with the parent's
 * nicename) and tags; each item is a post, page, attachment or menu item (`wp:post_type`).
 */
import { SaxesParser } from "saxes";

export interface WxrTerm {
  /** `category`, `post_tag`, or a custom taxonomy. */
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  /** 1-based line of `<item>` in the export, for messages. */
  line: number;
  title: string;
  link: string;
  /** The author's login (`dc:creator`); the channel's `wp:author` gives the display name. */
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  postModified: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  postType: string;
  postParent: string;
  attachmentUrl: string;
  terms: WxrTerm[];
  /** `wp:postmeta` pairs (`_thumbnail_id`, `_wp_attachment_image_alt`, …); the last value of a key wins. */
  meta: Record<string, string>;
}

export type WxrEvent =
  | { kind: "site"; baseSiteUrl: string; wxrVersion: string }
  | { kind: "author"; login: string; displayName: string }
  | { kind: "category"; nicename: string; parent: string; name: string }
  | { kind: "item"; item: WxrItem };

/** Item children read as text, by element name → field. */
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  "dc:creator": "creator",
  guid: "guid",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_modified": "postModified",
  "wp:post_modified_gmt": "postModifiedGmt",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_type": "postType",
  "wp:post_parent": "postParent",
  "wp:attachment_url": "attachmentUrl",
};

function emptyItem(line: number): WxrItem {
  return {
    line, title: "", link: "", creator: "", guid: "", content: "", excerpt: "", postId: "", postDate: "", postDateGmt: "",
    postModified: "", postModifiedGmt: "", postName: "", status: "", postType: "", postParent: "", attachmentUrl: "",
    terms: [], meta: {},
  };
}

/** Thrown for XML the parser cannot read; carries the line. */
export class WxrSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
    this.name = "WxrSyntaxError";
  }
}

/**
 * Yields the export's site, authors, categories and items in file order, reading `chunks` as they come.
 * @example for await (const event of readWxr(createReadStream("export.xml", "utf8"))) if (event.kind === "item") …
 */
export async function* readWxr(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<WxrEvent> {
  const parser = new SaxesParser({ position: true });
  const pending: WxrEvent[] = [];
  const stack: string[] = [];
  let text = "";
  let item: WxrItem | undefined;
  let term: WxrTerm | undefined;
  let metaKey = "";
  let metaValue = "";
  let baseSiteUrl = "";
  let wxrVersion = "";
  let author = { login: "", displayName: "" };
  let category = { nicename: "", parent: "", name: "" };
  let siteSent = false;
  const sendSite = (): void => {
    if (siteSent) return;
    siteSent = true;
    pending.push({ kind: "site", baseSiteUrl, wxrVersion });
  };

  parser.on("opentag", (tag) => {
    stack.push(tag.name);
    text = "";
    if (tag.name === "item" && stack.length === 3) {
      sendSite();
      item = emptyItem(parser.line);
    } else if (item && tag.name === "category" && stack.length === 4) {
      const attributes = tag.attributes as Record<string, string>;
      term = { domain: attributes.domain ?? "category", nicename: attributes.nicename ?? "", name: "" };
    } else if (item && tag.name === "wp:postmeta") {
      metaKey = metaValue = "";
    } else if (tag.name === "wp:author" && !item) {
      author = { login: "", displayName: "" };
    } else if (tag.name === "wp:category" && !item) {
      category = { nicename: "", parent: "", name: "" };
    }
  });
  parser.on("text", (chunk) => (text += chunk));
  parser.on("cdata", (chunk) => (text += chunk));
  parser.on("closetag", (tag) => {
    const name = tag.name;
    const parent = stack[stack.length - 2];
    if (item) {
      if (name === "item") {
        pending.push({ kind: "item", item });
        item = undefined;
      } else if (parent === "item") {
        const field = ITEM_FIELDS[name];
        if (field) (item[field] as string) = field === "content" || field === "excerpt" ? text : text.trim();
        else if (name === "category" && term) {
          term.name = text.trim();
          item.terms.push(term);
          term = undefined;
        } else if (name === "wp:postmeta" && metaKey) item.meta[metaKey] = metaValue;
      } else if (parent === "wp:postmeta") {
        if (name === "wp:meta_key") metaKey = text.trim();
        else if (name === "wp:meta_value") metaValue = text;
      }
    } else if (parent === "channel") {
      if (name === "wp:base_site_url") baseSiteUrl = text.trim();
      else if (name === "wp:wxr_version") wxrVersion = text.trim();
      else if (name === "wp:author") pending.push({ kind: "author", ...author });
      else if (name === "wp:category") pending.push({ kind: "category", ...category });
    } else if (parent === "wp:author") {
      if (name === "wp:author_login") author.login = text.trim();
      else if (name === "wp:author_display_name") author.displayName = text.trim();
    } else if (parent === "wp:category") {
      if (name === "wp:category_nicename") category.nicename = text.trim();
      else if (name === "wp:category_parent") category.parent = text.trim();
      else if (name === "wp:cat_name") category.name = text.trim();
    }
    stack.pop();
    text = "";
  });

  // A Buffer chunk may end inside a multi-byte character (Vietnamese text is full of them).
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of chunks) {
      parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
      yield* pending.splice(0);
    }
    parser.close();
  } catch (error) {
    throw new WxrSyntaxError(parser.line, (error as Error).message);
  }
  sendSite();
  yield* pending.splice(0);
}
