// The proof of every selector of lib/page/selectors.ts (body residue included): for each
// alternative, by its CSS text, the template era it is for and the saved pages where it must match
// (`on`) and must not (`notOn`). Separate from the selectors so the extension's bundle does not
// carry them (nothing the build ships imports this file); tests/lib/page/selectors.test.ts opens
// every page named here and checks it, and that every selector has its proof and no other.
import type { Proof, ProofsOf } from './alternatives';
import { selectors } from './selectors';

const ARTICLE_2025 = ['cn-article-2025', 'cn-2025-mini'] as const;
const ALL_ERAS = ['cn-article-2025', 'cn-2025-mini', 'cn-older-template'] as const;
const head = (on: Proof['on']): Proof => ({ era: 'any era, head', on });
const media = (on: Proof['on']): Proof => ({ era: 'media and widgets (captions and players are not prose)', on });
const share: Proof['era'] = 'share component (unhydrated Vue elements; 2023 feed bodies)';

const bodyInterstitial = {
  '.m-interstitial': { era: '2020-25 body, first child (every 2020-21 body)', on: ['cn-2025-mini', 'cn-wire-2020', 'archive:glued-ad'] },
} as const;

const bodySelfPromo = {
  '.o-self-promo': { era: '2020-25 body, end ("电邮新闻 … 订阅", app links)', on: ['cn-2025-mini', 'archive:column-lead'] },
  '[data-selfpromo-newsletter]': { era: '2022-23 bodies, the same placeholders without classes', on: ['archive:author-share'] },
  '[data-selfpromo-app]': { era: '2022-23 bodies, the same placeholders without classes', on: ['archive:author-share'] },
} as const;

export const selectorProofs: ProofsOf<typeof selectors> = {
  bodyInterstitial,
  bodySelfPromo,
  articleMarker: {
    'article[data-article-content]': { era: '2025 article', on: ARTICLE_2025, notOn: ['cn-home-2025'] },
    'meta[property="og:type"][content="article"]': { era: 'any era, page head (the home has `website`)', on: ALL_ERAS, notOn: ['cn-home-2025'] },
  },
  articleRoot: {
    'article[data-article-content]': { era: '2025 article', on: ARTICLE_2025 },
    'article.t-content__article-wrapper': { era: '2020-23 article wrapper without the data attribute (also on 2025 pages)', on: ['cn-older-template'] },
    '[itemtype$="schema.org/NewsArticle"]': { era: 'pre-2020 article with schema.org microdata', on: ['cn-pre2020'] },
  },
  title: {
    'h1.t-content__title': { era: '2025 and 2020-23 article', on: ALL_ERAS },
    'h1[itemprop="headline"]': { era: 'pre-2020 microdata headline', on: ['cn-pre2020'] },
  },
  lead: {
    'p.t-content__chapo': { era: '2025 and 2020-23 article', on: ALL_ERAS },
    '[itemprop="description"]': { era: 'pre-2020 microdata intro (`div.intro`)', on: ['cn-pre2020'] },
  },
  dateTimes: {
    '.t-content__dates time[datetime]': { era: '2025 article, one `time` (published)', on: ARTICLE_2025 },
    '.m-pub-dates__date time[datetime]': { era: '2020-23 article, two `span.m-pub-dates__date` (published, updated)', on: ['cn-older-template'] },
  },
  authorNames: {
    '.t-content__authors .m-from-author__name': { era: '2025 article', on: ARTICLE_2025 },
    '.t-content__authors-tts .m-from-author__name': { era: '2020-23 article, authors beside the reading time', on: ['cn-older-template'] },
    '[itemprop="author"]': { era: 'pre-2020 microdata author', on: ['cn-pre2020'] },
  },
  mainImage: {
    '.t-content__main-media img': { era: '2025 article, figure.m-item-image > picture > img.a-img', on: ARTICLE_2025 },
    // cn-older-template has it inside a main-media wrapper too, so there the first alternative finds it
    'figure.m-figure--16x9 img.m-figure__img': { era: '2020-23 hero figure (src = 1x1 GIF, real URLs in srcset)', on: ['cn-older-template'] },
  },
  body: {
    '.t-content__body': { era: '2025 and 2020-21 article (`div.t-content__body.u-clearfix`)', on: ALL_ERAS },
    '[itemprop="articleBody"]': { era: 'pre-2020 microdata body (`div.article-text`)', on: ['cn-pre2020'] },
  },
  bodyBlocks: {
    p: { era: 'any era, prose', on: ALL_ERAS },
    h2: { era: 'any era, inner heading', on: ARTICLE_2025 },
    h3: { era: 'any era, inner sub-heading', on: ['cn-2025-mini'] },
    li: { era: 'any era, list item', on: ['cn-2025-mini'] },
    blockquote: { era: 'any era, quotation (`blockquote.quote`)', on: ['cn-2025-mini'] },
  },
  bodyExclusions: {
    ...bodyInterstitial,
    ...bodySelfPromo,
    'p.t-copyright': { era: 'AFP wire copy, last body paragraph `© 2020 AFP`', on: ['cn-wire-2020', 'archive:wire-copy'] },
    '[data-tms-ad-type]': { era: 'ad slots filled by tms.fmm.io', on: ['cn-2025-mini', 'cn-older-template', 'archive:glued-ad'] },
    '.m-block-ad': { era: 'ad box (`广告` label inside)', on: ['cn-2025-mini', 'archive:glued-ad'] },
    '.o-ad-container': { era: 'ad container', on: ['cn-2025-mini'] },
    '[data-readmore-unlocker]': { era: '"继续浏览后续" unlock button, sometimes pushed out of the interstitial', on: ['cn-wire-2020'] },
    '.a-read-more': { era: '"read also" box (seen on France 24, same platform)', on: ['cn-2025-mini', 'cn-older-template'] },
    // the entry's time, not its text (team-modelled markup, not yet seen on a real page)
    '.o-liveblog-post__header': { era: "a live-blog entry's time header (`21:50`)", on: ['cn-live-blog-v1', 'cn-live-blog-v2'] },
    '[class^="m-em-"]': { era: 'embeds whose class list starts with m-em- (quote, audio, video, flash, image)', on: ['cn-2025-mini'] },
    '[class*=" m-em-"]': { era: 'embeds with m-em-* after another class', on: ['cn-older-template'] },
    figure: media(['cn-2025-mini', 'cn-wire-2020']),
    picture: media(['cn-2025-mini', 'cn-wire-2020']),
    iframe: media(['cn-wire-2020', 'archive:bracket-title']),
    video: media(['cn-wire-2020']),
    audio: media(['cn-wire-2020']),
    object: media(['cn-wire-2020']),
    embed: media(['cn-wire-2020']),
    noscript: media(['cn-wire-2020']),
    template: media(['cn-wire-2020']),
    'youtube-player': { era: "RFI's custom media elements (2021 video bodies)", on: ['cn-wire-2020'] },
    'play-media': { era: "RFI's custom media elements (2021 video bodies)", on: ['cn-wire-2020'] },
    script: { era: 'scripts', on: ['cn-2025-mini'] },
    style: { era: 'inline styles', on: ['cn-2025-mini'] },
    svg: { era: 'icons', on: ['cn-2025-mini'] },
    button: { era: 'buttons', on: ['cn-2025-mini'] },
    'share-button': { era: share, on: ['cn-2025-mini', 'archive:author-share'] },
    'share-modal': { era: share, on: ['cn-wire-2020', 'archive:author-share'] },
    '[data-root-share]': { era: share, on: ['cn-wire-2020', 'archive:author-share'] },
  },
  liveBlogPosts: {
    '.o-liveblog-post': { era: 'live page, one post per entry (team-modelled, not verified on a real page)', on: ['cn-live-blog-v1', 'cn-live-blog-v2'] },
  },
  canonical: { 'link[rel="canonical"]': head([...ALL_ERAS, 'cn-home-2025']) },
  ogUrl: { 'meta[property="og:url"]': head(ARTICLE_2025) },
  ogTitle: { 'meta[property="og:title"]': head(ALL_ERAS) },
  ogImage: { 'meta[property="og:image"]': head(ARTICLE_2025) },
  description: {
    'meta[name="description"]': head(ALL_ERAS),
    'meta[property="og:description"]': head(ARTICLE_2025),
  },
  publishedMeta: { 'meta[property="article:published_time"]': head(ARTICLE_2025) },
  modifiedMeta: { 'meta[property="article:modified_time"]': head(ARTICLE_2025) },
  sectionMeta: { 'meta[property="article:section"]': head(ARTICLE_2025) },
  // absent on cn-older-template: the language then comes from JSON-LD inLanguage
  htmlLang: { 'html[lang]': { era: 'any era, root element', on: [...ARTICLE_2025, 'cn-home-2025'] } },
  pageTitle: { 'head > title': head([...ALL_ERAS, 'cn-home-2025']) },
  // 2025: one script with [NewsArticle, BreadcrumbList]; 2026: several scripts, one broken (cn-older-template)
  jsonLd: { 'script[type="application/ld+json"]': { era: 'any era', on: ALL_ERAS } },
  datalayer: { 'script#datalayer': { era: '2025 article, end of main', on: ALL_ERAS } },
  breadcrumbLinks: {
    'nav.m-breadcrumb .m-breadcrumb__list__item__link': { era: '2025 article, nav.m-breadcrumb before the article', on: ARTICLE_2025 },
  },
};
