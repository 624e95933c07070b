// Every rfi.fr selector the extension reads pages with, in one place (STYLE.md convention 4), as
// data: each entry is a list of alternatives, tried in order (the first that matches wins), and
// each alternative names its template era and the saved pages that prove it (lib/page/
// alternatives.ts). tests/lib/page/selectors.test.ts opens every page named and checks it:
//   - `cn-article-2025`, `cn-home-2025`: ../shared/pages (real pages; the home must NOT be an article)
//   - `cn-2025-mini`: the 2025 template, team-written; `cn-older-template`: the 2020-23 template as
//     RFI-PAGES.md §3 describes it (not verified on a real page); `cn-wire-2020`,
//     `vi-2020-template`: the 2020-23 template with AFP wire copy / two dates; `cn-pre2020`: a
//     pre-2020 page on the old cn.rfi.fr host, schema.org microdata (unverified); `cn-live-blog-*`:
//     live pages (team-modelled) — all in tests/fixtures/pages
//   - `archive:<name>`: the body of tests/fixtures/archive/<name>.txt (body residue only)
// The fixture-page maker's own selectors live with it (cli/render-page-selectors.ts).

// Body residue (interstitial, promo, ads, AFP copyright, embeds …) lives in body-residue.ts: the
// archive parser reads the same entries.
import { cssTable, type Entry } from './alternatives';
import { residueEntries } from './body-residue';

export type { Alternatives } from './alternatives';

const ARTICLE_2025 = ['cn-article-2025', 'cn-2025-mini'] as const;
const ALL_ERAS = ['cn-article-2025', 'cn-2025-mini', 'cn-older-template'] as const;

export const selectorEntries = {
  bodyInterstitial: residueEntries.bodyInterstitial,
  bodySelfPromo: residueEntries.bodySelfPromo,
  /** The page is an article (RFI-PAGES.md §7, §8 step 1). */
  articleMarker: [
    { css: 'article[data-article-content]', era: '2025 article', on: ARTICLE_2025, notOn: ['cn-home-2025'] },
    { css: 'meta[property="og:type"][content="article"]', era: 'any era, page head (the home has `website`)', on: ALL_ERAS, notOn: ['cn-home-2025'] },
  ],
  /** The article wrapper; title, lead, dates, authors, image and body are looked up inside it. */
  articleRoot: [
    { css: 'article[data-article-content]', era: '2025 article', on: ARTICLE_2025 },
    { css: 'article.t-content__article-wrapper', era: '2020-23 article wrapper without the data attribute (also on 2025 pages)', on: ['cn-older-template'] },
    { css: '[itemtype$="schema.org/NewsArticle"]', era: 'pre-2020 article with schema.org microdata', on: ['cn-pre2020'] },
  ],
  /** Headline, inside the article root. */
  title: [
    { css: 'h1.t-content__title', era: '2025 and 2020-23 article', on: ALL_ERAS },
    { css: 'h1[itemprop="headline"]', era: 'pre-2020 microdata headline', on: ['cn-pre2020'] },
  ],
  /** Lead (chapo), inside the article root. */
  lead: [
    { css: 'p.t-content__chapo', era: '2025 and 2020-23 article', on: ALL_ERAS },
    { css: '[itemprop="description"]', era: 'pre-2020 microdata intro (`div.intro`)', on: ['cn-pre2020'] },
  ],
  /** Machine dates, inside the article root: the first is published, a second one is updated. */
  dateTimes: [
    { css: '.t-content__dates time[datetime]', era: '2025 article, one `time` (published)', on: ARTICLE_2025 },
    { css: '.m-pub-dates__date time[datetime]', era: '2020-23 article, two `span.m-pub-dates__date` (published, updated)', on: ['cn-older-template'] },
  ],
  /** Author names (`title` attribute or text), inside the article root. */
  authorNames: [
    { css: '.t-content__authors .m-from-author__name', era: '2025 article', on: ARTICLE_2025 },
    { css: '.t-content__authors-tts .m-from-author__name', era: '2020-23 article, authors beside the reading time', on: ['cn-older-template'] },
    { css: '[itemprop="author"]', era: 'pre-2020 microdata author', on: ['cn-pre2020'] },
  ],
  /** Lead image, inside the article root (never page-wide: the related aside repeats it). */
  mainImage: [
    { css: '.t-content__main-media img', era: '2025 article, figure.m-item-image > picture > img.a-img', on: ARTICLE_2025 },
    // cn-older-template has it inside a main-media wrapper too, so there the first alternative finds it
    { css: 'figure.m-figure--16x9 img.m-figure__img', era: '2020-23 hero figure (src = 1x1 GIF, real URLs in srcset)', on: ['cn-older-template'] },
  ],
  /** Article text container, inside the article root. */
  body: [
    { css: '.t-content__body', era: '2025 and 2020-21 article (`div.t-content__body.u-clearfix`)', on: ALL_ERAS },
    { css: '[itemprop="articleBody"]', era: 'pre-2020 microdata body (`div.article-text`)', on: ['cn-pre2020'] },
  ],
  /** Elements of the body that hold text blocks (body-walk.ts reads them; named in the empty-body warning). */
  bodyBlocks: [
    { css: 'p', era: 'any era, prose', on: ALL_ERAS },
    { css: 'h2', era: 'any era, inner heading', on: ARTICLE_2025 },
    { css: 'h3', era: 'any era, inner sub-heading', on: ['cn-2025-mini'] },
    { css: 'li', era: 'any era, list item', on: ['cn-2025-mini'] },
    { css: 'blockquote', era: 'any era, quotation (`blockquote.quote`)', on: ['cn-2025-mini'] },
  ],
  /** Nodes skipped when reading the body (RFI-PAGES.md §6); all apply. See body-residue.ts. */
  bodyExclusions: residueEntries.bodyNoise,
  /** Live blog: one element per entry (post), inside the article root (lib/page/live-blog.ts). */
  liveBlogPosts: [
    { css: '.o-liveblog-post', era: 'live page, one post per entry (team-modelled, not verified on a real page)', on: ['cn-live-blog-v1', 'cn-live-blog-v2'] },
  ],
  /** Canonical URL. */
  canonical: [{ css: 'link[rel="canonical"]', era: 'any era, head', on: [...ALL_ERAS, 'cn-home-2025'] }],
  /** Open Graph and article meta tags (read with `content`). */
  ogUrl: [{ css: 'meta[property="og:url"]', era: 'any era, head', on: ARTICLE_2025 }],
  ogTitle: [{ css: 'meta[property="og:title"]', era: 'any era, head', on: ALL_ERAS }],
  ogImage: [{ css: 'meta[property="og:image"]', era: 'any era, head', on: ARTICLE_2025 }],
  description: [
    { css: 'meta[name="description"]', era: 'any era, head', on: ALL_ERAS },
    { css: 'meta[property="og:description"]', era: 'any era, head', on: ARTICLE_2025 },
  ],
  publishedMeta: [{ css: 'meta[property="article:published_time"]', era: 'any era, head', on: ARTICLE_2025 }],
  modifiedMeta: [{ css: 'meta[property="article:modified_time"]', era: 'any era, head', on: ARTICLE_2025 }],
  sectionMeta: [{ css: 'meta[property="article:section"]', era: 'any era, head', on: ARTICLE_2025 }],
  htmlLang: [
    // absent on cn-older-template: the language then comes from JSON-LD inLanguage
    { css: 'html[lang]', era: 'any era, root element', on: [...ARTICLE_2025, 'cn-home-2025'] },
  ],
  pageTitle: [{ css: 'head > title', era: 'any era, head', on: [...ALL_ERAS, 'cn-home-2025'] }],
  /** Structured data: every script is parsed on its own (RFI-PAGES.md §4). */
  jsonLd: [
    // 2025: one script with [NewsArticle, BreadcrumbList]; 2026: several scripts, one broken (cn-older-template)
    { css: 'script[type="application/ld+json"]', era: 'any era', on: ALL_ERAS },
  ],
  /** The analytics data layer (content_id, authors, supertag …). */
  datalayer: [{ css: 'script#datalayer', era: '2025 article, end of main', on: ALL_ERAS }],
  /** Breadcrumb links outside the article: the last one names the section. */
  breadcrumbLinks: [
    { css: 'nav.m-breadcrumb .m-breadcrumb__list__item__link', era: '2025 article, nav.m-breadcrumb before the article', on: ARTICLE_2025 },
  ],
} as const satisfies Record<string, Entry>;

export const selectors = cssTable(selectorEntries);

export type SelectorName = keyof typeof selectors;
