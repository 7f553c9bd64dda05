import { test } from "uvu";
import * as assert from "uvu/assert";
import { inlineConverter, workerConverter } from "../../src/import/body-converter.ts";
import { convertBody, finishBody } from "../../src/import/converted-body.ts";

const html =
  'Đoạn một.\n\n<img src="/a (1).jpg" alt="Ảnh"> \uE000lạ\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n\nhttps://vimeo.com/76979871\n\n[gallery ids="7"]';
const job = { html, shortcodes: true, options: { baseUrl: "https://x.vn/", autoParagraphs: true }, attachments: { "7": { url: "https://x.vn/g.jpg", alt: "G", caption: "Chú thích G" } } };

test("photo sources and videos are filled in after conversion; the lead video is left out, others stay links", () => {
  const body = convertBody(job);
  assert.equal(body.imageUrls, ["https://x.vn/a%20(1).jpg", "https://x.vn/g.jpg"]);
  assert.equal(body.videos, [{ provider: "youtube", id: "dQw4w9WgXcQ" }, { provider: "vimeo", id: "76979871" }]);
  assert.equal(
    finishBody(body, ["/images/2024/01/a (1)-x.jpg", "https://x.vn/g.jpg"], 0),
    'Đoạn một.\n\n![Ảnh](/images/2024/01/a%20%281%29-x.jpg) lạ\n\nhttps://vimeo.com/76979871\n\n![G](https://x.vn/g.jpg "Chú thích G")',
  );
  assert.match(finishBody(body, [], undefined), /^Đoạn một\.[\s\S]*https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ\n\nhttps:\/\/vimeo\.com\/76979871/);
});

test("a table without a row is its text, not a failed import (turndown's table rule threw on it)", () => {
  const cases: [string, string][] = [["<p>a</p><table></table><p>b</p>", "a\n\nb"], ["<table><caption>Bảng</caption></table>", "Bảng"], ["<table><script>x()</script></table>", ""]];
  for (const [html, markdown] of cases) assert.equal(convertBody({ html, options: {} }).markdown, markdown, html);
});

test("worker threads convert exactly as the calling thread does", async () => {
  const workers = workerConverter(2);
  try {
    const jobs = [job, { html: "<p>Một</p><script>x()</script>", options: {} }, { html: "<table><tr><td>a</td></tr></table>", options: {} }];
    const [inline, threaded] = await Promise.all([Promise.all(jobs.map((j) => inlineConverter().convert(j))), Promise.all(jobs.map((j) => workers.convert(j)))]);
    assert.equal(threaded, inline);
    assert.equal(threaded[1]!.dropped.scripts, 1);
  } finally {
    await workers.close();
  }
});

test.run();
