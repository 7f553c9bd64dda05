/** What every page's frame prints: the site's name, the category navigation, the interface strings. */
import type { Category, SiteConfig } from "../content/data-files.ts";
import type { Strings } from "../i18n.ts";
import { categoryUrl } from "../urls.ts";

export interface NavLink {
  key: string;
  name: string;
  url: string;
}

export interface SiteView {
  site: SiteConfig;
  nav: NavLink[];
  t: Strings;
  /** Weekday names Sunday first, `|`-separated, for the header's today script (JS counts from Sunday). */
  todayWeekdays: string;
}

export function toSiteView(site: SiteConfig, categories: readonly Category[], strings: Strings): SiteView {
  return {
    site,
    nav: categories.map((category) => ({ key: category.key, name: category.name, url: categoryUrl(category.key) })),
    t: strings,
    todayWeekdays: [strings.weekdays[6], ...strings.weekdays.slice(0, 6)].join("|"),
  };
}
