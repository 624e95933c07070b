// The store's identity records: kept on every write, rebuilt from a version-1 store, and a lookup
// over them gives findMatch the same answer as every capture of the store would.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeCandidates } from '@/lib/corpus/sources';
import { findMatch } from '@/lib/match/find-match';
import { makeCapture, openStore, type CaptureStore } from '@/lib/store';
import { headOf, withCapture, type ArticleIdentity } from '@/lib/store/identity';
import { storeCandidates } from '@/lib/store/lookup';
import { openDatabase } from '@/lib/store/schema';
import { toRecord, defaultArticleKey } from '@/lib/store/store';
import type { ArchivedArticle, Article } from '@/lib/types';
import { testArticle } from '../../support/article';

let n = 0;
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
/** A sentence of `length` random common Han characters. */
const han = (length: number) => Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 3000))).join('') + '。';

const DAY = '20251130';
const urlOf = (slug: string, day = DAY) => `https://www.rfi.fr/cn/中国/${day}-${slug}`;

interface Story {
  url: string;
  title: string;
  published: string;
  paragraphs: string[];
}

function story(k: number, day = DAY): Story {
  return { url: urlOf(`文章${k}`, day), title: han(12), published: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T0${k % 10}:00:00Z`, paragraphs: [han(60), han(80), han(70), han(90)] };
}

const pageOf = (s: Story, over: Partial<Article> = {}) => testArticle(s.paragraphs, { url: s.url, title: s.title, published: s.published, ...over });
const edit = (s: Story, i: number, text: string): Story => ({ ...s, paragraphs: s.paragraphs.map((p, j) => (j === i ? p + text : p)) });

/** Stories on three days, each stored three times (visit, then two watched edits). */
async function filled(): Promise<{ store: CaptureStore; stories: Story[] }> {
  const store = await openStore({ factory: indexedDB, name: `lookup-${++n}` });
  const stories = [...Array.from({ length: 12 }, (_, k) => story(k)), story(20, '20251129'), story(21, '20251201')];
  let at = Date.UTC(2025, 10, 30, 12);
  for (const s of stories) {
    for (const [k, version] of [s, edit(s, 0, '一'), edit(s, 3, '二')].entries()) {
      await store.addCapture(await makeCapture(pageOf(version), { source: k === 0 ? 'visit' : 'watch', capturedAt: (at += 60_000), readUrl: s.url }));
    }
  }
  return { store, stories };
}

/** findMatch over the store's candidates, and over every capture the store holds (the chosen capture by its version id: positions differ). */
async function bothWays(store: CaptureStore, live: Article, url: string) {
  const decide = (articles: ArchivedArticle[]) => {
    const index = mergeCandidates([articles], 'T');
    const match = findMatch(live, url, index);
    if (!match) return null;
    const { index: position, ...rest } = match;
    return { ...rest, chosen: index.articles[position]!.source };
  };
  return { viaRecords: decide(await storeCandidates(store, live, url)), everything: decide((await store.all()).map((c) => c.article)) };
}

describe('store lookup over identity records', () => {
  it('answers as a scan of every capture would: same URL, new URL, a re-filed text, a miss', async () => {
    const { store, stories } = await filled();
    const pages: [string, Article, string][] = [];
    for (const s of stories.slice(0, 6)) {
      const edited = edit(s, 1, '（更新）');
      pages.push(['same URL', pageOf(edited), s.url]);
      const moved = urlOf(`重发${s.title.slice(0, 3)}`);
      pages.push(['new URL', pageOf(edited, { url: moved }), moved]);
      // Another headline and URL, the same opening text: found by the text rules (containment).
      const refiled = urlOf('转载');
      pages.push(['re-filed', pageOf(s, { url: refiled, title: han(10), published: s.published.replace('T0', 'T1') }), refiled]);
      const other = urlOf('全新');
      pages.push(['miss', pageOf(story(99), { url: other }), other]);
    }
    const methods = new Set<string>();
    for (const [kind, live, url] of pages) {
      const { viaRecords, everything } = await bothWays(store, live, url);
      expect(viaRecords, kind).toEqual(everything);
      methods.add(`${kind}:${viaRecords?.method ?? 'none'}`);
    }
    expect([...methods].sort()).toEqual(['miss:none', 'new URL:identity', 're-filed:identity', 'same URL:url']);
    store.close();
  });

  it('keeps each article record as a rebuild from its captures would make it, through adds, evictions and forgets', async () => {
    const { store, stories } = await filled();
    const check = async () => {
      const rebuilt = new Map<string, ArticleIdentity>();
      for (const c of (await store.all()).sort((a, b) => a.id - b.id)) rebuilt.set(c.articleKey, withCapture(rebuilt.get(c.articleKey), c.articleKey, c.id, headOf(c)));
      const read = await store.lookup();
      const held = await read.articlesOnDays(['20251129', DAY, '20251201']);
      expect(new Map(held.map((r) => [r.articleKey, r]))).toEqual(rebuilt);
    };
    await check();
    await store.forgetArticle(defaultArticleKey(await makeCapture(pageOf(stories[0]!), { source: 'visit', capturedAt: 1, readUrl: stories[0]!.url })));
    await check();
    const usage = await store.usage();
    expect((await store.setCap(usage.bytes * 0.6)).length).toBeGreaterThan(0);
    await check();
    await store.forgetAll(['watch']);
    await check();
    store.close();
  });

  it('a lookup in one context sees what another context wrote (the options page importing while the background looks up)', async () => {
    const name = `lookup-shared-${++n}`;
    const background = await openStore({ factory: indexedDB, name });
    const page = await openStore({ factory: indexedDB, name });
    const s = story(1);
    await background.addCapture(await makeCapture(pageOf(s), { source: 'visit', capturedAt: Date.UTC(2025, 10, 30, 12), readUrl: s.url }));
    const moved = urlOf('另一个网址');
    const live = pageOf(edit(s, 2, '改'), { url: moved });
    expect(await storeCandidates(background, live, moved)).toHaveLength(1); // and now cached
    await page.addCapture(await makeCapture(pageOf(edit(s, 1, '改')), { source: 'import', capturedAt: Date.UTC(2025, 10, 30, 13), readUrl: s.url }));
    expect(await storeCandidates(background, live, moved)).toHaveLength(2);
    await page.forgetAll(['import']);
    expect(await storeCandidates(background, live, moved)).toHaveLength(1);
    background.close();
    page.close();
  });

  it('a version-1 store (one head per capture) is upgraded: its captures get their article records', async () => {
    const name = `lookup-v1-${++n}`;
    const s = story(3);
    const captures = [
      await makeCapture(pageOf(s), { source: 'visit', capturedAt: Date.UTC(2025, 10, 30, 12), readUrl: s.url }),
      await makeCapture(pageOf(edit(s, 0, '甲')), { source: 'watch', capturedAt: Date.UTC(2025, 10, 30, 14), readUrl: s.url }),
    ];
    // The version-1 schema, as the previous build created it.
    await new Promise<void>((done, fail) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        const store = db.createObjectStore('captures', { keyPath: 'id', autoIncrement: true });
        for (const [index, path] of [['articleKey', 'articleKey'], ['day', 'day'], ['capturedAt', 'capturedAt'], ['source', 'source']] as const) store.createIndex(index, path);
        store.createIndex('urlKeys', 'urlKeys', { multiEntry: true });
        store.createIndex('version', 'article.source', { unique: true });
        db.createObjectStore('meta');
        db.createObjectStore('heads', { keyPath: 'id' }).createIndex('day', 'day');
        for (const c of captures) {
          const { head: _h, ...record } = toRecord(c, defaultArticleKey(c));
          store.add(record);
        }
      };
      request.onsuccess = () => (request.result.close(), done());
      request.onerror = () => fail(request.error);
    });
    const store = await openStore({ factory: indexedDB, name });
    const moved = urlOf('升级后');
    const live = pageOf(edit(s, 3, '乙'), { url: moved });
    const match = findMatch(live, moved, mergeCandidates([await storeCandidates(store, live, moved)], 'T'));
    expect(match?.method).toBe('identity');
    expect(match?.versions.map((v) => v.origin)).toEqual(['visit', 'watch']);
    store.close();
    const db = await openDatabase(indexedDB, name);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'captures', 'meta']);
    db.close();
  });

  it('a database some other code created empty (opened without a version) still gets every store', async () => {
    const name = `lookup-empty-${++n}`;
    await new Promise<void>((done) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => (request.result.close(), done());
    });
    const store = await openStore({ factory: indexedDB, name });
    const s = story(4);
    expect((await store.addCapture(await makeCapture(pageOf(s), { source: 'visit', capturedAt: Date.UTC(2025, 10, 30, 12), readUrl: s.url }))).status).toBe('stored');
    expect(await storeCandidates(store, pageOf(edit(s, 1, '改')), s.url)).toHaveLength(1);
    store.close();
  });
});
