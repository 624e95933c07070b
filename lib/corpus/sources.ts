// The corpus seam: every archive the engine reads is one *source* of candidate captures for a live
// page: the bundled corpus parts, the reader's own store, later the Wayback Machine and imported
// folders (issue 9). A source only gathers candidates (every version of any article the page could
// be); it never decides. The candidates of all sources become one small CorpusIndex, grouped into
// articles by lib/identity, and findMatch (lib/match/find-match.ts) alone decides the match.
import { articleDay, headFeatures, identityFeatures, ymdOfDay } from '../identity/features';
import { groupCaptures } from '../identity/group';
import { captureKeys, ruleMayHoldByKeys } from '../identity/same-article';
import { containmentBound, ShingleSet } from '../identity/text-similarity';
import { candidateDays, identityScore, liveFeatures } from '../match/find-match';
import { urlKey } from '../match/url-key';
import type { CaptureStore, StoredCapture } from '../store/types';
import type { ArchivedArticle, Article, CorpusIndex } from '../types';
import { indexForPage, type PartSource } from './lookup';

export interface CandidateSource {
  /** A short name for errors and figures (`bundled`, `store`, …). */
  name: string;
  /** Captures that may be the page's article, with every version of their articles. */
  candidates(live: Article, pageUrl: string): Promise<ArchivedArticle[]>;
}

/** The bundled corpus: the parts one lookup needs (lib/corpus/lookup.ts). */
export function bundledSource(parts: PartSource): CandidateSource {
  return { name: 'bundled', candidates: async (live, pageUrl) => (await indexForPage(live, pageUrl, parts)).articles };
}

/**
 * The reader's store, read as the bundled lookup reads its parts: the captures under the page's URL
 * keys (page URL, then canonical) when there are any, else those filed on the days findMatch
 * searches that findMatch's own identityScore does not rule out; then every other capture of
 * their articles (the same article under an older URL). findMatch still decides among them.
 */
export function storeSource(store: CaptureStore): CandidateSource {
  return {
    name: 'store',
    async candidates(live, pageUrl) {
      let hits = await store.capturesForUrl(pageUrl);
      if (hits.length === 0 && live.url !== pageUrl) hits = await store.capturesForUrl(live.url);
      if (hits.length === 0) {
        // Heads first, as lib/corpus/lookup.ts reads day files: whole captures only for those the
        // same-article keys and the containment bound leave in play.
        const f = liveFeatures(live, pageUrl);
        const keys = captureKeys(f);
        const liveShingles = new ShingleSet(f.shingles);
        const heads = (await store.headsOnDays(candidateDays(live, pageUrl))).filter((h) =>
          ruleMayHoldByKeys(keys, h.keys, () => containmentBound(liveShingles, h.opening, h.shingles)),
        );
        const open = await store.byIds(heads.map((h) => h.id));
        hits = open.filter((c) => identityScore(f, headFeatures(c.article), () => identityFeatures(c.article)) !== null);
      }
      const found = new Map<number, StoredCapture>();
      for (const key of new Set(hits.map((c) => c.articleKey))) for (const c of await store.captures(key)) found.set(c.id, c);
      return [...found.values()].map((c) => c.article);
    },
  };
}

/** Capture-time order, then version id (as lib/archive/compile.ts sorts the whole index). */
function byCaptureTime(a: ArchivedArticle, b: ArchivedArticle): number {
  if (a.archivedAt !== b.archivedAt) return a.archivedAt - b.archivedAt;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Candidates of every source → one CorpusIndex, the articles grouped by identity across sources. */
export function mergeCandidates(lists: ArchivedArticle[][], builtAt: string): CorpusIndex {
  const seen = new Set<string>();
  const articles = lists.flat().filter((a) => !seen.has(a.source) && seen.add(a.source)).sort(byCaptureTime);
  const features = articles.map(identityFeatures);
  const { groups, groupOf } = groupCaptures(articles, urlKey, features);
  const index: CorpusIndex = { version: 1, builtAt, articles, byUrl: {}, groups, groupOf, byDay: {} };
  articles.forEach((a, p) => {
    const key = urlKey(a.url);
    if (key !== null) (index.byUrl[key] ??= []).push(p);
    for (const read of a.readUrl ? [a.readUrl] : []) {
      const k = urlKey(read);
      if (k !== null && k !== key) (index.byUrl[k] ??= []).push(p);
    }
    const day = articleDay(features[p]!, a.archivedAt);
    if (day !== null) (index.byDay[ymdOfDay(day)] ??= []).push(p);
  });
  return index;
}

/**
 * The index one lookup needs, from every source. A source that fails is reported by `onError` and
 * left out: the others still answer (the bundled corpus works when the store cannot open).
 */
export async function indexFromSources(
  sources: CandidateSource[],
  live: Article,
  pageUrl: string,
  onError: (source: string, error: unknown) => void = () => undefined,
): Promise<CorpusIndex> {
  const lists = await Promise.all(
    sources.map((s) =>
      s.candidates(live, pageUrl).catch((error: unknown) => {
        onError(s.name, error);
        return [];
      }),
    ),
  );
  return mergeCandidates(lists, new Date(0).toISOString());
}
