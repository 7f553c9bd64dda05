/**
 * Preloaded (`--import`) into a build by failed-build tests: each Eleventy run fails once it has
 * written its pages, as a template error would, so that a failure inside Eleventy can be provoked
 * without putting a template in content/ (which Eleventy never runs: src/eleventy/content-is-data.ts).
 * It fails after the run has settled, not in the middle of one: Eleventy copies assets while it
 * writes pages, and a copy still running when the failed build removes its staging folder is an
 * uncaught error of its own (noticed in issue 15's work, left to the pipeline).
 */
import Eleventy from "@11ty/eleventy";

const write = Eleventy.prototype.write;
Eleventy.prototype.write = async function (this: unknown) {
  await write.call(this);
  throw new Error("injected failure inside Eleventy (tests/support/fail-eleventy.ts)");
};
