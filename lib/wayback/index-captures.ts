// Wayback captures of one article → a CorpusIndex, so findMatch and buildReport read them exactly as
// they read the bundled corpus. Keyed by each capture's own URL (its canonical link when it has one),
// so a capture that declares another article is matched only if its identity says so.
import { articleDay, identityFeatures, ymdOfDay } from '../identity/features';
import { urlKey } from '../match/url-key';
import type { ArchivedArticle, CorpusIndex } from '../types';

/** One article, its captures as its versions (oldest first). */
export function captureIndex(captures: ArchivedArticle[], builtAt = new Date(0).toISOString()): CorpusIndex {
  const articles = [...captures].sort((a, b) => a.archivedAt - b.archivedAt);
  const byUrl: Record<string, number[]> = {};
  const byDay: Record<string, number[]> = {};
  articles.forEach((article, i) => {
    const key = urlKey(article.url);
    if (key) (byUrl[key] ??= []).push(i);
    const day = articleDay(identityFeatures(article), article.archivedAt);
    if (day !== null) (byDay[ymdOfDay(day)] ??= []).push(i);
  });
  return {
    version: 1,
    builtAt,
    articles,
    byUrl,
    groups: articles.length > 0 ? [articles.map((_, i) => i)] : [],
    groupOf: articles.map(() => 0),
    byDay,
  };
}
