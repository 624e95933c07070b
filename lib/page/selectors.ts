// Every rfi.fr selector the extension reads pages with, in one place (STYLE.md convention 4), as
// data: each entry is a list of alternatives, tried in order (the first that matches wins). Each
// alternative's template era and the saved pages that prove it are beside it in
// selector-proofs.ts (separate data, so the bundle carries the selectors only), and
// tests/lib/page/selectors.test.ts opens every page named and checks it:
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
import type { Alternatives } from './alternatives';
import { residueEntries } from './body-residue';

export type { Alternatives } from './alternatives';

/**
 * The page is an article (RFI-PAGES.md §7, §8 step 1). Its own export too: the content script's
 * loader imports it alone, without the rest of the table.
 */
export const articleMarker = ['article[data-article-content]', 'meta[property="og:type"][content="article"]'] as const satisfies Alternatives;

export const selectors = {
  bodyInterstitial: residueEntries.bodyInterstitial,
  bodySelfPromo: residueEntries.bodySelfPromo,
  articleMarker,
  /** The article wrapper; title, lead, dates, authors, image and body are looked up inside it. */
  articleRoot: ['article[data-article-content]', 'article.t-content__article-wrapper', '[itemtype$="schema.org/NewsArticle"]'],
  /** Headline, inside the article root. */
  title: ['h1.t-content__title', 'h1[itemprop="headline"]'],
  /** Lead (chapo), inside the article root. */
  lead: ['p.t-content__chapo', '[itemprop="description"]'],
  /** Machine dates, inside the article root: the first is published, a second one is updated. */
  dateTimes: ['.t-content__dates time[datetime]', '.m-pub-dates__date time[datetime]'],
  /** Author names (`title` attribute or text), inside the article root. */
  authorNames: ['.t-content__authors .m-from-author__name', '.t-content__authors-tts .m-from-author__name', '[itemprop="author"]'],
  /** Lead image, inside the article root (never page-wide: the related aside repeats it). */
  mainImage: ['.t-content__main-media img', 'figure.m-figure--16x9 img.m-figure__img'],
  /** Article text container, inside the article root. */
  body: ['.t-content__body', '[itemprop="articleBody"]'],
  /** Elements of the body that hold text blocks (body-walk.ts reads them; named in the empty-body warning). */
  bodyBlocks: ['p', 'h2', 'h3', 'li', 'blockquote'],
  /** Nodes skipped when reading the body (RFI-PAGES.md §6); all apply. See body-residue.ts. */
  bodyExclusions: residueEntries.bodyNoise,
  /** Live blog: one element per entry (post), inside the article root (lib/page/live-blog.ts). */
  liveBlogPosts: ['.o-liveblog-post'],
  /** Canonical URL. */
  canonical: ['link[rel="canonical"]'],
  /** Open Graph and article meta tags (read with `content`). */
  ogUrl: ['meta[property="og:url"]'],
  ogTitle: ['meta[property="og:title"]'],
  ogImage: ['meta[property="og:image"]'],
  description: ['meta[name="description"]', 'meta[property="og:description"]'],
  publishedMeta: ['meta[property="article:published_time"]'],
  modifiedMeta: ['meta[property="article:modified_time"]'],
  sectionMeta: ['meta[property="article:section"]'],
  htmlLang: ['html[lang]'],
  pageTitle: ['head > title'],
  /** Structured data: every script is parsed on its own (RFI-PAGES.md §4). */
  jsonLd: ['script[type="application/ld+json"]'],
  /** The analytics data layer (content_id, authors, supertag …). */
  datalayer: ['script#datalayer'],
  /** Breadcrumb links outside the article: the last one names the section. */
  breadcrumbLinks: ['nav.m-breadcrumb .m-breadcrumb__list__item__link'],
} as const satisfies Record<string, Alternatives>;

export type SelectorName = keyof typeof selectors;
