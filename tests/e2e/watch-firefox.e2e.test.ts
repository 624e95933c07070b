// Watch and follow in Firefox ESR, MV2 (background page) and MV3 (event page): the background
// parses fetched pages with its own DOMParser. Same flows as watch/follow.e2e.test.ts (Chromium):
// watch from the sidebar → time passes → the edited page is fetched → badge and popup; follow 中文
// → feed with two new articles → both captured → one edited → listed in the popup.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT, SHOTS, TMP } from './support/browsers';
import { IN_ROOT, poll } from './support/driver';
import { bidiInRoot } from './support/firefox';
import { unarchivedPage } from './support/fixtures';
import { serve } from './support/watch-chromium';
import { launchWatchFirefox, type FirefoxWatch } from './support/watch-firefox';
import { inEnglish, storedState, timePasses } from './support/watch-time';
import { articlePage, editedHtml, feedXml } from './support/watch-pages';

const BINARY = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const A = 'https://www.rfi.fr/cn/中国/20261207-新文章甲';
const B = 'https://www.rfi.fr/cn/国际/20261207-新文章乙';
type Entry = { url: string; title: string; origin: string; edits: number; last: { kind: string } | null };

for (const build of ['firefox-mv2', 'firefox-mv3']) {
  describe(`watch and follow (${build})`, () => {
    if (!existsSync(BINARY)) {
      console.log(`skipped ${build} watch test: ${BINARY} not installed`);
      return;
    }
    let f: FirefoxWatch;
    beforeAll(async () => {
      const dir = resolve(OUT, build);
      if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
      f = await launchWatchFirefox(dir, TMP);
      await inEnglish(f);
    }, 60_000);
    afterAll(async () => f?.close());
    const entries = async () => Object.values((await storedState(f))?.entries ?? {}) as Entry[];

    it('watch from the sidebar → the alarm fires → the edited page is fetched → badge and popup show it', async () => {
      const page = unarchivedPage();
      serve(f, page.url, { status: 200, body: page.html });
      const tab = await f.browser.newPage();
      await tab.setViewport({ width: 1400, height: 900 });
      await tab.goto(page.url, { waitUntil: 'load' });
      const inRoot = bidiInRoot(f.browser, tab); // the sidebar's root is closed, under a random tag: reached over BiDi
      // The panel opens by itself only where edits are found (the default); this article is not in any
      // archive yet, so the reader opens it from its tab, as they would.
      await poll(async () => (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=open], [data-testid=sidebar]')) === true, 20_000, 'panel or tab');
      if (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=open]')) expect(await inRoot('sidebar', IN_ROOT.click, '[data-testid=open]')).toBe(true);
      await poll(async () => (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=watch-toggle]')) === true, 20_000, 'watch control');
      expect(await inRoot('sidebar', IN_ROOT.click, '[data-testid=watch-toggle]')).toBe(true);
      await poll(async () => (await entries()).length === 1, 5000, 'watched');
      const loaded = f.requests.length;
      serve(f, page.url, { status: 200, body: editedHtml(page) });
      await timePasses(f);
      await poll(async () => (await entries())[0]?.last?.kind === 'edited', 20_000, 'edited').catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await entries())}`);
      });
      expect(f.requests.slice(loaded).map((u) => decodeURI(u))).toEqual([decodeURI(page.url)]);
      const popup = await f.extensionTab('/popup.html');
      const badges = await popup.evaluate<[string, string]>(`(async () => {
        const api = browser.action ?? browser.browserAction;
        const [tab] = await browser.tabs.query({ url: '*://*.rfi.fr/*' });
        return [await api.getBadgeText({ tabId: tab.id }), await api.getBadgeText({})];
      })()`);
      expect(badges).toEqual(['edit', '✎1']);
      await poll(async () => (await popup.evaluate<number>(`document.querySelectorAll('[data-testid=watched-item]').length`)) === 1, 5000, 'popup list');
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=watched-item]').textContent`)).toContain('Edited since you read it');
      await popup.screenshot(resolve(SHOTS, `watch-popup-${build}.png`));
      await popup.close();
      await tab.close();
    });

    it('follow 中文 → the feed lists two new articles → both captured → one edited and listed', async () => {
      const now = Date.now();
      serve(f, 'https://www.rfi.fr/cn/rss', { status: 200, type: 'application/rss+xml', body: feedXml([{ url: A, title: '新文章甲', at: now + 60_000 }, { url: B, title: '新文章乙', at: now + 120_000 }]) });
      serve(f, A, { status: 200, body: articlePage(A, '新文章甲') });
      serve(f, B, { status: 200, body: articlePage(B, '新文章乙') });
      const popup = await f.extensionTab('/popup.html');
      await poll(async () => popup.evaluate<boolean>(`Boolean(document.querySelector('.watched__follow'))`), 5000, 'popup rendered');
      await popup.evaluate(`(document.querySelector('.watched__follow').open = true, document.querySelector('[data-testid=follow-cn]').click())`);
      await poll(async () => Object.keys((await storedState(f))?.follows ?? {}).includes('cn'), 5000, 'followed');
      await timePasses(f, null, true);
      await poll(async () => (await entries()).filter((e) => e.origin === 'edition').length === 2, 20_000, 'feed read');
      for (let i = 1; i <= 2; i++) {
        await timePasses(f);
        await poll(async () => (await entries()).filter((e) => e.last?.kind === 'captured').length === i, 20_000, `capture ${i}`).catch(async (e: Error) => {
          throw new Error(`${e.message}: ${JSON.stringify(await storedState(f))} ${JSON.stringify(f.requests.slice(-3).map((u) => decodeURI(u)))}`);
        });
      }
      serve(f, B, { status: 200, body: articlePage(B, '新文章乙', true) });
      await timePasses(f, '新文章乙');
      await poll(async () => (await entries()).find((e) => e.title === '新文章乙')?.edits === 1, 20_000, 'B edited');
      await popup.evaluate(`location.reload()`).catch(() => undefined);
      const fresh = await f.extensionTab('/popup.html');
      await poll(async () => (await fresh.evaluate<number>(`document.querySelectorAll('[data-testid=edition-edit]').length`)) === 1, 5000, 'popup edition edits');
      expect(await fresh.evaluate<string>(`document.querySelector('[data-testid=edition-edit]').textContent`)).toContain('新文章乙');
      await fresh.screenshot(resolve(SHOTS, `follow-popup-${build}.png`));
    });
  });
}
