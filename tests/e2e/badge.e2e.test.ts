// Chromium only (the extension's service worker is reachable there): the toolbar badge shows the
// number of changes for the tab, the background keeps the tab's summary for the popup, and a jump
// event sent from the background — what the Alt+Shift+J / K commands do — moves the page markers.
// (A browser-level shortcut cannot be pressed from a test: CDP key events go to the page.)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { ENGLISH_ALWAYS_OPEN } from './support/browsers';
import { IN_ROOT, pageKey, poll } from './support/driver';
import { cdpInRoot } from './support/chromium';
import { editedPage, SEED_FILE, seedPage } from './support/fixtures';

const OUT = resolve(REPO_ROOT, process.env.RFI_LENS_OUT ?? '.output');
const BINARY = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; active?: boolean }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

describe('toolbar badge, popup summary and jump relay (Chromium)', () => {
  if (!existsSync(BINARY)) {
    console.log(`skipped badge test: ${BINARY} not installed`);
    return;
  }
  let ctx: BrowserContext;
  let worker: Worker;
  let profile: string;
  const served = new Map<string, string>();
  beforeAll(async () => {
    const dir = resolve(OUT, 'chrome-mv3');
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
    profile = mkdtempSync(join(resolve(REPO_ROOT, '.tmp'), 'chromium-badge-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: BINARY,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    });
    worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    await poll(() => worker.evaluate(() => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)), 10_000, 'worker');
    // The panel on every article, in English (ENGLISH_ALWAYS_OPEN, as the other suites).
    await worker.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set(v), ENGLISH_ALWAYS_OPEN);
    await ctx.route('**/*', async (route) => {
      const url = route.request().url();
      if (!/^https?:/.test(url)) return route.continue();
      const html = served.get(pageKey(url));
      return html === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
  }, 60_000);
  afterAll(async () => {
    await ctx?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a page, waits for the sidebar, returns the tab id the background knows it by. */
  async function open(page: { url: string; html: string }) {
    served.set(pageKey(page.url), page.html);
    const tab = await ctx.newPage();
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.bringToFront();
    await poll(async () => (await cdpInRoot(tab)('sidebar', (root) => root.querySelector('[data-testid=archive]') !== null, null)) === true, 15_000, 'sidebar');
    const tabId = await worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tabs = await c.tabs.query({ active: true, currentWindow: true });
      return tabs[0]?.id ?? -1;
    });
    return { tab, tabId };
  }

  it('shows the number of changes on the badge; the popup gets the tab summary from the background', async () => {
    const { tab, tabId } = await open(editedPage());
    expect(tabId).toBeGreaterThan(0);
    const badge = await worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('3');
    // The popup page, opened as a tab: it renders (here its own tab is the active one, so it says
    // no article was compared), and its message to the background returns the article tab's summary.
    const origin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())?.[0];
    const popup = await ctx.newPage();
    await popup.goto(`${origin}/popup.html`);
    await poll(() => popup.evaluate(() => Boolean(document.querySelector('[data-testid=popup-empty]'))), 5000, 'popup rendered');
    const reply = (await popup.evaluate(
      (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ rfiLens: 1, name: 'summary', request: { tabId: id } }),
      tabId,
    )) as { ok: boolean; value: { parts: unknown[]; count: number; items: { kind: string }[] } | null };
    expect(reply.ok).toBe(true);
    expect(reply.value?.parts).toEqual([
      { key: 'summary.paragraphsEdited', count: 1 },
      { key: 'summary.added', count: 1 },
      { key: 'summary.removed', count: 1 },
    ]);
    expect(reply.value?.count).toBe(3);
    expect(reply.value?.items.map((i) => i.kind)).toEqual(['changed', 'removed', 'added']);
    await popup.close();
    await tab.close();
  });

  it('relays a jump to the tab: the next marker becomes current', async () => {
    const { tab, tabId } = await open(editedPage());
    const inRoot = cdpInRoot(tab);
    await poll(async () => (await inRoot('markers', (root) => root.querySelectorAll('.m').length, null)) === 3, 5000, 'markers');
    const current = () => inRoot('markers', (root) => Array.from(root.querySelectorAll('.m')).findIndex((m) => m.classList.contains('m--current')), null);
    const send = (direction: string) =>
      worker.evaluate(([id, d]) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id as number, { rfiLens: 1, event: 'jump', direction: d }), [tabId, direction] as const);
    await send('next');
    await poll(async () => (await current()) === 0, 3000, 'first change current');
    await send('next');
    await poll(async () => (await current()) === 1, 3000, 'second change current');
    await send('previous');
    await poll(async () => (await current()) === 0, 3000, 'back to the first');
    await tab.close();
  });

  it('shows no badge on an unchanged article', async () => {
    const { tab, tabId } = await open(seedPage());
    // The edited page visited above is now the reader's newest capture (issue 8): compare with the bundled one.
    const picked = await cdpInRoot(tab)('sidebar', IN_ROOT.click, `[data-testid=version-input][value="${SEED_FILE}"]`);
    expect(picked).toBe(true);
    const badge = () => worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
    await poll(async () => (await badge()) === '', 5000, 'no badge against the bundled capture');
    expect(await badge()).toBe('');
    await tab.close();
  });
});
