// What lookups derive from a decoded part, kept as long as the part is (lib/corpus/cache.ts keeps
// the parts; these WeakMaps let go with them): the capture objects a texts file decodes to and their
// head features. A source handing over the same capture objects again also
// lets the features computed from them (lib/identity/known-features.ts, lib/match/possible-earlier.ts)
// be reused. And the live page's features, computed once per lookup however many sources read them.
// Nothing here changes a result: each value is what the code it replaces computed, computed once.
import { headFeatures, type HeadFeatures, type IdentityFeatures } from '../identity/features';
import { captureKeys, type CaptureKeys } from '../identity/same-article';
import { candidateDays, liveFeatures } from '../match/find-match';
import type { ArchivedArticle, Article } from '../types';
import type { DayTexts } from './day-file';

const articles = new WeakMap<DayTexts, ArchivedArticle[]>();
const heads = new WeakMap<ArchivedArticle, HeadFeatures>();

/** Capture `i` of a texts file, one object per capture while the file is kept. Never mutated. */
export function articleAt(texts: DayTexts, i: number): ArchivedArticle {
  let list = articles.get(texts);
  if (!list) articles.set(texts, (list = []));
  return (list[i] ??= texts.article(i));
}

/** headFeatures of a capture, once per capture object. */
export function headOf(article: ArchivedArticle): HeadFeatures {
  let head = heads.get(article);
  if (!head) heads.set(article, (head = headFeatures(article)));
  return head;
}

export interface LivePage {
  /** candidateDays(live, pageUrl): the filing days findMatch searches. */
  days: string[];
  features: IdentityFeatures;
  keys: CaptureKeys;
}

const pages = new WeakMap<Article, Map<string, LivePage>>();

/** liveFeatures(live, pageUrl), its keys and its days: once per page object and URL. */
export function livePage(live: Article, pageUrl: string): LivePage {
  let byUrl = pages.get(live);
  if (!byUrl) pages.set(live, (byUrl = new Map()));
  let page = byUrl.get(pageUrl);
  if (!page) {
    const features = liveFeatures(live, pageUrl);
    // candidateDays reads the URLs and times only: no text to fold and hash a second time.
    const days = candidateDays({ ...live, lead: null, paragraphs: [] }, pageUrl);
    byUrl.set(pageUrl, (page = { days, features, keys: captureKeys(features) }));
  }
  return page;
}
