// Flip-flop guard (NewsDiffs' lesson): an article edited after one capture and edited back before
// the reader opens it would be listed as edits back and forth. When the live text is exactly the
// text of a version captured before the one compared, the reader is told "same as the version of
// <date>" instead.
//
// The rule: the live article and a stored version have the same text when their text keys are
// equal. A text key is the comparison key (normalize.ts) of the headline, of the lead (none = empty)
// and of every body paragraph the aligner would compare (noise paragraphs, the lead repeated as the
// first paragraph and empty ones left out), in order. Those are exactly the things whose difference
// makes a headline, lead or paragraph change, so "same text key" ⇔ "comparing with that version
// shows no text change". The guard holds when the comparison with the chosen version shows a text
// change and an EARLIER version of the same article group (before the chosen one in capture order) has the
// live text key: the newest such version is named. Metadata (image, dates, authors) is not text
// and is left out.
import type { Article, ChangeKind, CorpusIndex, Match, MatchVersion } from '../types';
import { bodyTexts } from './compare';
import { comparisonKey, isNoiseKey } from './normalize';

const TEXT_KINDS: readonly ChangeKind[] = ['headline', 'lead', 'paragraphs'];

/** The text key of an article: headline, lead and compared paragraphs as comparison keys. */
export function textKey(article: Article): string {
  const body = bodyTexts(article)
    .map(comparisonKey)
    .filter((k) => !isNoiseKey(k));
  return [comparisonKey(article.title), comparisonKey(article.lead ?? ''), ...body].join('\n');
}

/**
 * The version captured before the compared one whose text the live article has again (the newest
 * such), or null: none, or the comparison shows no text change (`kinds`) to explain away.
 */
export function sameAsEarlier(live: Article, kinds: readonly ChangeKind[], match: Match, index: CorpusIndex): MatchVersion | null {
  if (!kinds.some((k) => TEXT_KINDS.includes(k))) return null;
  const compared = index.articles[match.index];
  if (!compared) return null;
  const key = textKey(live);
  // Newest first among the versions before the compared one. Versions are in capture order (ties,
  // frequent: one feed time for several takes, broken by source name as the corpus sorts them).
  const at = match.versions.findIndex((v) => v.source === compared.source);
  for (let i = at - 1; i >= 0; i--) {
    const version = match.versions[i]!;
    const article = index.articles.find((a) => a.source === version.source);
    if (article && textKey(article) === key) return version;
  }
  return null;
}
