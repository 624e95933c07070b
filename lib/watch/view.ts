// What the sidebar's and the popup's watch controls show: plain, serialisable views of the watch
// state (they cross the message protocol). Pure.
import type { Edition } from '../rfi-url';
import type { Outcome, WatchEntry, WatchOrigin, WatchState } from './state';

export interface WatchItem {
  url: string;
  title: string;
  edition: string | null;
  origin: WatchOrigin;
  startedAt: number;
  /** Still on the schedule (false: over, gone, redirected or retired by the cap). */
  active: boolean;
  nextReadAt: number | null;
  last: Outcome | null;
  lastEditAt: number | null;
  edits: number;
  unseen: boolean;
}

export interface FollowItem {
  edition: Edition;
  since: number;
  lastReadAt: number | null;
  last: Outcome | null;
}

export interface WatchList {
  /** The reader's own watches, the last edited first, then the newest watch. */
  watched: WatchItem[];
  followed: FollowItem[];
  /** Articles of followed editions with an edit, the most recently edited first (at most 20). */
  editionEdits: WatchItem[];
  /** Edited articles the reader has not looked at since. */
  unseen: number;
  notify: boolean;
}

export function watchItem(entry: WatchEntry): WatchItem {
  return {
    url: entry.url,
    title: entry.title,
    edition: entry.edition,
    origin: entry.origin,
    startedAt: entry.startedAt,
    active: entry.dueAt !== null,
    nextReadAt: entry.dueAt,
    last: entry.last,
    lastEditAt: entry.lastEditAt,
    edits: entry.edits,
    unseen: entry.unseen,
  };
}

const byRecentEdit = (a: WatchEntry, b: WatchEntry) => (b.lastEditAt ?? 0) - (a.lastEditAt ?? 0) || b.startedAt - a.startedAt;

export function watchList(state: WatchState, notify: boolean): WatchList {
  const entries = Object.values(state.entries);
  return {
    watched: entries.filter((e) => e.origin === 'reader').sort(byRecentEdit).map(watchItem),
    followed: Object.values(state.follows)
      .map((f) => ({ edition: f.edition, since: f.since, lastReadAt: f.lastReadAt, last: f.last }))
      .sort((a, b) => a.since - b.since),
    editionEdits: entries.filter((e) => e.origin === 'edition' && e.edits > 0).sort(byRecentEdit).slice(0, 20).map(watchItem),
    unseen: entries.filter((e) => e.unseen).length,
    notify,
  };
}
