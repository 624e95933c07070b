// The engine: one live article + the corpus → everything the sidebar and `inspect` show.
// The background and the command line both call this, so they cannot disagree.
import { compareArticles } from './diff/compare';
import { extractEntities } from './entities/extract';
import { findMatch } from './match/find-match';
import type { Article, CorpusIndex, Parsed, Report } from './types';

export function buildReport(live: Parsed<Article>, pageUrl: string, index: CorpusIndex): Report {
  const match = findMatch(live.value, pageUrl, index);
  const archived = match ? index.articles[match.index]! : null;
  return {
    live: live.value,
    liveWarnings: live.warnings,
    match,
    archived,
    entities: extractEntities(live.value),
    changes: archived ? compareArticles(live.value, archived) : null,
  };
}
