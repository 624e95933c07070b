import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { captureHash, EmptyCaptureError, makeCapture, openStore, StoreError, type CaptureSource } from '@/lib/store';
import { storeError } from '@/lib/store/store';
import { testArticle } from '../../support/article';

let n = 0;
const fresh = (capBytes?: number) => openStore({ factory: indexedDB, name: `store-test-${++n}`, capBytes });
const URL_A = 'https://www.rfi.fr/cn/中国/20251130-某篇文章';
const article = (paragraphs: string[], url = URL_A) => testArticle(paragraphs, { url, title: '标题' });
const capture = (paragraphs: string[], at: number, source: CaptureSource = 'visit', url = URL_A) =>
  makeCapture(article(paragraphs, url), { source, capturedAt: at, readUrl: url });

describe('capture hash', () => {
  it('is SHA-256 hex of the normalised text: white space and width do not change it, a digit does', async () => {
    const a = await captureHash(article(['第一段 ２０２５年', '第二段']));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await captureHash(article(['第一段2025年', ' 第二段\u3000', '\u00a0']))).toBe(a);
    expect(await captureHash(article(['第一段2026年', '第二段']))).not.toBe(a);
  });

  it('the hash of the empty text is the known SHA-256', async () => {
    expect(await captureHash({ title: '', lead: null, paragraphs: [] })).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('an extraction without text is never a capture', async () => {
    await expect(capture([], 1)).rejects.toBeInstanceOf(EmptyCaptureError);
    await expect(capture(['\u00a0', '广告'], 1)).rejects.toBeInstanceOf(EmptyCaptureError);
  });
});

describe('store', () => {
  it('keeps provenance, answers by article and URL, and stores only changed text', async () => {
    const store = await fresh();
    const first = await store.addCapture(await capture(['一', '二'], 1000));
    expect(first.status).toBe('stored');
    const c = first.capture;
    expect(c).toMatchObject({ source: 'visit', capturedAt: 1000, readUrl: URL_A, day: '20251130' });
    expect(c.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.article.source).toBe(`visit/1000-${c.hash.slice(0, 8)}`);
    expect(c.article.archivedAt).toBe(1000);

    const again = await store.addCapture(await capture(['一', ' 二 '], 2000));
    expect(again.status).toBe('unchanged');
    expect(again.capture.id).toBe(c.id);

    const edited = await store.addCapture(await capture(['一', '三'], 3000, 'watch'));
    expect(edited.status).toBe('stored');
    expect((await store.latest(c.articleKey))?.id).toBe(edited.capture.id);
    expect((await store.captures(c.articleKey)).map((x) => x.source)).toEqual(['watch', 'visit']);
    // Any form of the URL finds it.
    expect((await store.latestForUrl('http://rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20251130-%E6%9F%90%E7%AF%87%E6%96%87%E7%AB%A0/'))?.id).toBe(edited.capture.id);
    expect((await store.capturesOnDays(['20251130'])).length).toBe(2);
    expect((await store.byVersion(c.article.source))?.id).toBe(c.id);
    const usage = await store.usage();
    expect(usage.captures).toBe(2);
    expect(usage.bytes).toBe(c.bytes + edited.capture.bytes);
    store.close();
  });

  it('forgets all own captures, or one article, and keeps the counts right', async () => {
    const store = await fresh();
    await store.addCapture(await capture(['一'], 1));
    await store.addCapture(await capture(['二'], 2));
    const other = await store.addCapture(await capture(['三'], 3, 'visit', 'https://www.rfi.fr/cn/中国/20251201-另一篇'));
    await store.addCapture(await capture(['四'], 4, 'import', 'https://www.rfi.fr/cn/中国/20251202-导入'));
    expect(await store.forgetArticle(other.capture.articleKey)).toBe(1);
    expect((await store.usage()).captures).toBe(3);
    expect(await store.forgetAll()).toBe(2);
    const left = await store.all();
    expect(left.map((c) => c.source)).toEqual(['import']);
    expect(await store.usage()).toMatchObject({ captures: 1, bytes: left[0]!.bytes });
    store.close();
  });

  it('evicts the oldest own captures past the cap, reports them, and never imported ones', async () => {
    const probe = await fresh();
    const one = (await probe.addCapture(await capture(['一'.repeat(200)], 1))).capture.bytes;
    probe.close();
    const store = await fresh(one * 2.5);
    await store.addCapture(await capture(['导入'.repeat(100)], 1, 'import', 'https://www.rfi.fr/cn/中国/20251202-导入'));
    await store.addCapture(await capture(['一'.repeat(200)], 10));
    const third = await store.addCapture(await capture(['二'.repeat(200)], 20));
    expect(third.evicted.map((e) => e.capturedAt)).toEqual([10]);
    expect(third.evicted[0]).toMatchObject({ source: 'visit', title: '标题' });
    expect((await store.all()).map((c) => c.source)).toEqual(['import', 'visit']);
    const lowered = await store.setCap(1);
    expect(lowered.map((e) => e.capturedAt)).toEqual([20]);
    expect((await store.all()).map((c) => c.source)).toEqual(['import']);
    store.close();
  });

  it('survives a reopen: what was stored is there (IndexedDB, not memory)', async () => {
    const name = `store-test-reopen-${++n}`;
    const a = await openStore({ factory: indexedDB, name });
    const stored = await a.addCapture(await capture(['一'], 1));
    a.close();
    const b = await openStore({ factory: indexedDB, name });
    expect((await b.all()).map((c) => c.hash)).toEqual([stored.capture.hash]);
    expect((await b.usage()).bytes).toBe(stored.capture.bytes);
    b.close();
  });

  it('a quota error becomes a StoreError the reader can read', () => {
    const quota = storeError(Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }));
    expect(quota).toBeInstanceOf(StoreError);
    expect(quota.code).toBe('quota');
    expect(quota.message).toMatch(/no room left/);
    expect(storeError(new Error('boom')).code).toBe('failed');
  });
});

describe('default version', () => {
  it('is the newest capture, passing over own captures that read the same as the page', async () => {
    const { defaultVersion } = await import('@/lib/store/default-version');
    const bundled = { ...(await capture(['一'], 1)).article, origin: undefined, hash: undefined, source: 'a.txt' };
    const visit = (await capture(['一', '二'], 2)).article;
    const page = (texts: string[]) => article(texts);
    // Changed since the visit: compared with the visit.
    expect(await defaultVersion(page(['一', '二', '三']), [bundled, visit])).toBe(visit.source);
    // Unchanged since the visit: compared with the capture before it.
    expect(await defaultVersion(page(['一', ' 二']), [bundled, visit])).toBe('a.txt');
    // An archive capture that reads the same is compared with ("no change since the capture").
    const newer = { ...bundled, source: 'b.txt', archivedAt: 3 };
    expect(await defaultVersion(page(['一']), [visit, newer])).toBe('b.txt');
    // Only own captures, all the same as the page: the newest.
    expect(await defaultVersion(page(['一', '二']), [visit])).toBe(visit.source);
    expect(await defaultVersion(page(['一']), [])).toBeNull();
  });
});
