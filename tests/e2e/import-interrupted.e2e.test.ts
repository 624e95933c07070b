// An import cut short loses nothing, in real browsers: the options page imports a zip of 2,000
// captures into the reader's store (it shares the background's IndexedDB), and is closed mid-import
// (as a browser quitting would end it). The store is whole: every capture it holds is complete, its
// totals and article records agree with its captures, and nothing else changed; choosing the same
// zip again finishes the import (the captures already in are skipped). Team-made captures only.
import { expect, it } from 'vitest';
import { makeCapture } from '../../lib/store';
import { defaultArticleKey, toRecord } from '../../lib/store/store';
import { exportZip } from '../../lib/store/zip';
import type { StoredCapture } from '../../lib/store/types';
import { testArticle } from '../support/article';
import { eachBrowser } from './support/browsers';
import { poll, type SidebarPage } from './support/driver';

const N = 2000;
const T = Date.UTC(2025, 10, 30, 8);

async function zipOfCaptures(): Promise<string> {
  const records: StoredCapture[] = [];
  for (let i = 0; i < N; i++) {
    const url = `https://www.rfi.fr/cn/中国/20251130-第${i}篇`;
    const c = await makeCapture(testArticle([`第${i}篇的第一段。`, `第二段，编号${i}。`], { url, title: `标题${i}` }), { source: 'visit', capturedAt: T + i * 1000, readUrl: url });
    const { head: _head, ...record } = toRecord(c, defaultArticleKey(c));
    records.push({ ...record, id: i + 1 });
  }
  return Buffer.from(exportZip(records, T + N * 1000)).toString('base64');
}

/** What the store holds, read raw from an extension page: captures, their byte sum, the totals record, article records. */
const storeState = (page: SidebarPage) =>
  page.evaluate(
    () =>
      new Promise<{ captures: number; bytes: number; usage: { captures: number; bytes: number } | null; articles: number }>((done, fail) => {
        const open = indexedDB.open('rfi-lens-store');
        const none = { captures: 0, bytes: 0, usage: null, articles: 0 };
        // Not there yet: nothing to read, and nothing created by looking.
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? done(none) : fail(open.error));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['captures', 'meta', 'articles']);
          const all = tx.objectStore('captures').getAll();
          const usage = tx.objectStore('meta').get('usage');
          const articles = tx.objectStore('articles').count();
          tx.oncomplete = () => {
            const list = all.result as { bytes: number }[];
            db.close();
            done({ captures: list.length, bytes: list.reduce((n, c) => n + c.bytes, 0), usage: usage.result ?? null, articles: articles.result });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );

/** Chooses the zip in the options page's import control, as a reader would. */
const chooseZip = (options: SidebarPage, base64: string) =>
  options.evaluateWith((b64: string) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const input = document.querySelector('[data-testid=import-archive]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([bytes], 'rfi-lens-archive.zip', { type: 'application/zip' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, base64);

eachBrowser((_b, driver) => {
  it('an import cut short leaves the store whole, and importing the same zip again finishes it', async () => {
    const base64 = await zipOfCaptures();
    const probe = await driver().openExtension('/popup.html');
    const options = await driver().openExtension('/options.html');
    await poll(() => options.evaluate(() => document.querySelector('[data-testid=import-archive]') !== null), 10_000, 'the options page');
    await chooseZip(options, base64);
    // Mid-import: some captures in, not all; then the page goes away.
    await poll(async () => (await storeState(probe)).captures >= 20, 60_000, 'import under way');
    await options.close();
    await probe.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    const cut = await storeState(probe);
    expect(cut.captures).toBeGreaterThan(0);
    expect(cut.captures).toBeLessThan(N);
    // Whole: the totals and the article records are those of the captures held, none half-written.
    expect(cut.usage).toMatchObject({ captures: cut.captures, bytes: cut.bytes });
    expect(cut.articles).toBe(cut.captures);

    const again = await driver().openExtension('/options.html');
    await poll(() => again.evaluate(() => document.querySelector('[data-testid=import-archive]') !== null), 10_000, 'the options page again');
    await chooseZip(again, base64);
    await poll(async () => /^Import/.test((await again.evaluate(() => document.querySelector('[data-testid=transfer-result] p')?.textContent ?? '')) ?? ''), 120_000, 'the second import');
    expect(await again.evaluate(() => document.querySelector('[data-testid=transfer-result] p')?.textContent)).toBe(`Import done: ${N - cut.captures} new, ${cut.captures} already in your archive.`);
    const done = await storeState(probe);
    expect(done).toMatchObject({ captures: N, articles: N, usage: { captures: N, bytes: done.bytes } });
    await again.close();
    await probe.close();
  }, 240_000);
});
