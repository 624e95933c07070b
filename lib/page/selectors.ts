// Every rfi.fr selector RFI Lens uses, in one place (STYLE.md convention 4).
//
// Each entry is a list of alternatives, tried in order; the first that matches wins (or, for the
// lists of nodes to drop, every alternative applies). One comment per alternative names the template
// era / page type and the saved pages where it must match:
//   - `cn-article-2025`: ../shared/pages/cn-article-2025.html (2025 template, verified)
//   - `cn-home-2025`:    ../shared/pages/cn-home-2025.html (home page, must NOT be an article)
//   - `cn-2025-mini`:    tests/fixtures/pages/cn-2025-mini.html (2025 template, team-written)
//   - `cn-older-template`: tests/fixtures/pages/cn-older-template.html (2020-23 template as
//     described in RFI-PAGES.md §3, team-written; that template is not verified on a real page)
//   - `cn-wire-2020`, `vi-2020-template`: the 2020-23 template with AFP wire copy / two dates
//   - `cn-pre2020`: a pre-2020 page on the old cn.rfi.fr host, schema.org microdata (unverified)
//   - `fa-rtl-2025`, `ru-2025`, `km-2025`, `sw-2025`, `ha-2025-display-date`, `ff-2025-no-image`,
//     `tw-2025-column`: the 2025 template in other editions (team-written, invented text)
//   - `archive:<name>`: the body of tests/fixtures/archive/<name>.txt (body residue only)
// tests/lib/page/extract.test.ts checks that every alternative matches at least one fixture.

// Body residue (interstitial, promo, ads, AFP copyright, embeds …) lives in body-residue.ts: the
// archive parser reads the same list.
import { bodyInterstitial, bodyNoise, bodySelfPromo } from './body-residue';

/** A list of alternative CSS selectors, most specific / most current first. */
export type Alternatives = readonly [string, ...string[]];

export const selectors = {
  bodyInterstitial,
  bodySelfPromo,
  /** The page is an article (RFI-PAGES.md §7, §8 step 1). */
  articleMarker: [
    // 2025 article: cn-article-2025, cn-2025-mini
    'article[data-article-content]',
    // any era, page head: cn-article-2025, cn-2025-mini, cn-older-template (home has `website`)
    'meta[property="og:type"][content="article"]',
  ],
  /** The article wrapper; title, lead, dates, authors, image and body are looked up inside it. */
  articleRoot: [
    // 2025 article: cn-article-2025, cn-2025-mini
    'article[data-article-content]',
    // 2020-23 article wrapper without the data attribute: cn-older-template (also on 2025 pages)
    'article.t-content__article-wrapper',
    // pre-2020 article with schema.org microdata (unverified on a saved real page): cn-pre2020
    '[itemtype$="schema.org/NewsArticle"]',
  ],
  /** Headline, inside the article root. */
  title: [
    // 2025 and 2020-23 article: cn-article-2025, cn-2025-mini, cn-older-template
    'h1.t-content__title',
    // pre-2020 microdata headline: cn-pre2020
    'h1[itemprop="headline"]',
  ],
  /** Lead (chapo), inside the article root. */
  lead: [
    // 2025 and 2020-23 article: cn-article-2025, cn-2025-mini, cn-older-template
    'p.t-content__chapo',
    // pre-2020 microdata intro (`div.intro`): cn-pre2020
    '[itemprop="description"]',
  ],
  /** Machine dates, inside the article root: the first is published, a second one is updated. */
  dateTimes: [
    // 2025 article, one `time` (published): cn-article-2025, cn-2025-mini
    '.t-content__dates time[datetime]',
    // 2020-23 article, two `span.m-pub-dates__date` (published, updated): cn-older-template
    '.m-pub-dates__date time[datetime]',
  ],
  /** Author names (`title` attribute or text), inside the article root. */
  authorNames: [
    // 2025 article: cn-article-2025, cn-2025-mini
    '.t-content__authors .m-from-author__name',
    // 2020-23 article, authors beside the reading time: cn-older-template
    '.t-content__authors-tts .m-from-author__name',
    // pre-2020 microdata author: cn-pre2020
    '[itemprop="author"]',
  ],
  /** Lead image, inside the article root (never page-wide: the related aside repeats it). */
  mainImage: [
    // 2025 article, figure.m-item-image > picture > img.a-img: cn-article-2025, cn-2025-mini
    '.t-content__main-media img',
    // 2020-23 hero figure (src = 1x1 GIF, real URLs in srcset) outside a main-media wrapper;
    // cn-older-template has it inside one, so the first alternative already finds it
    'figure.m-figure--16x9 img.m-figure__img',
  ],
  /** Main media wrapper (the fixture-page maker empties or removes it). */
  mainMedia: [
    // 2025 article: cn-article-2025, cn-2025-mini
    '.t-content__main-media',
  ],
  /** Authors wrapper (the fixture-page maker rewrites it). */
  authorsBlock: [
    // 2025 article: cn-article-2025, cn-2025-mini
    '.t-content__authors',
    // 2020-23 article: cn-older-template
    '.t-content__authors-tts',
  ],
  /** Responsive sources and caption of the main image (the page-maker replaces or drops them). */
  mainImageSources: [
    // 2025 article, picture > source[type=image/webp]: cn-article-2025, cn-2025-mini
    '.t-content__main-media picture source',
  ],
  mainImageCaption: [
    // 2025 article, figcaption.a-figcaption (caption + credit): cn-article-2025, cn-2025-mini
    '.t-content__main-media figcaption',
  ],
  /** Dates wrapper (the fixture-page maker rewrites it). */
  datesBlock: [
    // 2025 article: cn-article-2025, cn-2025-mini
    '.t-content__dates',
  ],
  /** Article text container, inside the article root. */
  body: [
    // 2025 and 2020-21 article (`div.t-content__body.u-clearfix`): cn-article-2025, cn-2025-mini,
    // cn-older-template
    '.t-content__body',
    // pre-2020 microdata body (`div.article-text`): cn-pre2020
    '[itemprop="articleBody"]',
  ],
  /** Elements of the body that hold text blocks, mapped to Block kinds in body.ts. */
  bodyBlocks: [
    // any era, prose: cn-article-2025, cn-2025-mini, cn-older-template
    'p',
    // any era, inner heading: cn-article-2025, cn-2025-mini
    'h2',
    // any era, inner sub-heading: cn-2025-mini
    'h3',
    // any era, list item: cn-2025-mini
    'li',
    // any era, quotation (`blockquote.quote`): cn-2025-mini
    'blockquote',
  ],
  /** Nodes skipped when reading the body (RFI-PAGES.md §6); all apply. See body-residue.ts. */
  bodyExclusions: bodyNoise,
  /** Live blog: one element per entry (post), inside the article root (lib/page/live-blog.ts). */
  liveBlogPosts: [
    // live page, one post per entry (team-modelled, not verified on a real page):
    // cn-live-blog-v1, cn-live-blog-v2
    '.o-liveblog-post',
  ],
  /** Canonical URL. */
  canonical: [
    // any era, head: cn-article-2025, cn-2025-mini, cn-older-template, cn-home-2025
    'link[rel="canonical"]',
  ],
  /** The other-script twin of the article (`zh-Hans` ↔ `zh-Hant`); the page-maker drops it. */
  alternateEditions: [
    // 2025 article head: cn-article-2025, cn-2025-mini; all 17 editions on cn-home-2025
    'link[rel="alternate"][hreflang]',
  ],
  /** Open Graph and article meta tags (read with `content`). */
  ogUrl: [
    // any era, head: cn-article-2025, cn-2025-mini
    'meta[property="og:url"]',
  ],
  ogTitle: [
    // any era, head: cn-article-2025, cn-2025-mini, cn-older-template
    'meta[property="og:title"]',
  ],
  ogImage: [
    // any era, head: cn-article-2025, cn-2025-mini
    'meta[property="og:image"]',
  ],
  description: [
    // any era, head: cn-article-2025, cn-2025-mini, cn-older-template
    'meta[name="description"]',
    // any era, head: cn-article-2025, cn-2025-mini
    'meta[property="og:description"]',
  ],
  publishedMeta: [
    // any era, head: cn-article-2025, cn-2025-mini
    'meta[property="article:published_time"]',
  ],
  modifiedMeta: [
    // any era, head: cn-article-2025, cn-2025-mini
    'meta[property="article:modified_time"]',
  ],
  sectionMeta: [
    // any era, head: cn-article-2025, cn-2025-mini
    'meta[property="article:section"]',
  ],
  htmlLang: [
    // any era, root element: cn-article-2025, cn-2025-mini, cn-home-2025 (absent on
    // cn-older-template: the language then comes from JSON-LD inLanguage)
    'html[lang]',
  ],
  pageTitle: [
    // any era, head: cn-article-2025, cn-2025-mini, cn-older-template, cn-home-2025
    'head > title',
  ],
  /** Structured data: every script is parsed on its own (RFI-PAGES.md §4). */
  jsonLd: [
    // 2025: one script with [NewsArticle, BreadcrumbList]: cn-article-2025, cn-2025-mini;
    // 2026: several scripts, one broken here: cn-older-template
    'script[type="application/ld+json"]',
  ],
  /** The analytics data layer (content_id, authors, supertag …). */
  datalayer: [
    // 2025 article, end of main: cn-article-2025, cn-2025-mini, cn-older-template
    'script#datalayer',
  ],
  /** Breadcrumb links outside the article: the last one names the section. */
  breadcrumbLinks: [
    // 2025 article, nav.m-breadcrumb before the article: cn-article-2025, cn-2025-mini
    'nav.m-breadcrumb .m-breadcrumb__list__item__link',
  ],
  /** Page parts outside the article that repeat its h2, image and URL (never read for fields). */
  relatedAside: [
    // 2025 article, "其他新闻" list, lists this article again: cn-article-2025, cn-2025-mini
    'aside.o-aside-content--related',
  ],
  tagsList: [
    // 2025 article, "继续阅读相同主题内容": cn-article-2025, cn-2025-mini
    '.t-content__tags',
  ],
  outbrain: [
    // 2025 article, post-article recommendation slot: cn-article-2025, cn-2025-mini
    '.o-ad-container--outbrain',
  ],
} as const satisfies Record<string, Alternatives>;

export type SelectorName = keyof typeof selectors;
