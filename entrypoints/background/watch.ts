// The background's watch loop: the watch state lives in extension storage (read and written
// around every step, so a stopped worker or a browser restart loses nothing), one alarm wakes the
// loop when the next read is due, each wake makes at most one request (lib/watch/tick.ts), and the
// message handlers let the sidebar and the popup watch, follow and list.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { follow, nextFeedAt, unfollow } from '@/lib/feed/follow';
import { isArticleUrl } from '@/lib/page/detect';
import type { Handlers } from '@/lib/protocol';
import type { CaptureStore } from '@/lib/store';
import { addWatch, EMPTY_WATCH, findWatch, markSeen, removeWatch, wakeAt, type WatchState } from '@/lib/watch/state';
import { storeSink } from '@/lib/watch/store-sink';
import { tick, type TickDeps } from '@/lib/watch/tick';
import { watchItem, watchList } from '@/lib/watch/view';
import { unsaidEvictions } from './own-archive';
import { extractHtml, fetchPage } from './watch-io';
import { badgeEditedTabs, badgeUnseen, listenToNotificationClicks, notifyEdit } from './watch-tell';

/** The one alarm of the loop. */
export const WATCH_ALARM = 'rfi-lens-watch';

export type WatchHandlers = Pick<Required<Handlers>, 'watchStatus' | 'watchSet' | 'watchList' | 'followSet' | 'notifySet'>;

/** Starts the loop (call once, synchronously, when the background starts); returns its message handlers. */
export function startWatch(getStore: () => Promise<CaptureStore>): WatchHandlers {
  const stateItem = storage.defineItem<WatchState>('local:watch', { fallback: EMPTY_WATCH, version: 1 });
  const notifyItem = storage.defineItem<boolean>('local:watchNotify', { fallback: false, version: 1 });
  const deps: TickDeps = {
    fetchPage,
    extract: extractHtml,
    // Evictions a read caused are said in the sidebar on the reader's next visit (own-archive.ts).
    sink: storeSink(getStore, (evicted) => void unsaidEvictions(evicted.length)),
    isArticleUrl,
  };

  // One step at a time: every change reads the stored state, changes it, and stores it again.
  let chain: Promise<unknown> = Promise.resolve();
  function locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = chain.then(fn, fn);
    chain = run.catch(() => undefined);
    return run;
  }
  async function reschedule(state: WatchState): Promise<void> {
    const now = Date.now();
    const at = wakeAt(state, nextFeedAt(state), now);
    if (at === null) await browser.alarms.clear(WATCH_ALARM);
    else await browser.alarms.create(WATCH_ALARM, { when: Math.max(at, now + 1000) });
    await badgeUnseen(Object.values(state.entries).filter((e) => e.unseen).length);
  }
  function update(change: (state: WatchState) => WatchState | Promise<WatchState>): Promise<WatchState> {
    return locked(async () => {
      const next = await change(await stateItem.getValue());
      await stateItem.setValue(next);
      await reschedule(next);
      return next;
    });
  }

  async function wake(): Promise<void> {
    let edited = null as Awaited<ReturnType<typeof tick>>['edited'];
    await update(async (state) => {
      const result = await tick(state, deps, Date.now);
      edited = result.edited;
      return result.state;
    });
    if (edited) {
      await badgeEditedTabs(edited);
      if (await notifyItem.getValue()) await notifyEdit(edited);
    }
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) void wake().catch((error: unknown) => console.warn('[RFI Lens] watch', error));
  });
  let listening = listenToNotificationClicks();
  // Every start of the background (worker restart, browser start): the alarm follows the stored state.
  void update((state) => state).catch((error: unknown) => console.warn('[RFI Lens] watch', error));

  const list = async () => watchList(await stateItem.getValue(), await notifyItem.getValue());
  return {
    async watchStatus({ url, seen }) {
      // The answer says "edited since you read it" this once; then the edit counts as seen.
      const entry = findWatch(await stateItem.getValue(), url);
      if (seen && entry?.unseen) await update((s) => markSeen(s, url));
      return entry ? watchItem(entry) : null;
    },
    async watchSet({ article, on }) {
      let published = article.published;
      if (on && !published) {
        // The popup knows only the tab's URL: the reader's own capture of it may know the publication time.
        published = (await (await getStore()).latestForUrl(article.url).catch(() => null))?.article.published ?? null;
      }
      const state = await update((s) => (on ? addWatch(s, { ...article, published }, 'reader', Date.now()) : removeWatch(s, article.url)));
      const entry = findWatch(state, article.url);
      return entry ? watchItem(entry) : null;
    },
    watchList: list,
    async followSet({ edition, on }) {
      await update((s) => (on ? follow(s, edition, Date.now()) : unfollow(s, edition)));
      return list();
    },
    async notifySet({ on }) {
      if (on && !(await browser.permissions.contains({ permissions: ['notifications'] }))) {
        throw new Error('the notifications permission was not granted');
      }
      await notifyItem.setValue(on);
      if (on && !listening) listening = listenToNotificationClicks();
      return list();
    },
  };
}
