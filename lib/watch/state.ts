// The watch list as plain data: which articles the background re-reads, when, what the last read
// found, and the shared request limiter. Pure functions from state to state; the background keeps
// the state in extension storage after every step, so a restarted worker or browser goes on from
// where it was.
import { urlKey } from '../match/url-key';
import type { FollowState } from '../feed/follow';
import { LIMITER_START, nextReadAt, nextSlot, scheduleAnchor, type LimiterState } from './schedule';

/** What one read of an article found. Only `captured` and `edited` stored anything. */
export type OutcomeKind =
  | 'captured' // first capture of the article (a followed edition's new article)
  | 'edited' // the text differs from the last stored capture: a new capture was stored
  | 'unchanged' // same text as the last stored capture: nothing stored
  | 'redirected' // the URL now leads to another page: nothing stored, the watch ends
  | 'gone' // 404 or 410: nothing stored, the watch ends
  | 'outage' // 5xx, 429, 403 or no answer: nothing stored, read again after the backoff
  | 'unreadable' // the page answered but held no article text: nothing stored
  | 'store-error'; // the article was read but the store refused it (quota …): read again on schedule

export interface Outcome {
  kind: OutcomeKind;
  /** When the read was made. */
  at: number;
  /** HTTP status, when there was an answer. */
  status: number | null;
  /** The redirect target, or the error message of an outage. */
  detail: string | null;
}

/** Who asked for the watch: the reader (sidebar or popup) or a followed edition's feed. */
export type WatchOrigin = 'reader' | 'edition';

export interface WatchEntry {
  /** The article's rfi.fr URL: the only URL ever requested for it. */
  url: string;
  title: string;
  edition: string | null;
  origin: WatchOrigin;
  startedAt: number;
  /** The schedule is measured from here (schedule.ts says why). */
  anchor: number;
  /** The next read, or null when the watch is over (schedule done, gone or redirected). */
  dueAt: number | null;
  last: Outcome | null;
  /** The last read that found an edit, or null. */
  lastEditAt: number | null;
  edits: number;
  /** An edit the reader has not seen yet (badge on the article's tab, popup). */
  unseen: boolean;
}

export interface WatchState {
  version: 1;
  /** By URL key (lib/match/url-key), so the same article under two spellings is one watch. */
  entries: Record<string, WatchEntry>;
  /** Followed editions by edition code (lib/feed/follow.ts). */
  follows: Record<string, FollowState>;
  limiter: LimiterState;
}

export const EMPTY_WATCH: WatchState = { version: 1, entries: {}, follows: {}, limiter: LIMITER_START };

export interface ArticleRef {
  url: string;
  title: string;
  edition: string | null;
  published: string | null;
}

/** The key an article URL is watched under, or null for a URL that is not rfi.fr's. */
export function watchKey(url: string): string | null {
  return urlKey(url);
}

/**
 * Adds a watch (or returns the state unchanged when the article is already watched by the reader).
 * A reader's watch is read first on its schedule (their visit is the first capture); an edition's
 * new article is read at once, to capture it as it appears.
 */
export function addWatch(state: WatchState, article: ArticleRef, origin: WatchOrigin, now: number): WatchState {
  const key = watchKey(article.url);
  if (!key) throw new Error(`not an rfi.fr article URL: ${article.url}`);
  const existing = state.entries[key];
  if (existing && existing.dueAt !== null) {
    // Already watched: a reader's watch of a followed article makes it the reader's own.
    if (existing.origin === origin || origin === 'edition') return state;
    return { ...state, entries: { ...state.entries, [key]: { ...existing, origin } } };
  }
  const anchor = scheduleAnchor(article.published, now);
  const entry: WatchEntry = {
    url: article.url,
    title: article.title,
    edition: article.edition,
    origin,
    startedAt: now,
    anchor,
    dueAt: origin === 'edition' ? now : nextReadAt(anchor, now),
    last: existing?.last ?? null,
    lastEditAt: existing?.lastEditAt ?? null,
    edits: existing?.edits ?? 0,
    unseen: existing?.unseen ?? false,
  };
  return { ...state, entries: { ...state.entries, [key]: entry } };
}

export function removeWatch(state: WatchState, url: string): WatchState {
  const key = watchKey(url);
  if (!key || !state.entries[key]) return state;
  const entries = { ...state.entries };
  delete entries[key];
  return { ...state, entries };
}

/** Marks the article's edits as seen (the reader opened it or looked at the popup list). */
export function markSeen(state: WatchState, url: string): WatchState {
  const key = watchKey(url);
  const entry = key ? state.entries[key] : undefined;
  if (!key || !entry?.unseen) return state;
  return { ...state, entries: { ...state.entries, [key]: { ...entry, unseen: false } } };
}

/** The watch entry of an article URL, if any. */
export function findWatch(state: WatchState, url: string): WatchEntry | null {
  const key = watchKey(url);
  return (key && state.entries[key]) || null;
}

/** The entry to read next at `now` (earliest due first), or null when none is due. */
export function dueEntry(state: WatchState, now: number): { key: string; entry: WatchEntry } | null {
  let best: { key: string; entry: WatchEntry } | null = null;
  for (const [key, entry] of Object.entries(state.entries)) {
    if (entry.dueAt === null || entry.dueAt > now) continue;
    if (!best || entry.dueAt < best.entry.dueAt!) best = { key, entry };
  }
  return best;
}

/** The earliest time anything is due (article reads only), or null. */
export function earliestDue(state: WatchState): number | null {
  let min: number | null = null;
  for (const entry of Object.values(state.entries)) if (entry.dueAt !== null && (min === null || entry.dueAt < min)) min = entry.dueAt;
  return min;
}

/** The time the background should wake up: the earliest due work, not before the limiter allows. */
export function wakeAt(state: WatchState, otherDue: number | null, now: number): number | null {
  const due = [earliestDue(state), otherDue].filter((t): t is number => t !== null);
  if (due.length === 0) return null;
  return Math.max(Math.min(...due), nextSlot(state.limiter, now));
}

/** The entry after a read: its outcome, edit count and next due time. */
export function applyOutcome(state: WatchState, key: string, outcome: Outcome): WatchState {
  const entry = state.entries[key];
  if (!entry) return state;
  const edited = outcome.kind === 'edited';
  let dueAt: number | null;
  switch (outcome.kind) {
    case 'gone':
    case 'redirected':
      dueAt = null;
      break;
    case 'outage':
      dueAt = entry.dueAt; // still due: the limiter's backoff decides when
      break;
    default:
      dueAt = nextReadAt(entry.anchor, outcome.at);
  }
  const next: WatchEntry = {
    ...entry,
    dueAt,
    last: outcome,
    lastEditAt: edited ? outcome.at : entry.lastEditAt,
    edits: entry.edits + (edited ? 1 : 0),
    unseen: entry.unseen || edited,
  };
  return { ...state, entries: { ...state.entries, [key]: next } };
}

/** Whether an outcome counts as an error for the limiter's backoff. */
export function isFailure(outcome: Outcome): boolean {
  return outcome.kind === 'outage';
}
