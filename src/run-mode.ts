/**
 * The run mode, chosen by the command line (`npm run build` or `--preview`, `npm start`) and passed
 * down as an argument. `production` publishes only what is due; `preview` also shows drafts and
 * scheduled articles, marked as such.
 */
export type RunMode = "production" | "preview";
