// Follow an edition, in Chromium (MV3): the reader follows 中文 in the popup, the background reads
// the edition's feed (intercepted: two new articles and one from before the opt-in), captures both
// new articles, re-reads them on the watch schedule, finds one edited, and the popup lists it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT, SHOTS, TMP } from './support/browsers';
import { poll } from './support/driver';
import { articlePage, feedXml } from './support/watch-pages';
import { launchWatchChromium, serve, storedState, timePasses, type WatchBrowser } from './support/watch-chromium';

const BINARY = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FEED = 'https://www.rfi.fr/cn/rss';
const A = 'https://www.rfi.fr/cn/中国/20261207-新文章甲';
const B = 'https://www.rfi.fr/cn/国际/20261207-新文章乙';
const OLD = 'https://www.rfi.fr/cn/中国/20261201-旧文章';

describe('follow an edition (Chromium MV3)', () => {
  if (!existsSync(BINARY)) {
    console.log(`skipped follow test: ${BINARY} not installed`);
    return;
  }
  let b: WatchBrowser;
  beforeAll(async () => {
    const dir = resolve(OUT, 'chrome-mv3');
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
    b = await launchWatchChromium(dir, TMP);
  }, 60_000);
  afterAll(async () => b?.close());

  type Entry = { url: string; title: string; origin: string; edits: number; last: { kind: string } | null };
  const entries = async () => Object.values((await storedState(b))?.entries ?? {}) as Entry[];
  const kinds = async () => (await entries()).map((e) => `${e.title}:${e.last?.kind ?? '-'}`).sort();

  it('captures both new articles of the feed, then reports the one edited later', async () => {
    const now = Date.now();
    serve(b, FEED, {
      status: 200,
      type: 'application/rss+xml; charset=utf-8',
      body: feedXml([
        { url: A, title: '新文章甲', at: now + 60_000 },
        { url: B, title: '新文章乙', at: now + 120_000 },
        { url: OLD, title: '旧文章', at: now - 6 * 86_400_000 },
      ]),
    });
    serve(b, A, { status: 200, body: articlePage(A, '新文章甲') });
    serve(b, B, { status: 200, body: articlePage(B, '新文章乙') });

    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`${b.origin()}/popup.html`);
    await popup.locator('.watched__follow summary').click();
    await popup.locator('[data-testid=follow-cn]').check();
    await poll(async () => Object.keys((await storedState(b))?.follows ?? {}).includes('cn'), 5000, 'followed');

    // The feed is due at once: the loop's alarm fires and reads it.
    await timePasses(b, null, true);
    await poll(async () => (await entries()).length === 2, 15_000, 'two articles from the feed');
    expect((await entries()).every((e) => e.origin === 'edition')).toBe(true);
    // One request a minute: each capture is one more wake.
    for (let i = 1; i <= 2; i++) {
      await timePasses(b);
      await poll(async () => (await kinds()).filter((k) => k.endsWith(':captured')).length === i, 15_000, `capture ${i}`).catch(async (e: Error) => {
        throw new Error(`${e.message}: ${JSON.stringify(await storedState(b))} ${JSON.stringify(b.requests.map((u) => decodeURI(u)).slice(-4))}`);
      });
    }
    await poll(async () => (await kinds()).join() === '新文章乙:captured,新文章甲:captured', 15_000, 'both captured').catch(async (e: Error) => {
      throw new Error(`${e.message}: ${(await kinds()).join()}`);
    });
    const asked = b.requests.map((u) => decodeURI(u));
    expect(asked.filter((u) => u === FEED).length).toBeGreaterThanOrEqual(1);
    expect(asked.some((u) => u.includes('旧文章'))).toBe(false);

    // An hour later B has been edited: its re-read finds it; A's re-read finds nothing new.
    serve(b, B, { status: 200, body: articlePage(B, '新文章乙', true) });
    await timePasses(b, '新文章乙');
    await poll(async () => (await entries()).find((e) => e.title === '新文章乙')?.edits === 1, 15_000, 'B edited');
    await timePasses(b, '新文章甲');
    await poll(async () => (await kinds()).join() === '新文章乙:edited,新文章甲:unchanged', 15_000, 'A unchanged');

    await popup.reload();
    await poll(() => popup.evaluate(() => document.querySelectorAll('[data-testid=edition-edit]').length === 1), 5000, 'popup edition edits');
    const listed = await popup.evaluate(() => document.querySelector('[data-testid=edition-edit]')!.textContent);
    expect(listed).toContain('新文章乙');
    expect(listed).toContain('Edited since you read it');
    await popup.screenshot({ path: resolve(SHOTS, 'follow-popup-chromium.png') });
  });
});
