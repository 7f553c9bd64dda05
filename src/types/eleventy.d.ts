// Eleventy 3 ships JavaScript without declarations; this names the programmatic API tintuc uses.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    pathPrefix?: string;
    /** The programmatic configuration callback, run before the configuration file (src/pipeline/hand-off.ts). */
    config?: (eleventyConfig: never) => unknown;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIgnoreInitial(ignore: boolean): void;
    /** No console output at all; errors still reject `write()`. */
    disableLogger(): void;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default rssPlugin;
}
