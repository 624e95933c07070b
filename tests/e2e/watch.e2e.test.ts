// Watch this article, in Chromium (MV3: service worker + offscreen document): the reader watches
// from the sidebar, time passes, the alarm fires, the background fetches the article's own URL
// (intercepted), finds the edit with the content script's extractor, stores it, and the tab's
// badge and the popup say so. Then the browser (and so the worker) restarts mid-watch: nothing is lost.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT, SHOTS, TMP } from './support/browsers';
import { cdpInRoot } from './support/chromium';
import { IN_ROOT, poll } from './support/driver';
import { unarchivedPage } from './support/fixtures';
import { editedHtml } from './support/watch-pages';
import { launchWatchChromium, serve, storedState, timePasses, type WatchBrowser } from './support/watch-chromium';
import { inEnglish } from './support/watch-time';

const BINARY = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
type G = typeof globalThis & { chrome: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('watch this article (Chromium MV3)', () => {
  if (!existsSync(BINARY)) {
    console.log(`skipped watch test: ${BINARY} not installed`);
    return;
  }
  let b: WatchBrowser;
  // Read in beforeAll: the describe body runs at collection even when the block is skipped (no ../shared).
  let page: ReturnType<typeof unarchivedPage>;
  beforeAll(async () => {
    page = unarchivedPage();
    const dir = resolve(OUT, 'chrome-mv3');
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
    b = await launchWatchChromium(dir, TMP);
    await inEnglish(b);
  }, 60_000);
  afterAll(async () => b?.close());

  // Requests for the article's URL, the tab's and the background's (through the test's proxy).
  const articleReads = () => b.requests.filter((url) => decodeURI(url).includes(page.slug)).length;

  it('watch from the sidebar → the alarm fires → the edited page is fetched → badge and popup show the edit', async () => {
    // rfi.fr sets a cookie on the reader's visit; the background's reads must not send it.
    serve(b, page.url, { status: 200, body: page.html, setCookie: 'rfi_session=reader; Path=/; Secure; SameSite=Lax' });
    const tab = await b.ctx.newPage();
    await tab.goto(page.url, { waitUntil: 'load' });
    const inRoot = cdpInRoot(tab); // the sidebar's root is closed, under a random tag: reached over CDP
    // The panel opens by itself only where edits are found (the default); this article is not in any
    // archive yet, so the reader opens it from its tab, as they would.
    await poll(async () => (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=open], [data-testid=sidebar]')) === true, 15_000, 'panel or tab');
    if (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=open]')) expect(await inRoot('sidebar', IN_ROOT.click, '[data-testid=open]')).toBe(true);
    await poll(async () => (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=watch-toggle]')) === true, 15_000, 'watch control');
    expect(await inRoot('sidebar', IN_ROOT.click, '[data-testid=watch-toggle]')).toBe(true);
    await poll(async () => (await inRoot('sidebar', IN_ROOT.texts, '[data-testid=watch-toggle]'))?.[0] === 'Stop watching', 5000, 'watching');
    const watched = Object.values((await storedState(b)).entries) as { origin: string; dueAt: number; startedAt: number; anchor: number }[];
    expect(watched).toHaveLength(1);
    expect(watched[0]!.origin).toBe('reader');
    // Published more than a month ago (2025-11-30, or 2024-04-15 for the team page): the schedule runs from the watch start.
    expect(watched[0]!.dueAt - watched[0]!.startedAt).toBe(3_600_000);
    expect(await b.inWorker(async () => (await (globalThis as G).chrome.alarms.get('rfi-lens-watch'))?.scheduledTime ?? null, null)).toBeGreaterThan(Date.now() + 3_000_000);
    const loaded = articleReads(); // the tab's own load

    serve(b, page.url, { status: 200, body: editedHtml(page) });
    await timePasses(b);
    await poll(async () => (Object.values((await storedState(b)).entries)[0] as { last: { kind: string } | null }).last?.kind === 'edited', 20_000, 'edited outcome');
    expect(articleReads()).toBe(loaded + 1); // one request: the background's
    expect(b.cookies.at(-1)).toBeNull(); // credentials: 'omit'
    // The badge on the article's tab, and the count on the toolbar button.
    const tabId = await b.inWorker(async () => (await (globalThis as G).chrome.tabs.query({ url: '*://*.rfi.fr/*' }))[0]?.id ?? -1, null);
    await poll(async () => (await b.inWorker((id) => (globalThis as G).chrome.action.getBadgeText({ tabId: id }), tabId)) === 'edit', 5000, 'tab badge');
    expect(await b.inWorker(() => (globalThis as G).chrome.action.getBadgeText({}), null)).toBe('✎1');

    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(`${b.origin()}/popup.html`);
    await poll(() => popup.evaluate(() => Boolean(document.querySelector('[data-testid=watched-item]'))), 5000, 'popup list');
    const item = await popup.evaluate(() => document.querySelector('[data-testid=watched-item]')!.textContent);
    expect(item).toContain(page.title.split(' ')[0]);
    expect(item).toContain('Edited since you read it');
    await popup.screenshot({ path: resolve(SHOTS, 'watch-popup-chromium.png') });
    await popup.close();

    // Reloading the article: the sidebar says the edit was found and marks it seen. (The tab's
    // own request carries the cookie: it was there to be sent.)
    await tab.reload({ waitUntil: 'load' });
    expect(b.cookies[b.requests.lastIndexOf(b.requests.filter((u) => decodeURI(u).includes(page.slug)).at(-1)!)]).toContain('rfi_session=reader');
    await poll(async () => (await inRoot('sidebar', IN_ROOT.texts, '[data-testid=watch-edit]'))?.[0] === 'Edited since you read it', 15_000, 'sidebar edit line');
    await tab.screenshot({ path: resolve(SHOTS, 'watch-sidebar-chromium.png') });
    await poll(async () => (await b.inWorker(() => (globalThis as G).chrome.action.getBadgeText({}), null)) === '', 5000, 'seen');
    await tab.close();
  });

  it('a browser restart mid-watch loses nothing: the worker starts afresh, re-arms the alarm from the stored state, and reads on', async () => {
    const before = await storedState(b);
    const due = (Object.values(before.entries)[0] as { dueAt: number }).dueAt;
    await b.restart();
    expect(await storedState(b)).toEqual(before);
    // The new worker set the loop's alarm from the stored state (the next read an hour after the last).
    await poll(async () => (await b.inWorker(async () => (await (globalThis as G).chrome.alarms.get('rfi-lens-watch'))?.scheduledTime ?? null, null)) === due, 5000, 'alarm re-armed');
    serve(b, page.url, { status: 200, body: editedHtml(page, [page.edit, page.secondEdit]) });
    const reads = articleReads();
    await timePasses(b);
    await poll(async () => (Object.values((await storedState(b)).entries)[0] as { edits: number }).edits === 2, 20_000, 'second edit after restart').catch(async (e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify(await storedState(b))} ${JSON.stringify(b.requests.slice(-3))}`);
    });
    expect(articleReads()).toBe(reads + 1);
  });
});
