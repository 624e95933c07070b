// The Wayback Machine in the background (issue 9): only when the reader asks (or set `always`), and
// only once they granted the optional host permission for https://web.archive.org/*. The lookup
// (lib/wayback) lists the article's captures, reads the newest that is the article, and the capture
// is stored in the reader's store (source `wayback`, with its capture time, Wayback URL and
// digest); the sidebar then compares through `inspect`, as with every other source. The outcome is
// cached per article (with the time it was asked) and a 429's back-off is kept in storage, so no
// request goes out before it, whatever restarts in between.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { capArticle, isParsedArticle } from '@/lib/limits';
import { sendWaybackEvent } from '@/lib/messaging';
import type { RequestOf } from '@/lib/protocol';
import { loadSettings } from '@/lib/settings/storage-items';
import { makeCapture, type CaptureStore } from '@/lib/store';
import { lookupWaybackCore } from '@/lib/wayback/lookup-core';
import { emptyOutcome, fromCache, mergeOutcome, outcomeOf, withCached, cacheKey, type WaybackCache, type WaybackOutcome } from '@/lib/wayback/outcome';
import { WAYBACK_ORIGINS } from '@/lib/wayback/types';
import { captureReader, waybackFetch } from './wayback-io';


function items() {
  return {
    /** Outcomes by article URL key, each with the time the Wayback Machine was asked. */
    cache: storage.defineItem<WaybackCache>('local:wayback.cache', { fallback: {} }),
    /** After an HTTP 429: epoch ms before which nothing is sent (0: none). */
    retryAt: storage.defineItem<number>('local:wayback.retryAt', { fallback: 0 }),
  };
}
let made: ReturnType<typeof items> | null = null;
const stored = () => (made ??= items());

const hasPermission = () => browser.permissions.contains({ origins: WAYBACK_ORIGINS }).catch(() => false);

/** Opens our small permission window for the article in `tabId` (a content script cannot ask). */
async function openPermissionWindow(tabId: number): Promise<void> {
  const url = (browser.runtime.getURL as (p: string) => string)(`/wayback-permission.html?tab=${tabId}`);
  await browser.windows.create({ url, type: 'popup', width: 520, height: 560 });
}

export function createWayback(getStore: () => Promise<CaptureStore>) {
  /** One lookup at a time per article: a second click waits for the first answer. */
  const running = new Map<string, Promise<WaybackOutcome>>();

  async function look(request: RequestOf<'waybackLookup'>): Promise<WaybackOutcome> {
    const { pageUrl, prefer } = request;
    const live = capArticle(request.live);
    const now = Date.now();
    const retryAt = await stored().retryAt.getValue();
    if (retryAt > now) return emptyOutcome('rate-limited', { retryAt });
    const cache = await stored().cache.getValue();
    const before = fromCache(cache, pageUrl, now);
    // A capture already stored answers from the cache: the reader chose it again.
    const known = prefer ? before?.captures.find((c) => c.timestamp === prefer && c.version) : null;
    if (known) return { ...before!, version: known.version };
    if (before && !prefer) return before;

    const reader = captureReader();
    let lookup;
    try {
      lookup = await lookupWaybackCore(live.value, pageUrl, { fetch: waybackFetch, read: reader.read, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: Date.now, prefer: prefer ?? null });
    } finally {
      await reader.done();
    }
    if (lookup.failure?.kind === 'rate-limited' && lookup.failure.retryAt) await stored().retryAt.setValue(lookup.failure.retryAt);
    let version: string | null = null;
    if (lookup.chosen) {
      const { article, provenance } = lookup.chosen;
      const capture = await makeCapture(article, { source: 'wayback', capturedAt: Date.parse(provenance.capturedAt), readUrl: provenance.original });
      const store = await getStore();
      const matched = await store.latestForUrl(pageUrl);
      const added = await store.addCapture(capture, matched ? { articleKey: matched.articleKey } : {});
      // `unchanged`: the store's newest capture of the article already holds this text.
      version = added.capture.article.source;
      if (added.status === 'unchanged' && added.capture.source !== 'wayback') {
        // The same text as the newest capture from another source (a visit): kept anyway under its
        // own provenance, filed apart so the hash check does not fold it into that capture.
        const again = await store.addCapture(capture, { articleKey: `${added.capture.articleKey}#wayback` });
        version = again.capture.article.source;
      }
    }
    const outcome = mergeOutcome(before ?? (cacheKey(pageUrl) ? (cache[cacheKey(pageUrl)!] ?? null) : null), outcomeOf(lookup, version, Date.now()));
    await stored().cache.setValue(withCached(cache, pageUrl, outcome));
    return outcome;
  }

  return {
    async waybackLookup(request: RequestOf<'waybackLookup'>, sender: { tabId: number | null }): Promise<WaybackOutcome> {
      const { pageUrl, live, prefer, asked } = request;
      if (!isParsedArticle(live) || typeof pageUrl !== 'string' || pageUrl.length > 4000) throw new Error('malformed request');
      if (prefer != null && (typeof prefer !== 'string' || !/^\d{14}$/.test(prefer))) throw new Error('malformed request');
      const settings = await loadSettings();
      if (settings.wayback === 'never') return emptyOutcome('off');
      if (!(await hasPermission())) {
        // Asked at the moment the reader clicks, and only then; `always` never opens a window by itself.
        if (asked !== true || sender.tabId === null) return emptyOutcome('permission-needed');
        await openPermissionWindow(sender.tabId);
        return emptyOutcome('asking');
      }
      const key = `${cacheKey(pageUrl) ?? pageUrl} ${prefer ?? ''}`;
      const pending = running.get(key) ?? look({ ...request, live }).finally(() => running.delete(key));
      running.set(key, pending);
      return pending;
    },
    async waybackAnswer({ granted, tabId }: RequestOf<'waybackAnswer'>): Promise<null> {
      if (typeof tabId !== 'number') throw new Error('malformed request');
      // The window says what the reader chose; the permission itself is the browser's to tell.
      await sendWaybackEvent(tabId, granted && (await hasPermission()));
      return null;
    },
  };
}
