// Possible earlier versions: captures that are NOT the match (below the identity cut-off) but may
// be the same story before a rewrite under a new headline and URL, as an AFP item rewritten the same
// day (revision case 47: new headline and slug, 59% of the opening kept, the same dateline and first
// sentence start). They are offered to the reader as "possibly an earlier version of this article
// (similarity X%)", never compared with and never used as the match.
//
// The rule, measured on the real corpus (tests/lib/match/possible-earlier.corpus.test.ts): a capture of the
// page's own filing day (a rewrite is same-day; a day later under a new URL is a new article, such
// as the daily tallies) that is not the same article by lib/identity/same-article.ts and whose
// opening text
//  - starts with the same OFFER_MIN_OPENING folded characters as the page's (the dateline and the
//    first words: what a rewrite of one item keeps and two stories of the day do not share), and
//  - shares at least OFFER_MIN_SIMILARITY of its shingles (containment: share of the shorter
//    opening found in the other). This share is the similarity shown.
import { identityFeatures, ymdOfDay, type IdentityFeatures } from '../identity/features';
import { evidence, IDENTITY_THRESHOLD, identityConfidence } from '../identity/same-article';
import type { Article, ArchivedArticle, CorpusIndex, PossibleEarlier } from '../types';
import { liveFeatures } from './find-match';

/** Least share of the opening text in common for an offer. */
export const OFFER_MIN_SIMILARITY = 0.5;
/** Least common start of the two folded opening texts (the same-article rules use 20 for takes). */
export const OFFER_MIN_OPENING = 20;
/** At most this many offers, best first. */
export const MAX_OFFERS = 3;

/** The similarity (0..1) when `capture` may be an earlier version of the page, else null. */
export function offerSimilarity(page: IdentityFeatures, capture: IdentityFeatures): number | null {
  const e = evidence(page, capture);
  if (e.dayGap !== 0) return null;
  // At or above the cut-off it is the match, not an offer.
  if (identityConfidence(e) >= IDENTITY_THRESHOLD) return null;
  if (e.openingPrefix < OFFER_MIN_OPENING || e.contained < OFFER_MIN_SIMILARITY) return null;
  return Math.round(e.contained * 100) / 100;
}

/** The page's filing day (`YYYYMMDD`): the one day whose captures can be offered. */
export function offerDay(page: IdentityFeatures): string | null {
  const day = page.urlDay ?? page.shownDay;
  return day === null ? null : ymdOfDay(day);
}

/** Features of captures, computed once per capture object (as find-match.ts does). */
const cache = new WeakMap<ArchivedArticle, IdentityFeatures>();
function featuresOf(a: ArchivedArticle): IdentityFeatures {
  let f = cache.get(a);
  if (!f) cache.set(a, (f = identityFeatures(a)));
  return f;
}

/** Offers among `captures`, best first, one per article group (`groupOf`), at most MAX_OFFERS. */
export function rankOffers(page: IdentityFeatures, captures: readonly { article: ArchivedArticle; group: number }[]): PossibleEarlier[] {
  const best = new Map<number, PossibleEarlier>();
  for (const { article, group } of captures) {
    const similarity = offerSimilarity(page, featuresOf(article));
    if (similarity === null) continue;
    const kept = best.get(group);
    if (!kept || similarity > kept.similarity || (similarity === kept.similarity && article.archivedAt > kept.archivedAt)) {
      best.set(group, { url: article.url, title: article.title, archivedAt: article.archivedAt, source: article.source, similarity });
    }
  }
  return [...best.values()].sort((a, b) => b.similarity - a.similarity || b.archivedAt - a.archivedAt).slice(0, MAX_OFFERS);
}

/** The captures of the page's day in `index` that may be earlier versions of it (see the header). */
export function possibleEarlier(live: Article, pageUrl: string, index: CorpusIndex): PossibleEarlier[] {
  const page = liveFeatures(live, pageUrl);
  const day = offerDay(page);
  if (day === null) return [];
  const captures = (index.byDay[day] ?? []).map((i) => ({ article: index.articles[i]!, group: index.groupOf[i] ?? -1 - i }));
  return rankOffers(page, captures);
}
