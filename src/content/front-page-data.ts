/**
 * `content/_data/front-page.yaml`: the stories an editor pins to the top of the front page, in
 * the order they should lead. Optional: without the file, `featured: true` and the dates decide.
 *
 *     pinned:
 *       - /2024/01/27/dang-bo-bo-khcn/        # the lead story
 *       - articles/2024/01/hoi-thao.md         # a secondary story, named by its file
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq } from "yaml";
import type { Problem } from "../problems.ts";
import { parseYamlData } from "./yaml-data.ts";
import { DEFAULT_LANGUAGE, type Language } from "../language.ts";
import { writerMessages } from "../writer-messages.ts";

/** A pinned story as written, with the line that names it, for messages. */
export interface PinnedReference {
  reference: string;
  line?: number;
}

export const FRONT_PAGE_FILE = "front-page.yaml";

/** Reads the pinned stories; a site without the file pins none and has no problem. */
export async function readFrontPageData(contentDir: string, displayDir = "content", lang: Language = DEFAULT_LANGUAGE): Promise<{ pinned: PinnedReference[]; displayPath: string; problems: Problem[] }> {
  const displayPath = `${displayDir}/_data/${FRONT_PAGE_FILE}`;
  let text: string;
  try {
    text = await readFile(path.join(contentDir, "_data", FRONT_PAGE_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { pinned: [], displayPath, problems: [] };
    throw error;
  }
  return { ...parseFrontPageData(text, displayPath, lang), displayPath };
}

/**
 * Parses the text of a front-page file.
 * @example parseFrontPageData("pinned: [/2024/01/27/x/]", "f.yaml").pinned // [{ reference: "/2024/01/27/x/", line: 1 }]
 */
export function parseFrontPageData(text: string, displayPath: string, lang: Language = DEFAULT_LANGUAGE): { pinned: PinnedReference[]; problems: Problem[] } {
  const say = writerMessages[lang];
  const { root, lineOf, problems } = parseYamlData(text, displayPath, lang);
  if (root === undefined || root === null) return { pinned: [], problems };
  if (!isMap(root)) {
    problems.push({ severity: "error", file: displayPath, line: lineOf(root), message: say.frontPageNotMap });
    return { pinned: [], problems };
  }
  const pinned: PinnedReference[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (key !== "pinned") {
      problems.push({ severity: "error", file: displayPath, line: lineOf(pair.key), field: key, message: say.frontPageUnknown });
      continue;
    }
    const value = pair.value;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    const items = isSeq(value) ? value.items : [value];
    for (const item of items) {
      if (isScalar(item) && (typeof item.value === "string" || typeof item.value === "number") && String(item.value).trim()) {
        pinned.push({ reference: String(item.value).trim(), line: lineOf(item) });
      } else {
        problems.push({ severity: "error", file: displayPath, line: lineOf(item) ?? lineOf(pair.key), field: "pinned", message: say.pinnedItem });
      }
    }
  }
  return { pinned, problems };
}
