// The README and docs/ link to each other (the README's long sections moved to docs/, issue 17):
// every relative link names a file that exists, and every #anchor into a Markdown file a heading of it.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const documents = ["README.md", ...readdirSync(path.join(PROJECT_DIR, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];

/** GitHub's anchor of a heading: lowercase, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");
const anchorsOf = (file: string): Set<string> =>
  new Set([...readFileSync(path.join(PROJECT_DIR, file), "utf8").matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));

test("every relative link in the README and docs/ leads to a file, and to a heading of it", () => {
  const broken: string[] = [];
  for (const document of documents) {
    const text = readFileSync(path.join(PROJECT_DIR, document), "utf8").replace(/```[\s\S]*?```/g, "");
    for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(link!)) continue;
      const [target, anchor] = link!.split("#");
      const file = target ? path.posix.join(path.posix.dirname(document), target) : document;
      if (!existsSync(path.join(PROJECT_DIR, file))) broken.push(`${document}: ${link} (no file ${file})`);
      else if (anchor && file.endsWith(".md") && !anchorsOf(file).has(anchor)) broken.push(`${document}: ${link} (no heading #${anchor} in ${file})`);
    }
  }
  assert.equal(broken, []);
});

test.run();
