// What the sidebar is told about a Wayback Machine lookup: each state as what it is (no capture,
// outage, rate limit, captures that are not the article, the reader's no), never "no edits". Built
// by the background from lookupWayback's answer; cached per article (with the time it was asked) so
// reopening the article sends nothing. Plain serialisable data.
import { urlKey } from '../match/url-key';
import { timestampToIso } from './captures';
import type { CaptureEntry, NotArticleReason, WaybackLookup } from './types';

export type WaybackState =
  /** The setting says never. */
  | 'off'
  /** The reader has not granted the permission (mode `always` never asks by itself). */
  | 'permission-needed'
  /** Our permission window is open: the reader's answer is awaited there. */
  | 'asking'
  /** The reader said no when asked. */
  | 'declined'
  /** A capture that is the article was found and stored: `version` is its id in the store. */
  | 'found'
  /** The service lists no capture under any URL form of the article. */
  | 'no-capture'
  /** Captures exist but none of those checked is the article (home page, redirect, error page …). */
  | 'not-article'
  /** The service could not be reached or answered 5xx. */
  | 'outage'
  /** HTTP 429: nothing is sent before `retryAt`. */
  | 'rate-limited'
  /** Another refusal or an answer that could not be read. */
  | 'failed';

/** One listed capture as the sidebar shows it (newest first). */
export interface ListedCapture {
  timestamp: string;
  capturedAt: string;
  waybackUrl: string;
  statuscode: string;
  duplicates: number;
  /** ISO time of the last identical capture (= capturedAt without duplicates). */
  lastSeen: string;
  verdict: 'article' | 'unchecked' | NotArticleReason;
  /** Where a redirect leads, or the other article's URL. */
  target: string | null;
  /** Its version id in the store, once stored (compare with it through `inspect`). */
  version: string | null;
}

export interface WaybackOutcome {
  state: WaybackState;
  captures: ListedCapture[];
  /** The stored capture to compare with (state `found`). */
  version: string | null;
  /** Rate limited: epoch ms before which nothing is sent. */
  retryAt: number | null;
  httpStatus: number | null;
  /** When the Wayback Machine was asked (epoch ms); null: it was not. */
  checkedAt: number | null;
  /** Answered from the cache: nothing was sent this time. */
  fromCache: boolean;
  /** Requests sent for this answer (0 from the cache). */
  requests: number;
}

export const emptyOutcome = (state: WaybackState, over: Partial<WaybackOutcome> = {}): WaybackOutcome => ({
  state,
  captures: [],
  version: null,
  retryAt: null,
  httpStatus: null,
  checkedAt: null,
  fromCache: false,
  requests: 0,
  ...over,
});

function listed(c: CaptureEntry): ListedCapture {
  const verdict = c.verdict.kind === 'not-article' ? c.verdict.reason : c.verdict.kind;
  const target = c.verdict.kind === 'not-article' ? c.verdict.target : null;
  const lastSeen = timestampToIso(c.lastSeen) ?? c.capturedAt;
  return { timestamp: c.timestamp, capturedAt: c.capturedAt, waybackUrl: c.waybackUrl, statuscode: c.statuscode, duplicates: c.duplicates, lastSeen, verdict, target, version: null };
}

/** The lookup's answer as the sidebar reads it; `version`: the store id of the chosen capture. */
export function outcomeOf(lookup: WaybackLookup, version: string | null, checkedAt: number): WaybackOutcome {
  const captures = lookup.captures.map(listed);
  const chosen = lookup.chosen?.provenance;
  if (chosen && version) {
    const row = captures.find((c) => c.timestamp === chosen.timestamp) ?? captures.find((c) => c.verdict === 'article');
    if (row) row.version = version;
  }
  const base = { captures, checkedAt, requests: lookup.requests.length };
  if (lookup.failure) {
    const { kind, retryAt, httpStatus } = lookup.failure;
    const state: WaybackState = kind === 'rate-limited' ? 'rate-limited' : kind === 'outage' ? 'outage' : 'failed';
    return emptyOutcome(state, { ...base, retryAt, httpStatus });
  }
  if (lookup.status === 'found') return emptyOutcome(version ? 'found' : 'failed', { ...base, version });
  return emptyOutcome(lookup.status === 'no-capture' ? 'no-capture' : 'not-article', base);
}

/** A later lookup (another capture chosen) merged into the cached list: verdicts and store ids kept. */
export function mergeOutcome(before: WaybackOutcome | null, after: WaybackOutcome): WaybackOutcome {
  if (!before || after.state === 'outage' || after.state === 'rate-limited' || after.state === 'failed') return after;
  const known = new Map(before.captures.map((c) => [c.timestamp, c]));
  const captures = after.captures.map((c) => {
    const old = known.get(c.timestamp);
    if (!old) return c;
    return { ...c, verdict: c.verdict === 'unchecked' ? old.verdict : c.verdict, target: c.target ?? old.target, version: c.version ?? old.version };
  });
  return { ...after, captures };
}

/** Cached outcomes, by the article's URL key, each with the time it was asked. */
export type WaybackCache = Record<string, WaybackOutcome>;

/** How long a cached list answers for the article before the Wayback Machine is asked again. */
export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Articles kept in the cache (the oldest asked dropped first). */
export const CACHE_MAX_ENTRIES = 300;

export const cacheKey = (pageUrl: string): string | null => urlKey(pageUrl);

/** The cached outcome for the page, when it is fresh and says something lasting (no failures cached). */
export function fromCache(cache: WaybackCache, pageUrl: string, now: number): WaybackOutcome | null {
  const key = cacheKey(pageUrl);
  const hit = key ? cache[key] : undefined;
  if (!hit || hit.checkedAt === null || now - hit.checkedAt > CACHE_MAX_AGE_MS || now < hit.checkedAt) return null;
  return { ...hit, fromCache: true, requests: 0 };
}

/** The cache with `outcome` stored under the page (failures are not stored), bounded. */
export function withCached(cache: WaybackCache, pageUrl: string, outcome: WaybackOutcome): WaybackCache {
  const key = cacheKey(pageUrl);
  if (!key || !['found', 'no-capture', 'not-article'].includes(outcome.state)) return cache;
  const next: WaybackCache = { ...cache, [key]: { ...outcome, fromCache: false } };
  const keys = Object.keys(next).sort((a, b) => (next[b]!.checkedAt ?? 0) - (next[a]!.checkedAt ?? 0));
  for (const old of keys.slice(CACHE_MAX_ENTRIES)) delete next[old];
  return next;
}
