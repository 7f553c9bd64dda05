/**
 * The part of Eleventy's configuration API that tintuc's plugins use. Eleventy 3 ships no
 * TypeScript types of its own; this keeps our adapters type-checked against what we call.
 */
export interface EleventyConfig {
  directories: { input: string; output: string };
  ignores: { add(glob: string): void };
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: (eleventyConfig: never, options?: never) => unknown, options?: Record<string, unknown>): void;
  addTemplate(virtualPath: string, content: string, data: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTransform(name: string, transform: (content: unknown, outputPath: string) => unknown): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
  setServerOptions(options: { middleware?: ((request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse, next: () => void) => void)[] }): void;
  setLibrary(extension: string, library: unknown): void;
  setFrontMatterParsingOptions(options: { engines: Record<string, { parse(): unknown; stringify(): unknown }> }): void;
  setDataFileSuffixes(suffixes: string[]): void;
  /** Eleventy's timings of filters, data and templates (src/eleventy/quiet.ts). */
  benchmarkManager: {
    get(group: string): { setMinimumThresholdMs(ms: number): void };
    getAll(): Record<string, { setMinimumThresholdMs(ms: number): void }>;
  };
  on(event: "eleventy.before" | "eleventy.after", listener: (...args: never[]) => unknown): void;
}
