/**
 * The run mode, read once from the environment. `production` (npm run build) publishes only what is
 * due; `preview` (npm start) also shows drafts and scheduled articles, marked as such.
 */
export type RunMode = "production" | "preview";

export const RUN_MODE_VARIABLE = "TINTUC_MODE";

export function runModeFrom(env: NodeJS.ProcessEnv = process.env): RunMode {
  const value = env[RUN_MODE_VARIABLE];
  if (value === undefined || value === "" || value === "production") return "production";
  if (value === "preview") return "preview";
  throw new Error(`${RUN_MODE_VARIABLE} must be "production" or "preview", got "${value}"`);
}
