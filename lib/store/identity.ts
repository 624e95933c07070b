// One identity record per article in the store (object store `articles`), kept on every write in
// the same transaction as the captures: the URL keys of all its captures and, for each distinct
// identity among its captures, what identity matching reads (head features, opening text and its
// shingle count). A lookup reads these records only, scores with findMatch's own identityScore,
// and opens the captures of the articles left in play: it never reads the captures of the others.
import { articleDay, headFeatures, identityFeatures, ymdOfDay, type HeadFeatures, type IdentityFeatures } from '../identity/features';
import { captureKeys, type CaptureKeys } from '../identity/same-article';
import { shingles, type ShingleSet } from '../identity/text-similarity';
import { urlKey } from '../match/url-key';
import type { Capture } from './types';

/** One identity of an article: the captures that read alike as far as identity matching goes. */
export interface IdentityHead {
  /** Store ids of the captures with exactly this identity. */
  ids: number[];
  /** Filing day `YYYYMMDD` (or `undated`), as StoredCapture.day. */
  day: string;
  /** URL keys of these captures (readUrl and canonical). */
  urlKeys: string[];
  head: HeadFeatures;
  keys: CaptureKeys;
  /** The folded opening text (IdentityFeatures.text) and its distinct shingle count. */
  opening: string;
  shingles: number;
}

/** The `articles` record: one per articleKey. */
export interface ArticleIdentity {
  articleKey: string;
  /** Union of its heads' URL keys (multiEntry index `urlKeys`). */
  urlKeys: string[];
  /** Union of its heads' days (multiEntry index `days`). */
  days: string[];
  heads: IdentityHead[];
  /**
   * The distinct opening-text shingles of all its heads (ascending) and the fewest any head has: an
   * upper bound of every head's containment at once (unionBound), so a lookup scans one set per
   * article before the openings of its heads.
   */
  shingles: Uint32Array;
  fewest: number;
}

/** The URL keys of a capture: its readUrl's and its canonical URL's. */
export function captureUrlKeys(capture: Pick<Capture, 'readUrl' | 'article'>): string[] {
  return [...new Set([capture.readUrl, capture.article.url].map(urlKey).filter((k): k is string => k !== null))];
}

/** A capture's identity head (without ids), and its filing day. */
export function headOf(capture: Capture): Omit<IdentityHead, 'ids'> {
  const f = identityFeatures(capture.article);
  const d = articleDay(f, capture.capturedAt);
  const { text, shingles: s, ...head } = f;
  return { day: d === null ? 'undated' : ymdOfDay(d), urlKeys: captureUrlKeys(capture), head, keys: captureKeys(f), opening: text, shingles: s.length };
}

/** The whole IdentityFeatures of a head: what identityScore's `full` asks for (shingles made on demand). */
export function featuresOfHead(h: IdentityHead): IdentityFeatures {
  let f = made.get(h);
  if (!f) made.set(h, (f = { ...h.head, text: h.opening, shingles: shingles(h.opening) }));
  return f;
}
/** Features made from a head (records are shared by the lookup cache, so this saves work across lookups). */
const made = new WeakMap<IdentityHead, IdentityFeatures>();

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameHead = (a: HeadFeatures, b: HeadFeatures) =>
  a.urlDay === b.urlDay && a.shownDay === b.shownDay && a.shownAt === b.shownAt && a.feedAt === b.feedAt && a.slug === b.slug && a.title === b.title;

function summarise(record: ArticleIdentity): ArticleIdentity {
  record.urlKeys = [...new Set(record.heads.flatMap((h) => h.urlKeys))];
  record.days = [...new Set(record.heads.map((h) => h.day))];
  const all = new Set<number>();
  for (const h of record.heads) for (const v of featuresOfHead(h).shingles) all.add(v);
  record.shingles = Uint32Array.from(all).sort();
  record.fewest = Math.min(...record.heads.map((h) => h.shingles));
  return record;
}

/**
 * An upper bound of containmentBound(live, h.opening, h.shingles) for every head h of the record:
 * a head's shingles found in the live set are among the record's, over the smallest denominator.
 */
export function unionBound(live: ShingleSet, record: Pick<ArticleIdentity, 'shingles' | 'fewest'>): number {
  if (record.fewest === 0 || live.size === 0) return 1;
  let hits = 0;
  for (const v of record.shingles) if (live.has(v)) hits++;
  return Math.min(hits, live.size) / Math.min(live.size, record.fewest);
}

/** The record after capture `id` (with `head`) joined the article. */
export function withCapture(record: ArticleIdentity | undefined, articleKey: string, id: number, head: Omit<IdentityHead, 'ids'>): ArticleIdentity {
  const next: ArticleIdentity = record ? { ...record, heads: [...record.heads] } : { articleKey, urlKeys: [], days: [], heads: [], shingles: new Uint32Array(0), fewest: 0 };
  const i = next.heads.findIndex(
    (h) => h.day === head.day && h.opening === head.opening && sameList(h.urlKeys, head.urlKeys) && sameHead(h.head, head.head),
  );
  if (i >= 0) next.heads[i] = { ...next.heads[i]!, ids: [...next.heads[i]!.ids, id] };
  else next.heads.push({ ...head, ids: [id] });
  return summarise(next);
}

/** The record after captures `ids` left the article, or null when none is left. */
export function withoutCaptures(record: ArticleIdentity, ids: ReadonlySet<number>): ArticleIdentity | null {
  const heads = record.heads.map((h) => ({ ...h, ids: h.ids.filter((id) => !ids.has(id)) })).filter((h) => h.ids.length > 0);
  return heads.length === 0 ? null : summarise({ ...record, heads });
}
