// The engine: one live article + the corpus → everything the sidebar and `inspect` show.
// The background and the command line both call this, so they cannot disagree.
import { compareArticles } from './diff/compare';
import { sameAsEarlier } from './diff/flip-flop';
import { reportEntities } from './entities/compare';
import { findMatch } from './match/find-match';
import { possibleEarlier } from './match/possible-earlier';
import type { Article, CorpusIndex, Parsed, Report } from './types';

/** `version`: the `source` of the archived version to compare with (default: the newest). */
export function buildReport(live: Parsed<Article>, pageUrl: string, index: CorpusIndex, version?: string | null): Report {
  const match = findMatch(live.value, pageUrl, index, version);
  const archived = match ? index.articles[match.index]! : null;
  const changes = archived ? compareArticles(live.value, archived) : null;
  return {
    live: live.value,
    liveWarnings: live.warnings,
    match,
    archived,
    // Live and archived entities merged, each marked inLive / inArchive.
    entities: reportEntities(live.value, archived),
    // Flip-flop guard: the live text may be an earlier version's again (lib/diff/flip-flop.ts).
    changes: changes && match ? { ...changes, sameAsEarlier: sameAsEarlier(live.value, changes.kinds, match, index) } : changes,
    // No match: captures below the cut-off that may be earlier versions (lib/match/possible-earlier.ts).
    possibleEarlier: match ? [] : possibleEarlier(live.value, pageUrl, index),
  };
}
