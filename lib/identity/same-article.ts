// The one decision "are these two captures the same article?", with a confidence. Used both to
// group the corpus at build time and to score a live page against candidate captures.
//
// Rules, each one a pattern seen in the real revision cases (../shared/corpus/revisions):
// - the same slug (after a `-1` / `-2` re-use suffix) or the same headline, a day apart at most:
//   section ↔ column moves, suffix changes, re-dated URLs (cases 03–13, 31, 32, 39, 40, 45, 67–74);
// - the opening text nearly the same, or contained in the other (AFP first take → write-through,
//   headline-only edits, wire copy re-filed under a section: cases 14, 30, 35–38, 41–57, 59, 61);
// - the same feed time or display time and a similar headline (parallel takes of one AFP story:
//   cases 15, 34, 51, 58, 60, 63–66, 68), where two different stories of the same minute share at
//   most the first words of their headlines (1047404 / 1047406 in the README).
import type { HeadFeatures, IdentityFeatures } from './features';
import { bigramKey, containment, dice, jaccard, sharedCount } from './text-similarity';

export interface Evidence {
  title: number;
  slug: number;
  /** Jaccard of the opening-text shingles. */
  text: number;
  /** Containment of the opening-text shingles (one text extends the other). */
  contained: number;
  /** Share of the shorter folded headline that is a common prefix of both. */
  titlePrefix: number;
  /** Folded characters the two opening texts share from their start (dateline and first words). */
  openingPrefix: number;
  /** Days between the two (URL day, else shown day); null when unknown. */
  dayGap: number | null;
  /** Same display time, or same feed time. */
  sameTime: boolean;
}

/** Below this a candidate is not the same article; above it the identity match is reported. */
export const IDENTITY_THRESHOLD = 0.6;
/** Shared opening characters that make two same-minute items takes of one story. */
const OPENING_PREFIX = 20;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

function commonPrefixShare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n === 0 ? 0 : commonPrefix(a, b) / n;
}

export function evidence(a: IdentityFeatures, b: IdentityFeatures): Evidence {
  const da = a.urlDay ?? a.shownDay;
  const db = b.urlDay ?? b.shownDay;
  const n = sharedCount(a.shingles, b.shingles);
  return {
    title: dice(a.title, b.title),
    slug: dice(a.slug, b.slug),
    text: jaccard(a.shingles, b.shingles, n),
    contained: containment(a.shingles, b.shingles, n),
    titlePrefix: commonPrefixShare(a.title, b.title),
    openingPrefix: commonPrefix(a.text, b.text),
    dayGap: da !== null && db !== null ? Math.abs(da - db) : null,
    sameTime:
      (a.shownAt !== null && a.shownAt === b.shownAt) || (a.feedAt !== null && a.feedAt === b.feedAt),
  };
}

/**
 * False only when sameArticleRule cannot hold whatever the two opening texts are: no day, more than
 * a day apart, or a day apart with neither the same slug nor the same headline (the text rules need
 * the same day). Lets a lookup skip the text of most candidates without changing any result.
 */
export function ruleMayHold(a: HeadFeatures, b: HeadFeatures): boolean {
  const da = a.urlDay ?? a.shownDay;
  const db = b.urlDay ?? b.shownDay;
  if (da === null || db === null) return false;
  const gap = Math.abs(da - db);
  if (gap === 0) return true;
  return gap === 1 && (diceIsOne(a.slug, b.slug) || diceIsOne(a.title, b.title));
}

/** dice(a, b) === 1, quickly: equal bigram multisets need as many characters (checked on BMP text). */
function diceIsOne(a: string, b: string): boolean {
  if (a.length !== b.length && !/[\ud800-\udfff]/.test(a + b)) return false;
  return dice(a, b) === 1;
}

/** The least containment any text rule of sameArticleRule asks for (text ≥ 0.8 implies containment ≥ 0.8). */
export const MIN_CONTAINED = 0.65;

/** What a lookup knows of a capture before its text: times, days and bigram keys of slug and headline. */
export interface CaptureKeys {
  urlDay: number | null;
  shownDay: number | null;
  shownAt: string | null;
  feedAt: number | null;
  /** bigramKey of the folded slug and headline (lib/identity/text-similarity.ts). */
  slugKey: number;
  titleKey: number;
}

export function captureKeys(f: HeadFeatures): CaptureKeys {
  const { urlDay, shownDay, shownAt, feedAt } = f;
  return { urlDay, shownDay, shownAt, feedAt, slugKey: bigramKey(f.slug), titleKey: bigramKey(f.title) };
}

/**
 * False only when sameArticleRule cannot hold for the two, whatever their texts and headlines:
 * no day or more than a day apart; a day apart with neither slug nor headline bigrams equal; the
 * same day, neither equal, not the same time, and an upper bound of the containment of their opening
 * texts (containedBound, asked only then) below what any text rule needs.
 */
export function ruleMayHoldByKeys(a: CaptureKeys, b: CaptureKeys, containedBound: () => number): boolean {
  const da = a.urlDay ?? a.shownDay;
  const db = b.urlDay ?? b.shownDay;
  if (da === null || db === null) return false;
  const gap = Math.abs(da - db);
  if (gap > 1) return false;
  if ((a.slugKey !== 0 && a.slugKey === b.slugKey) || (a.titleKey !== 0 && a.titleKey === b.titleKey)) return true;
  if (gap === 1) return false;
  if ((a.shownAt !== null && a.shownAt === b.shownAt) || (a.feedAt !== null && a.feedAt === b.feedAt)) return true;
  return containedBound() >= MIN_CONTAINED;
}

/** Which rule, if any, makes the two captures one article. */
export function sameArticleRule(e: Evidence): string | null {
  if (e.dayGap === null || e.dayGap > 1) return null;
  if (e.slug === 1 && e.dayGap <= 1) return 'slug';
  if (e.title === 1) return 'title';
  // Text rules hold on the same day only: a day later under a new URL is a new article (tallies).
  if (e.dayGap !== 0) return null;
  if (e.text >= 0.8) return 'text';
  if (e.contained >= 0.95) return 'contained';
  if (e.contained >= 0.8 && e.title >= 0.35) return 'text+title';
  if (e.contained >= MIN_CONTAINED && e.title >= 0.6) return 'text+title';
  // Takes of one story keep its dateline and first words; parallel stories share the dateline at most.
  if (e.sameTime && (e.title >= 0.55 || e.titlePrefix >= 0.6 || e.openingPrefix >= OPENING_PREFIX)) return 'time+opening';
  return null;
}

/**
 * 0..1: how sure we are that the two are one article. At or above IDENTITY_THRESHOLD exactly when
 * a rule holds; the value grows with the headline and text agreement.
 */
export function identityConfidence(e: Evidence): number {
  const agreement = Math.max(e.text, (e.title + e.contained) / 2, e.slug === 1 ? 1 : 0);
  const rule = sameArticleRule(e);
  const score = rule ? IDENTITY_THRESHOLD + (0.99 - IDENTITY_THRESHOLD) * agreement : IDENTITY_THRESHOLD * 0.99 * agreement;
  return Math.round(score * 1000) / 1000;
}
