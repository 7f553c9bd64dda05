/**
 * What every page's frame prints, in the page's language: the site's name, the category
 * navigation, the interface strings, the date picker, the search box and the link to the other language.
 */
import type { Category, SiteConfig } from "../content/data-files.ts";
import { siteInLanguage } from "../content/data-files.ts";
import { type Strings, strings } from "../i18n.ts";
import { LANGUAGES, type Language } from "../language.ts";
import { type CategoryLink, categoryLink } from "../category-link.ts";
import { type SearchPageView, searchPageView } from "../search/search-page.ts";
import { archiveIndexUrl, dayIndexUrl, dayUrlPattern, feedUrl, homeUrl, withPathPrefix } from "../urls.ts";

export type NavLink = CategoryLink;

export interface SiteView {
  lang: Language;
  /** The site as this language names it (title, description). */
  site: SiteConfig;
  homeUrl: string;
  nav: NavLink[];
  /** The language's Atom feed. */
  feedUrl: string;
  t: Strings;
  /** Weekday names Sunday first, `|`-separated, for the header's today script (JS counts from Sunday). */
  todayWeekdays: string;
  /**
   * Where the date picker goes and what it fetches. The script's URLs sit in data attributes, out of
   * reach of the HTML base plugin, so they carry the site's path prefix already.
   */
  datePicker: {
    fallbackUrl: string;
    dayIndexUrl: string;
    dayUrlPattern: string;
    dayIndexOutputPath: string;
    /** `|`-separated, January first, for languages that write dates with month names; empty otherwise. */
    monthNames: string;
  };
  /** The language's search page, which the header's search box submits to. */
  searchPage: SearchPageView;
  /** The header's link to the other language's home page. */
  otherLanguage: { lang: Language; label: string; url: string };
}

export function toSiteView(site: SiteConfig, categories: readonly Category[], lang: Language): SiteView {
  const t = strings[lang];
  const other = LANGUAGES.find((candidate) => candidate !== lang)!;
  return {
    lang,
    site: siteInLanguage(site, lang),
    homeUrl: homeUrl(lang),
    nav: categories.map((category) => categoryLink(category, lang)),
    feedUrl: feedUrl(lang),
    t,
    todayWeekdays: [t.weekdays[6], ...t.weekdays.slice(0, 6)].join("|"),
    datePicker: {
      fallbackUrl: archiveIndexUrl(lang),
      dayIndexUrl: withPathPrefix(site.pathPrefix, dayIndexUrl(lang)),
      dayUrlPattern: withPathPrefix(site.pathPrefix, dayUrlPattern(lang)),
      dayIndexOutputPath: dayIndexUrl(lang),
      monthNames: t.monthNames.join("|"),
    },
    searchPage: searchPageView(t, site.pathPrefix, lang),
    otherLanguage: { lang: other, label: t.otherLanguage, url: homeUrl(other) },
  };
}

/** One frame per language, which the page templates choose from by their page's `lang`. */
export function siteViews(site: SiteConfig, categories: readonly Category[]): Record<Language, SiteView> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, toSiteView(site, categories, lang)])) as Record<Language, SiteView>;
}
