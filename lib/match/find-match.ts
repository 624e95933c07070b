// Finds the archived capture of a live article in the compiled corpus.
// Order: the page's own URL, then its canonical URL. (Identity beyond the URL: a later step.)
import type { Article, CorpusIndex, Match, MatchMethod } from '../types';
import { urlKey } from './url-key';

/** The newest capture among the corpus entries filed under one URL key. */
function newest(index: CorpusIndex, positions: number[]): number {
  return positions.reduce((best, i) =>
    index.articles[i]!.archivedAt > index.articles[best]!.archivedAt ? i : best,
  );
}

export function findMatch(live: Article, pageUrl: string, index: CorpusIndex): Match | null {
  const tries: [MatchMethod, string][] = [
    ['url', pageUrl],
    ['canonical', live.url],
  ];
  for (const [method, url] of tries) {
    const key = urlKey(url);
    const positions = key ? index.byUrl[key] : undefined;
    if (!positions || positions.length === 0) continue;
    const i = newest(index, positions);
    const archived = index.articles[i]!;
    return {
      url: archived.url,
      archivedAt: archived.archivedAt,
      title: archived.title,
      method,
      confidence: 1,
      index: i,
    };
  }
  return null;
}
