// The reader's store as a candidate source (lib/corpus/sources.ts), read as the bundled lookup
// reads its parts: the articles holding the page's URL key (page URL, then canonical) when there
// are any; else the identity records of the articles filed on the days findMatch searches, each
// identity scored by findMatch's own identityScore on what the record holds (no capture read);
// then every capture of the articles left in play. findMatch still decides among them.
import { captureKeys, MIN_CONTAINED, ruleMayHoldByKeys } from '../identity/same-article';
import { containmentBound, ShingleSet } from '../identity/text-similarity';
import { candidateDays, identityScore, liveFeatures } from '../match/find-match';
import { urlKey } from '../match/url-key';
import { knowFeatures } from '../identity/known-features';
import type { ArchivedArticle, Article } from '../types';
import { featuresOfHead, unionBound, type ArticleIdentity, type IdentityHead } from './identity';
import type { CaptureStore, StoreLookup } from './types';

async function byUrl(read: StoreLookup, live: Article, pageUrl: string): Promise<ArticleIdentity[]> {
  for (const url of live.url !== pageUrl ? [pageUrl, live.url] : [pageUrl]) {
    const key = urlKey(url);
    const found = key === null ? [] : await read.articlesForUrl(key);
    if (found.length > 0) return found;
  }
  return [];
}

async function byIdentity(read: StoreLookup, live: Article, pageUrl: string): Promise<ArticleIdentity[]> {
  const days = candidateDays(live, pageUrl);
  if (days.length === 0) return [];
  const f = liveFeatures(live, pageUrl);
  const keys = captureKeys(f);
  let liveShingles: ShingleSet | null = null;
  const bound = (opening: string, distinct: number) => containmentBound((liveShingles ??= new ShingleSet(f.shingles)), opening, distinct);
  const wanted = new Set(days);
  return (await read.articlesOnDays(days)).filter((record) => {
    // One bound for all the article's heads first; a head's own opening only when that leaves it in play.
    let all: number | null = null;
    const headBound = (h: IdentityHead) => {
      all ??= unionBound((liveShingles ??= new ShingleSet(f.shingles)), record);
      return all < MIN_CONTAINED ? all : Math.min(all, bound(h.opening, h.shingles));
    };
    return record.heads.some(
      (h) => wanted.has(h.day) && ruleMayHoldByKeys(keys, h.keys, () => headBound(h)) && identityScore(f, h.head, () => featuresOfHead(h)) !== null,
    );
  });
}

/** Every capture of every article the page may be, as the engine reads them. */
export async function storeCandidates(store: CaptureStore, live: Article, pageUrl: string): Promise<ArchivedArticle[]> {
  const read = await store.lookup();
  let found = await byUrl(read, live, pageUrl);
  if (found.length === 0) found = await byIdentity(read, live, pageUrl);
  const lists = await Promise.all(found.map((r) => read.captures(r.articleKey)));
  // The records hold each capture's identity: merging the candidates reads it from there.
  const heads = new Map(found.flatMap((r) => r.heads.flatMap((h) => h.ids.map((id) => [id, h] as const))));
  return lists.flat().map((c) => {
    const h = heads.get(c.id);
    if (h) knowFeatures(c.article, featuresOfHead(h));
    return c.article;
  });
}
