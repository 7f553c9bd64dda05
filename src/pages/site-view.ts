/**
 * What every page's frame prints, in the page's language: the site's name, the category
 * navigation, the interface strings, the date picker, the search box and the link to the other language.
 */
import type { Category, SiteConfig, SiteImage } from "../content/data-files.ts";
import { OPEN_GRAPH_LOCALES } from "./article-meta.ts";
import { siteInLanguage } from "../content/data-files.ts";
import { type Strings, strings } from "../i18n.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../language.ts";
import { type CategoryLink, categoryLink } from "../category-link.ts";
import { type SearchPageView, searchPageView } from "../search/search-page.ts";
import { sharedImage } from "../images/picture-html.ts";
import { absoluteUrl, archiveIndexUrl, dayIndexUrl, dayUrlPattern, feedUrl, homeUrl, withPathPrefix } from "../urls.ts";

/** A link of the navigation: a category, or a link of site.yaml's `menu`. */
export interface NavLink {
  name: string;
  url: string;
}

export interface SiteView {
  lang: Language;
  /** The site as this language names it (title, description). */
  site: SiteConfig;
  homeUrl: string;
  /** The categories the language's navigation lists, in order. */
  nav: CategoryLink[];
  /** site.yaml's `menu`, after the categories. */
  menu: NavLink[];
  /** The header's logo, with the site's name as text for screen readers; none without `logo` in site.yaml. */
  logo?: SiteImage;
  /** Open Graph tags every page without its own (lists, the front page) carries. */
  openGraph: { siteName: string; locale: string; image?: { url: string; width?: number; height?: number } };
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
  /** The header's link to the other language's home page; none while that language has no article. */
  otherLanguage?: { lang: Language; label: string; url: string };
}

/**
 * @param categories those the language's navigation lists
 * @param languages the languages that have articles: a link to another language's home only when it has one
 */
export function toSiteView(site: SiteConfig, categories: readonly Category[], lang: Language, languages: readonly Language[] = LANGUAGES): SiteView {
  const t = strings[lang];
  const other = LANGUAGES.find((candidate) => candidate !== lang)!;
  const shared = site.shareImage && sharedImage(site.shareImage);
  return {
    lang,
    site: siteInLanguage(site, lang),
    homeUrl: homeUrl(lang),
    nav: categories.map((category) => categoryLink(category, lang)),
    menu: site.menu.flatMap((link) =>
      lang === DEFAULT_LANGUAGE ? [{ name: link.name, url: link.url }] : link.nameEn ? [{ name: link.nameEn, url: link.urlEn ?? link.url }] : [],
    ),
    logo: site.logo,
    openGraph: {
      siteName: siteInLanguage(site, lang).title,
      locale: OPEN_GRAPH_LOCALES[lang],
      // Its 1200-px JPEG copy when it is a local photo, as an article's own (src/images/picture-html.ts).
      image: shared && { ...shared, url: absoluteUrl(site.url, shared.url) },
    },
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
    otherLanguage: languages.includes(other) ? { lang: other, label: t.otherLanguage, url: homeUrl(other) } : undefined,
  };
}

/**
 * One frame per language, which the page templates choose from by their page's `lang`.
 * @param categoriesOf the categories each language's navigation lists
 * @param languages the languages that have articles
 */
export function siteViews(site: SiteConfig, categoriesOf: (lang: Language) => readonly Category[], languages: readonly Language[]): Record<Language, SiteView> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, toSiteView(site, categoriesOf(lang), lang, languages)])) as Record<Language, SiteView>;
}
