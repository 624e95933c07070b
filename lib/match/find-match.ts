// Finds the archived article of a live page in the compiled corpus, and the version to compare.
// Order: the page's own URL, then its canonical URL, then the article's identity (captures filed a
// day before, on or after the page's day, scored by lib/identity/same-article.ts). Below the
// identity threshold there is no match: a wrong archived copy is worse than none.
import { dayOfYmd, identityFeatures, parisDay, ymdOfDay, type HeadFeatures, type IdentityFeatures } from '../identity/features';
// Features of archived captures: computed once per capture object, or as a source recorded them.
import { featuresOf } from '../identity/known-features';
import { evidence, IDENTITY_THRESHOLD, identityConfidence, ruleMayHold } from '../identity/same-article';
import { parseRfiPath } from '../rfi-url';
import type { ArchivedArticle, Article, CorpusIndex, Match, MatchMethod, MatchVersion } from '../types';
import { urlKey } from './url-key';

/** The group (article) a capture belongs to, as a list of capture indexes, oldest first. */
function groupOf(index: CorpusIndex, position: number): number[] {
  return index.groups[index.groupOf[position] ?? -1] ?? [position];
}

/** The days to search for a live page: its URL date (page URL or canonical), else its published day. */
function liveDays(live: Article, pageUrl: string, f: IdentityFeatures): number[] {
  const ymd = parseRfiPath(pageUrl)?.date ?? parseRfiPath(live.url)?.date ?? null;
  const day = (ymd ? dayOfYmd(ymd) : null) ?? f.shownDay ?? (live.published ? parisDay(live.published) : null);
  return day === null ? [] : [day - 1, day, day + 1];
}

/** The live page's features: a live page's URL is its own, so its slug comes from the page URL when the canonical has none. */
export function liveFeatures(live: Article, pageUrl: string): IdentityFeatures {
  const f = identityFeatures(live);
  if (!f.slug) f.slug = identityFeatures({ ...live, url: pageUrl }).slug;
  return f;
}

/**
 * The filing days (`YYYYMMDD`) findMatch searches by identity for a live page: what a partitioned
 * corpus must hold for one lookup (lib/corpus/lookup.ts).
 */
export function candidateDays(live: Article, pageUrl: string): string[] {
  const f = identityFeatures(live);
  return liveDays(live, pageUrl, f).map(ymdOfDay);
}

/**
 * A candidate's identity confidence when it can be the match (a same-article rule holds), else
 * null: below the threshold a candidate never wins. `full` is asked only when the headline, slug and
 * days leave the text to decide, so a lookup over a partitioned corpus reads few texts.
 */
export function identityScore(live: IdentityFeatures, head: HeadFeatures, full: () => IdentityFeatures): number | null {
  if (!ruleMayHold(live, head)) return null;
  const confidence = identityConfidence(evidence(live, full()));
  return confidence >= IDENTITY_THRESHOLD ? confidence : null;
}

/** The URLs a live page is looked up by, in order: the page's own, then its canonical. */
export function urlTries(live: Article, pageUrl: string): [MatchMethod, string][] {
  return [
    ['url', pageUrl],
    ['canonical', live.url],
  ];
}

/** A capture the identity search weighs: its head features, its full features on demand. */
export interface IdentityCandidate<R> {
  ref: R;
  head: HeadFeatures;
  full: () => IdentityFeatures;
}

/**
 * The candidate findMatch chooses by identity: the highest identityScore, the first of equal ones
 * (candidates in the order of the days searched), or null. Every corpus path decides with this.
 */
export function bestByIdentity<R>(live: IdentityFeatures, candidates: Iterable<IdentityCandidate<R>>): { ref: R; confidence: number } | null {
  let best: { ref: R; confidence: number } | null = null;
  for (const { ref, head, full } of candidates) {
    const confidence = identityScore(live, head, full);
    if (confidence !== null && (!best || confidence > best.confidence)) best = { ref, confidence };
  }
  return best;
}

interface Found {
  position: number;
  method: MatchMethod;
  confidence: number;
}

function byUrl(live: Article, pageUrl: string, index: CorpusIndex): Found | null {
  for (const [method, url] of urlTries(live, pageUrl)) {
    const key = urlKey(url);
    const positions = key ? index.byUrl[key] : undefined;
    if (positions && positions.length > 0) return { position: positions[0]!, method, confidence: 1 };
  }
  return null;
}

function* onLiveDays(live: Article, pageUrl: string, f: IdentityFeatures, index: CorpusIndex): Generator<IdentityCandidate<number>> {
  for (const day of liveDays(live, pageUrl, f)) {
    for (const position of index.byDay[ymdOfDay(day)] ?? []) {
      const features = featuresOf(index.articles[position]!);
      yield { ref: position, head: features, full: () => features };
    }
  }
}

function byIdentity(live: Article, pageUrl: string, index: CorpusIndex): Found | null {
  const f = liveFeatures(live, pageUrl);
  const best = bestByIdentity(f, onLiveDays(live, pageUrl, f, index));
  return best && { position: best.ref, method: 'identity', confidence: best.confidence };
}

/**
 * The match for a live article, or null. `requested` (a version's `source`) picks the version to
 * compare with; by default, and when the requested one is not a version of the article, the newest.
 */
export function findMatch(live: Article, pageUrl: string, index: CorpusIndex, requested?: string | null): Match | null {
  const found = byUrl(live, pageUrl, index) ?? byIdentity(live, pageUrl, index);
  if (!found) return null;
  const group = groupOf(index, found.position);
  const chosen =
    group.find((i) => requested != null && index.articles[i]!.source === requested) ?? group[group.length - 1]!;
  const archived = index.articles[chosen]!;
  return {
    url: archived.url,
    archivedAt: archived.archivedAt,
    title: archived.title,
    method: found.method,
    confidence: found.confidence,
    index: chosen,
    versions: group.map((i) => {
      const a = index.articles[i]!;
      const version: MatchVersion = { source: a.source, archivedAt: a.archivedAt, displayedAt: a.displayedAt, title: a.title, url: a.url };
      if (a.origin) version.origin = a.origin;
      if (a.wayback) version.link = a.wayback.waybackUrl;
      return version;
    }),
  };
}
