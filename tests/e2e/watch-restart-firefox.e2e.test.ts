// A Firefox restart mid-watch loses nothing, MV2 (background page) and MV3 (event page): the add-on
// installed as a reader has it (permanently, in a profile kept on disk), an article watched from
// the sidebar and read once, Firefox quit and started again; the watch state, the alarm (re-armed
// by the background from the stored state: Firefox keeps no alarm across a restart) and the store's
// captures are all there, and the next read finds the next edit. Team fixture only (no ../shared):
// tests/fixtures/pages/cn-2025-mini.html.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared';
import { OUT, TMP } from './support/browsers';
import { IN_ROOT, poll } from './support/driver';
import { bidiInRoot } from './support/firefox';
import { serve } from './support/watch-chromium';
import { launchWatchFirefox, type FirefoxWatch } from './support/watch-firefox';
import { inEnglish, storedState, timePasses } from './support/watch-time';

const BINARY = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PAGE = {
  url: 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240415-%E5%B7%B4%E9%BB%8E%E8%AF%95%E7%82%B9%E5%A4%9C%E9%97%B4%E5%85%AC%E4%BA%A4',
  html: readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8'),
};
const SENTENCE = '目前巴黎地铁在凌晨一点左右停止运行';
const edited = (n: number) => {
  const html = PAGE.html.replace(SENTENCE, `${SENTENCE}${'（更新）'.repeat(n)}`);
  if (html === PAGE.html) throw new Error('the edit did not apply');
  return html;
};
type G = typeof globalThis & { browser: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Entry = { url: string; edits: number; dueAt: number; last: { kind: string } | null };

/** Captures in the reader's store, counted from an extension page (same origin, same IndexedDB). */
const storedCaptures = (f: FirefoxWatch) =>
  f.inWorker(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('rfi-lens-store');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('captures').objectStore('captures').count();
          count.onsuccess = () => (open.result.close(), done(count.result));
          count.onerror = () => fail(count.error);
        };
      }),
    null,
  );

for (const build of ['firefox-mv2', 'firefox-mv3']) {
  describe(`watch across a Firefox restart (${build})`, () => {
    if (!existsSync(BINARY)) {
      console.log(`skipped ${build} restart test: ${BINARY} not installed`);
      return;
    }
    let f: FirefoxWatch;
    beforeAll(async () => {
      const dir = resolve(OUT, build);
      if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
      f = await launchWatchFirefox(dir, TMP, { restartable: true });
      await inEnglish(f);
    }, 90_000);
    afterAll(async () => f?.close());
    const entries = async () => Object.values((await storedState(f))?.entries ?? {}) as Entry[];
    const reads = () => f.requests.filter((u) => u.startsWith(PAGE.url)).length;

    it('a Firefox restart mid-watch loses nothing: state, alarm and captures come back, and the next read finds the next edit', async () => {
      serve(f, PAGE.url, { status: 200, body: PAGE.html });
      const tab = await f.browser.newPage();
      await tab.setViewport({ width: 1400, height: 900 });
      await tab.goto(PAGE.url, { waitUntil: 'load' });
      const inRoot = bidiInRoot(f.browser, tab);
      await poll(async () => (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=open], [data-testid=sidebar]')) === true, 20_000, 'panel or tab');
      if (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=open]')) expect(await inRoot('sidebar', IN_ROOT.click, '[data-testid=open]')).toBe(true);
      await poll(async () => (await inRoot('sidebar', IN_ROOT.exists, '[data-testid=watch-toggle]')) === true, 20_000, 'watch control');
      expect(await inRoot('sidebar', IN_ROOT.click, '[data-testid=watch-toggle]')).toBe(true);
      await poll(async () => (await entries()).length === 1, 5000, 'watched');
      await tab.close();

      // First read: an edit.
      serve(f, PAGE.url, { status: 200, body: edited(1) });
      await timePasses(f);
      await poll(async () => (await entries())[0]?.edits === 1, 20_000, 'first edit').catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await storedState(f))}`);
      });
      const before = await storedState(f);
      const due = (Object.values(before.entries)[0] as Entry).dueAt;
      const captures = await storedCaptures(f);
      expect(captures).toBe(2); // the visit, then the watched read with the edit

      await f.restart();
      expect(await storedState(f)).toEqual(before);
      expect(await storedCaptures(f)).toBe(captures);
      // The background started again by itself and set the loop's alarm from the stored state.
      await poll(async () => (await f.inWorker(async () => (await (globalThis as G).browser.alarms.get('rfi-lens-watch'))?.scheduledTime ?? null, null)) === due, 20_000, 'alarm re-armed');

      serve(f, PAGE.url, { status: 200, body: edited(2) });
      const read = reads();
      await timePasses(f);
      await poll(async () => (await entries())[0]?.edits === 2, 20_000, 'second edit after restart').catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await storedState(f))}`);
      });
      expect(reads()).toBe(read + 1);
      expect(await storedCaptures(f)).toBe(captures + 1);
    }, 180_000);
  });
}
