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

// Eleventy's dev server (a dependency of Eleventy's, named in package.json for the preview, src/eleventy/dev-server.ts).
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  interface DevServerOptions {
    middleware?: ((request: IncomingMessage, response: ServerResponse, next: () => void) => void | Promise<void>)[];
    domDiff?: boolean;
    portReassignmentRetryCount?: number;
    messageOnStart?: () => string | false;
    logger?: { info: (line: string) => void; log: (line: string) => void; error: (line: string) => void };
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    /** With no files named, every open page loads again. */
    reload(event?: object): void;
    close(): Promise<void>;
  }
}
