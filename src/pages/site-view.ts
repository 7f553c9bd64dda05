/** What every page's frame prints: the site's name, the category navigation, the interface strings. */
import type { Category, SiteConfig } from "../content/data-files.ts";
import type { Strings } from "../i18n.ts";
import { type CategoryLink, categoryLink } from "../category-link.ts";
import { DAY_URL_PATTERN, archiveIndexUrl, dayIndexUrl, feedUrl, withPathPrefix } from "../urls.ts";

export type NavLink = CategoryLink;

export interface SiteView {
  site: SiteConfig;
  nav: NavLink[];
  /** The site's Atom feed. */
  feedUrl: string;
  t: Strings;
  /** Weekday names Sunday first, `|`-separated, for the header's today script (JS counts from Sunday). */
  todayWeekdays: string;
  /**
   * Where the date picker goes and what it fetches. The script's URLs sit in data attributes, out of
   * reach of the HTML base plugin, so they carry the site's path prefix already.
   */
  datePicker: { fallbackUrl: string; dayIndexUrl: string; dayUrlPattern: string; dayIndexOutputPath: string };
}

export function toSiteView(site: SiteConfig, categories: readonly Category[], strings: Strings): SiteView {
  return {
    site,
    nav: categories.map(categoryLink),
    feedUrl: feedUrl(),
    t: strings,
    todayWeekdays: [strings.weekdays[6], ...strings.weekdays.slice(0, 6)].join("|"),
    datePicker: {
      fallbackUrl: archiveIndexUrl(),
      dayIndexUrl: withPathPrefix(site.pathPrefix, dayIndexUrl()),
      dayUrlPattern: withPathPrefix(site.pathPrefix, DAY_URL_PATTERN),
      dayIndexOutputPath: dayIndexUrl(),
    },
  };
}
