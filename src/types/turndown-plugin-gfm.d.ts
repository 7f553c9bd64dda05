// turndown-plugin-gfm ships JavaScript without declarations; tintuc uses its `tables` plugin.
declare module "turndown-plugin-gfm" {
  import type TurndownService from "turndown";
  export const tables: TurndownService.Plugin;
  export const gfm: TurndownService.Plugin;
}
