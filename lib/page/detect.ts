// Page detection: pure URL predicates with example URLs (STYLE.md convention 5) and the
// Document-level article check of RFI-PAGES.md §8 step 1.
import { COLUMN_ROOTS, hostEdition, parseRfiPath } from '../rfi-url';
import { queryFirst } from './query';
import { selectors } from './selectors';

/** URLs `isArticleUrl` must accept; tests/lib/page/detect.test.ts checks each one. */
export const ARTICLE_URL_EXAMPLES: readonly string[] = [
  // article in a section, raw UTF-8 (nav/breadcrumb form)
  'https://www.rfi.fr/cn/政治/20251130-台湾增加400亿美元国防开支-加速部署t-dome防空系统',
  // the same, percent-encoded (canonical / og:url form)
  'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-%E5%8F%B0%E6%B9%BE%E5%A2%9E%E5%8A%A0400%E4%BA%BF%E7%BE%8E%E5%85%83%E5%9B%BD%E9%98%B2%E5%BC%80%E6%94%AF-%E5%8A%A0%E9%80%9F%E9%83%A8%E7%BD%B2t-dome%E9%98%B2%E7%A9%BA%E7%B3%BB%E7%BB%9F',
  // with a query and a hash (share and anchor links)
  'https://www.rfi.fr/cn/中国/20251129-香港大火后?utm_source=x#top',
  // article in a column (the seed's shape)
  'https://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F%E6%A3%80%E7%B4%A2/%E8%A6%81%E9%97%BB%E5%88%86%E6%9E%90/20230302-20%E5%9B%BD%E5%A4%96%E9%95%BF%E4%BC%9A',
  // column path in the traditional-script edition
  'https://www.rfi.fr/tw/專欄檢索/要聞分析/20230302-20國外長會',
  // programme episode (podcast path)
  'https://www.rfi.fr/fr/podcasts/journal-en-français-facile/20251130-titre',
  // CN wire copy
  'https://www.rfi.fr/cn/contenu/20251130-法国总统马克龙',
  // archived 2020-21 double slash
  'http://www.rfi.fr//cn/中国/20201201-标题',
  // pre-2020 edition hosts: the host names the edition, the path starts at the section
  'http://cn.rfi.fr/中国/20190310-两会期间北京空气质量改善',
  'http://cn.rfi.fr/%E4%B8%AD%E5%9B%BD/20190310-%E4%B8%A4%E4%BC%9A',
  'http://trad.cn.rfi.fr/中國/20190310-兩會期間',
  'http://m.cn.rfi.fr/中国/20190310-两会',
  // other editions and hosts
  'https://www.rfi.fr/fr/france/20251130-un-titre-en-français',
  'https://www.rfi.fr/en/international/20251130-a-headline',
  'https://amp.rfi.fr/es/américas/20251130-un-titular',
];

/** URLs `isArticleUrl` must reject. */
export const NON_ARTICLE_URL_EXAMPLES: readonly string[] = [
  // edition home pages
  'https://www.rfi.fr/cn/',
  'https://www.rfi.fr/cn',
  'https://www.rfi.fr/',
  // section, tag and author listings (trailing slash)
  'https://www.rfi.fr/cn/政治/',
  'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/',
  'https://www.rfi.fr/cn/关键词/中国/',
  'https://www.rfi.fr/cn/作者/左依/',
  'https://www.rfi.fr/fr/auteur/rfi/',
  'https://www.rfi.fr/cn/专栏检索/要闻分析/',
  'https://www.rfi.fr/cn/contenu/',
  // feeds and other pages
  'https://www.rfi.fr/cn/rss',
  'https://www.rfi.fr/cn/作者/左依',
  // a dated slug outside an edition, or with an extra slash
  'https://www.rfi.fr/20251130-titre',
  // an old edition host's home and listings; a sub-domain that is no edition
  'http://cn.rfi.fr/',
  'http://cn.rfi.fr/中国/',
  'http://xx.rfi.fr/中国/20190310-标题',
  'https://www.rfi.fr/cn/政治/20251130-台湾增加400亿美元国防开支/',
  // not rfi.fr
  'https://rfi.my/CEAH.F',
  'https://example.com/cn/政治/20251130-slug',
  'not a url',
];

/** Last segment of an article path: `YYYYMMDD-slug`. */
const DATED_SLUG = /^\d{8}-./u;
/** Second-level roots whose dated children are articles: columns and programmes. */
const PROGRAMME_ROOTS: readonly string[] = [...COLUMN_ROOTS, 'podcasts'];
/** Section under which CN wire copy is filed, dated or not. */
const WIRE_SECTION = 'contenu';

/**
 * True for rfi.fr article URLs: `/{ed}/{section}/{YYYYMMDD}-{slug}`,
 * `/{ed}/专栏检索/{column}/{YYYYMMDD}-{slug}`, `/{ed}/podcasts/{prog}/{YYYYMMDD}-{slug}` and
 * `/{ed}/contenu/{slug}`. Listings end with a slash and are rejected, as are home pages and feeds.
 * The late-2020 date-less `/cn/{slug}` wire URLs cannot be told from `/cn/rss` and are rejected.
 */
export function isArticleUrl(url: string): boolean {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return false;
  }
  if (pathname.endsWith('/')) return false;
  const path = parseRfiPath(url);
  if (!path) return false;
  // `/{ed}/…`, or a pre-2020 edition host (`cn.rfi.fr/中国/2019…`) whose path starts at the section.
  const rest = path.edition ? path.segments.slice(1) : hostEdition(url) ? path.segments : null;
  if (!rest) return false;
  const last = rest[rest.length - 1] ?? '';
  if (rest.length === 2 && rest[0] === WIRE_SECTION) return true;
  if (rest.length === 2) return DATED_SLUG.test(last);
  if (rest.length === 3) return PROGRAMME_ROOTS.includes(rest[0] ?? '') && DATED_SLUG.test(last);
  return false;
}

/** True when the parsed page is an article: `article[data-article-content]` or og:type article. */
export function isArticleDocument(doc: Document): boolean {
  return queryFirst(doc, selectors.articleMarker) !== null;
}
