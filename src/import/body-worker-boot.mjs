// A worker thread starts without the TypeScript loader its parent runs under; this registers it
// (tsx's API) before loading the worker's module. See src/import/body-converter.ts.
import { register } from "tsx/esm/api";

register();
await import("./body-worker.ts");
