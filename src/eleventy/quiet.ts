/**
 * Eleventy's benchmark warnings (`[11ty] Benchmark 812ms 9% 3000× (Configuration) "articleBody" Nunjucks
 * Filter`) off: they say nothing a writer can act on. quietMode does not reach them, because the
 * "Configuration" and "Data" benchmark groups are made before Eleventy reads quietMode, and keep
 * printing (Eleventy 3.1, src/Benchmark/BenchmarkManager.js). A threshold of 0 ms turns a group's
 * warning off; the figures stay available with `DEBUG=Eleventy:Benchmark`.
 */
import type { EleventyConfig } from "./eleventy-config.ts";

/** The groups made before quietMode is applied; later groups follow quietMode. */
const EARLY_BENCHMARK_GROUPS = ["Configuration", "Data", "Aggregate"];

export default function quietPlugin(eleventyConfig: EleventyConfig): void {
  const manager = eleventyConfig.benchmarkManager;
  for (const name of EARLY_BENCHMARK_GROUPS) manager.get(name).setMinimumThresholdMs(0);
  for (const group of Object.values(manager.getAll())) group.setMinimumThresholdMs(0);
}
