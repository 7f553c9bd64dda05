/**
 * `npx tsx scripts/bench-import.ts [--posts 100000]`: generates a WordPress export of that many
 * posts (a few KB each, Vietnamese text, a caption, a table) into a temporary folder, imports it
 * into an empty content folder, and prints posts per second and the peak memory (issue 23: ≥ 500/s
 * within 1 GB). Run it with `node --max-old-space-size=1024` to hold it to 1 GB; `--inline` converts
 * bodies on the main thread instead of worker threads, to compare.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, mkdir, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { cliMessages, usageOf } from "../src/cli-messages.ts";
import { commandLine, usageExit } from "../src/command-line.ts";
import { EMPTY_MAPPING } from "../src/import/categories.ts";
import { importWordpress } from "../src/import/wordpress-import.ts";

const { values, lang } = commandLine({ command: "npx tsx scripts/bench-import.ts", usage: usageOf("benchImport"), options: { posts: { type: "string", default: "100000" }, keep: { type: "boolean", default: false }, inline: { type: "boolean", default: false } } });
const posts = Number(values.posts);
if (!Number.isInteger(posts) || posts < 1) usageExit(`${usageOf("benchImport")[lang]}\n\n${cliMessages[lang].problem(cliMessages[lang].wholeNumber("--posts", values.posts))}`);
const dir = await mkdtemp(path.join(os.tmpdir(), "tintuc-bench-import-"));
const exportFile = path.join(dir, "export.xml");
const paragraph = "Trong năm 2023, Đảng bộ Bộ Khoa học và Công nghệ đã lãnh đạo, chỉ đạo các tổ chức Đảng, đảng viên thực hiện và hoàn thành tốt các nhiệm vụ chính trị của cơ quan, đơn vị & của Bộ.";

const out = createWriteStream(exportFile);
const write = async (text: string): Promise<void> => {
  if (!out.write(text)) await once(out, "drain");
};
await write(`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://tin-cu.example.vn</wp:base_site_url>
<wp:author><wp:author_login>bientap</wp:author_login><wp:author_display_name><![CDATA[Ban Biên tập]]></wp:author_display_name></wp:author>
<wp:category><wp:category_nicename>khoa-hoc</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Khoa học]]></wp:cat_name></wp:category>\n`);
for (let i = 1; i <= posts; i++) {
  const day = new Date(Date.UTC(2005, 0, 1) + i * 3_600_000 * 2);
  const date = day.toISOString().slice(0, 19).replace("T", " ");
  const body = `${paragraph} (${i})\n\n[caption id="attachment_1" width="600"]<img src="https://tin-cu.example.vn/wp-content/uploads/anh-${i % 50}.jpg" alt="Ảnh ${i}"> Chú thích ảnh ${i}.[/caption]\n\n<h2>Mục ${i}</h2>\n${paragraph}\n\n${paragraph}\n\n<table><tr><td>A</td><td>B</td></tr><tr><td>${i}</td><td>${i * 2}</td></tr></table>\n\n${paragraph}`;
  await write(`<item><title><![CDATA[Tin số ${i}: Đảng bộ đạt nhiều kết quả]]></title><link>https://tin-cu.example.vn/${date.slice(0, 10).replace(/-/g, "/")}/tin-${i}/</link><dc:creator>bientap</dc:creator>
<content:encoded><![CDATA[${body}]]></content:encoded><excerpt:encoded><![CDATA[Tóm tắt ${i}.]]></excerpt:encoded><wp:post_id>${i}</wp:post_id><wp:post_date>${date}</wp:post_date><wp:post_date_gmt>${date}</wp:post_date_gmt>
<wp:post_name>tin-${i}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="khoa-hoc"><![CDATA[Khoa học]]></category><category domain="post_tag" nicename="t${i % 100}"><![CDATA[từ khóa ${i % 100}]]></category></item>\n`);
}
await write("</channel></rss>\n");
out.end();
await once(out, "finish");
const size = (await stat(exportFile)).size;

const contentDir = path.join(dir, "content");
await mkdir(path.join(contentDir, "_data"), { recursive: true });
await writeFile(path.join(contentDir, "_data", "categories.yaml"), "khoa-hoc:\n  name: Khoa học\n");
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const report = await importWordpress({ exportFile, contentDir, mapping: EMPTY_MAPPING, workers: !values.inline });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `${posts} posts, export ${(size / 1024 / 1024).toFixed(1)} MB: imported ${report.imported} in ${seconds.toFixed(1)} s ` +
    `= ${Math.round(report.imported / seconds)} posts/s; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB; ` +
    `${cpuSeconds.toFixed(1)} CPU-s in all threads (${values.inline ? "bodies on the main thread" : "bodies on worker threads"})`,
);
if (!values.keep) await rm(dir, { recursive: true, force: true });
