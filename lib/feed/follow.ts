// Followed editions: which feeds the background reads, when, and which of their items are new.
// Pure state functions; the watch state (lib/watch/state.ts) holds the follows beside the watches
// so one limiter paces both.
import { EDITIONS, type Edition } from '../rfi-url';
import { MINUTE } from '../watch/schedule';
import { addWatch, watchKey, type Outcome, type WatchState } from '../watch/state';
import type { FeedItem } from './rss';

/** A followed feed is read at most this often. */
export const FEED_EVERY = 10 * MINUTE;
/**
 * At most this many articles from followed editions are on the re-read schedule at once; past it
 * the oldest leave the schedule (their captures stay). 150 keeps the steady load within the
 * limiter's 60 requests an hour for an edition publishing ~40 articles a day (README figures).
 */
export const FOLLOW_CAP = 150;
/** Feed item keys remembered per edition (a feed lists ~30-100 items). */
const SEEN_LIMIT = 400;

export interface FollowState {
  edition: Edition;
  /** When the reader opted in: items published before it are not captured. */
  since: number;
  lastReadAt: number | null;
  last: Outcome | null;
  /** URL keys of the items already handled, newest last. */
  seen: string[];
}

export function isEdition(code: string): code is Edition {
  return (EDITIONS as readonly string[]).includes(code);
}

/** The edition's RSS feed (RFI-PAGES.md §1: `/{ed}/rss`, as the home page's `<link rel=alternate>`). */
export function feedUrl(edition: Edition): string {
  return `https://www.rfi.fr/${edition}/rss`;
}

export function follow(state: WatchState, edition: string, now: number): WatchState {
  if (!isEdition(edition)) throw new Error(`unknown edition: ${edition}`);
  if (state.follows[edition]) return state;
  const entry: FollowState = { edition, since: now, lastReadAt: null, last: null, seen: [] };
  return { ...state, follows: { ...state.follows, [edition]: entry } };
}

/** Stops reading the feed; the articles already on the schedule finish their schedule. */
export function unfollow(state: WatchState, edition: string): WatchState {
  if (!state.follows[edition]) return state;
  const follows = { ...state.follows };
  delete follows[edition];
  return { ...state, follows };
}

/** The next time a followed feed is due, or null when no edition is followed. */
export function nextFeedAt(state: WatchState): number | null {
  let min: number | null = null;
  for (const f of Object.values(state.follows)) {
    const at = f.lastReadAt === null ? f.since : f.lastReadAt + FEED_EVERY;
    if (min === null || at < min) min = at;
  }
  return min;
}

/** The followed edition whose feed is due at `now` (the longest unread first), or null. */
export function dueFeed(state: WatchState, now: number): FollowState | null {
  let best: FollowState | null = null;
  for (const f of Object.values(state.follows)) {
    const at = f.lastReadAt === null ? f.since : f.lastReadAt + FEED_EVERY;
    if (at > now) continue;
    if (!best || (f.lastReadAt ?? 0) < (best.lastReadAt ?? 0)) best = f;
  }
  return best;
}

/**
 * The items of a feed read that are new for this follow: not seen before and published after the
 * reader opted in (an item without a date: new once a listing has been read, so the first listing
 * is the baseline). Items that are not rfi.fr article URLs are left out.
 */
export function newItems(f: FollowState, items: FeedItem[], isArticleUrl: (url: string) => boolean): FeedItem[] {
  const seen = new Set(f.seen);
  return items.filter((item) => {
    const key = watchKey(item.url);
    if (!key || seen.has(key) || !isArticleUrl(item.url)) return false;
    const at = item.published ? Date.parse(item.published) : Number.NaN;
    return Number.isFinite(at) ? at >= f.since : f.seen.length > 0;
  });
}

/**
 * The state after a feed read at `outcome.at`: every listed item remembered as seen, each new one
 * put on the schedule (read at once, to capture it as it appears), the cap applied.
 */
export function applyFeedRead(state: WatchState, edition: Edition, outcome: Outcome, items: FeedItem[], fresh: FeedItem[]): WatchState {
  const f = state.follows[edition];
  if (!f) return state;
  const keys = items.map((i) => watchKey(i.url)).filter((k): k is string => k !== null);
  const seen = [...f.seen.filter((k) => !keys.includes(k)), ...keys].slice(-SEEN_LIMIT);
  let next: WatchState = { ...state, follows: { ...state.follows, [edition]: { ...f, lastReadAt: outcome.at, last: outcome, seen } } };
  for (const item of fresh) {
    next = addWatch(next, { url: item.url, title: item.title, edition, published: item.published }, 'edition', outcome.at);
  }
  return applyCap(next);
}

/** Retires the oldest active edition watches beyond FOLLOW_CAP (dueAt → null; their history stays). */
export function applyCap(state: WatchState, cap = FOLLOW_CAP): WatchState {
  const active = Object.entries(state.entries)
    .filter(([, e]) => e.origin === 'edition' && e.dueAt !== null)
    .sort(([, a], [, b]) => a.startedAt - b.startedAt);
  if (active.length <= cap) return state;
  const entries = { ...state.entries };
  for (const [key, e] of active.slice(0, active.length - cap)) entries[key] = { ...e, dueAt: null };
  return { ...state, entries };
}
