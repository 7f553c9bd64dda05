import { createServer } from "node:http";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MediaStore } from "../../src/import/media.ts";
import { PROJECT_DIR } from "../../src/project-paths.ts";

const photo = readFileSync(path.join(PROJECT_DIR, "tests", "fixtures", "site", "images", "hoi-nghi.jpg"));
const server = createServer((request, response) => {
  if (request.url === "/anh.jpg" || request.url === "/ban-sao.jpg") response.writeHead(200, { "content-type": "image/jpeg" }).end(photo);
  else if (request.url === "/trang.html") response.writeHead(200, { "content-type": "text/html" }).end("<p>x</p>");
  else response.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

test("remote photos stay remote without --fetch-media", async () => {
  const store = new MediaStore({ contentDir: mkdtempSync(path.join(os.tmpdir(), "tintuc-media-")) });
  assert.equal(await store.resolve(`${base}/anh.jpg`, "2024/01"), { kind: "remote", src: `${base}/anh.jpg` });
});

test("with fetching: downloaded once by content hash; a page or a 404 stays remote with the reason", async () => {
  const contentDir = mkdtempSync(path.join(os.tmpdir(), "tintuc-media-"));
  const store = new MediaStore({ contentDir, fetchMedia: true });
  const first = await store.resolve(`${base}/anh.jpg`, "2024/01");
  assert.equal(first, { kind: "local", src: "/images/2024/01/anh-70cc1f77e6.jpg", copied: true });
  assert.equal(await store.resolve(`${base}/ban-sao.jpg`, "2024/02"), { kind: "local", src: "/images/2024/01/anh-70cc1f77e6.jpg", copied: false });
  assert.equal(readdirSync(path.join(contentDir, "images"), { recursive: true }).filter((name) => String(name).endsWith(".jpg")), ["2024/01/anh-70cc1f77e6.jpg"]);
  assert.equal((await store.resolve(`${base}/trang.html`, "2024/01")).kind, "remote");
  assert.equal(await store.resolve(`${base}/khong-co.jpg`, "2024/01"), { kind: "remote", src: `${base}/khong-co.jpg`, failure: "HTTP 404" });
  // A second import finds the file there and copies nothing.
  const again = new MediaStore({ contentDir, fetchMedia: true });
  assert.equal(await again.resolve(`${base}/anh.jpg`, "2024/01"), { kind: "local", src: "/images/2024/01/anh-70cc1f77e6.jpg", copied: false });
});

test.after(() => {
  server.close();
});
test.run();
