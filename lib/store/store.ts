// The reader's store over IndexedDB: captures with provenance, looked up by article, URL key and
// filing day; one identity record per article (lib/store/identity.ts) for lookups; a running size
// total; oldest-first eviction of the reader's own captures past the cap. Every write is one
// transaction (capture + its article's record + totals + evictions), so a worker stopped mid-write
// leaves the store as it was before or after, never between.
import type { IDBPTransaction } from 'idb';
import { urlKey } from '../match/url-key';
import { captureUrlKeys, headOf, withCapture, withoutCaptures, type ArticleIdentity, type IdentityHead } from './identity';
import { lookupCache } from './lookup-cache';
import { openDatabase, type StoreDb, type StoreSchema, type Usage } from './schema';
import {
  DEFAULT_CAP_BYTES,
  OWN_SOURCES,
  StoreError,
  type AddOptions,
  type AddResult,
  type Capture,
  type CaptureSource,
  type CaptureStore,
  type EvictedCapture,
  type StoredCapture,
} from './types';

export interface OpenStoreOptions {
  /** `indexedDB` of the context (the background); fake-indexeddb's in tests. */
  factory: IDBFactory;
  /** Database name (tests and benchmarks use their own). */
  name?: string;
  /** Size cap in bytes (default 200 MB). */
  capBytes?: number;
}

const USAGE = 'usage';
const encoder = new TextEncoder();

/** The article a capture belongs to when the caller does not say: its canonical URL's key, else its read URL's. */
export function defaultArticleKey(capture: Capture): string {
  return urlKey(capture.article.url) ?? urlKey(capture.readUrl) ?? capture.readUrl;
}

/** The store records of a capture: the capture (without `id`, which the database assigns) and its identity head. */
export function toRecord(capture: Capture, articleKey: string): Omit<StoredCapture, 'id'> & { head: Omit<IdentityHead, 'ids'> } {
  const head = headOf(capture);
  const record = { ...capture, articleKey, urlKeys: captureUrlKeys(capture), day: head.day, bytes: 0 };
  // What the cap counts: the record, and its share of its article's identity record (its head and
  // its shingles in the union; an over-count when captures share a head, so the cap holds).
  record.bytes = encoder.encode(JSON.stringify(record)).length + encoder.encode(JSON.stringify(head)).length + 4 * head.shingles;
  return Object.assign(record, { head });
}

/** A database error → StoreError: a full disk or quota says so in words the reader can act on. */
export function storeError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StoreError('The browser has no room left for RFI Lens captures (storage quota reached). Forget some visits or lower the size cap.', 'quota');
  }
  return new StoreError(`The capture store failed: ${message}`, 'failed');
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw storeError(error);
  }
}

const newestFirst = (list: StoredCapture[]) => list.sort((a, b) => b.capturedAt - a.capturedAt || b.id - a.id);

function evictedOf(c: StoredCapture): EvictedCapture {
  return { id: c.id, source: c.source, capturedAt: c.capturedAt, title: c.article.title, readUrl: c.readUrl, bytes: c.bytes };
}

export async function openStore(options: OpenStoreOptions): Promise<CaptureStore> {
  const db: StoreDb = await guard(() => openDatabase(options.factory, options.name));
  let cap = options.capBytes ?? DEFAULT_CAP_BYTES;
  const cache = lookupCache();

  type Tx = IDBPTransaction<StoreSchema, ['captures', 'articles', 'meta'], 'readwrite'>;

  const readUsage = async (tx: Tx): Promise<Usage> => (await tx.objectStore('meta').get(USAGE)) ?? { captures: 0, bytes: 0 };

  /**
   * One write: `run` in a transaction over captures, articles and totals, which it leaves changed
   * together; the totals' generation moves, and this context's cached lookups of the articles it
   * touched (`touched`: their records before and after) are dropped.
   */
  async function write<T>(run: (tx: Tx, usage: Usage, touched: ArticleIdentity[]) => Promise<T>): Promise<T> {
    const tx = db.transaction(['captures', 'articles', 'meta'], 'readwrite');
    const usage = await readUsage(tx);
    const before = usage.generation ?? 0;
    const { bytes, captures } = usage;
    const touched: ArticleIdentity[] = [];
    const result = await run(tx, usage, touched);
    const changed = touched.length > 0 || usage.bytes !== bytes || usage.captures !== captures;
    if (changed) {
      usage.generation = before + 1;
      await tx.objectStore('meta').put(usage, USAGE);
    }
    await tx.done;
    if (changed) cache.wrote(before, before + 1, touched);
    return result;
  }

  /** Deletes captures `victims` (and their place in their articles' records), in `tx`. */
  async function remove(tx: Tx, usage: Usage, touched: ArticleIdentity[], victims: StoredCapture[]): Promise<void> {
    const byArticle = new Map<string, Set<number>>();
    for (const c of victims) {
      await tx.objectStore('captures').delete(c.id);
      usage.bytes -= c.bytes;
      usage.captures -= 1;
      const ids = byArticle.get(c.articleKey) ?? byArticle.set(c.articleKey, new Set()).get(c.articleKey)!;
      ids.add(c.id);
    }
    for (const [articleKey, ids] of byArticle) {
      const record = await tx.objectStore('articles').get(articleKey);
      if (!record) continue;
      const next = withoutCaptures(record, ids);
      if (next) await tx.objectStore('articles').put(next);
      else await tx.objectStore('articles').delete(articleKey);
      touched.push(record, ...(next ? [next] : []));
    }
  }

  /** Deletes the oldest own captures (never `keep`) until the total fits the cap; in `tx`. */
  async function evict(tx: Tx, usage: Usage, touched: ArticleIdentity[], keep: number | null): Promise<EvictedCapture[]> {
    if (usage.bytes <= cap) return [];
    const victims: StoredCapture[] = [];
    let over = usage.bytes - cap;
    let cursor = await tx.objectStore('captures').index('capturedAt').openCursor();
    while (cursor && over > 0) {
      const c = cursor.value;
      if (c.id !== keep && OWN_SOURCES.includes(c.source)) {
        victims.push(c);
        over -= c.bytes;
      }
      cursor = await cursor.continue();
    }
    await remove(tx, usage, touched, victims);
    return victims.map(evictedOf);
  }

  async function latest(articleKey: string): Promise<StoredCapture | null> {
    const list = await guard(() => db.getAllFromIndex('captures', 'articleKey', articleKey));
    return newestFirst(list)[0] ?? null;
  }

  async function removeWhere(match: (c: StoredCapture) => boolean, from: () => Promise<StoredCapture[]>): Promise<number> {
    return guard(async () => {
      const victims = (await from()).filter(match);
      if (victims.length === 0) return 0;
      return write(async (tx, usage, touched) => {
        // Read again inside the transaction: another context may have removed some meanwhile.
        const still = (await Promise.all(victims.map((v) => tx.objectStore('captures').get(v.id)))).filter((c): c is StoredCapture => c !== undefined);
        await remove(tx, usage, touched, still);
        return still.length;
      });
    });
  }

  const ofSources = (sources: readonly CaptureSource[]) => (c: StoredCapture) => sources.includes(c.source);

  async function capturesForUrl(url: string): Promise<StoredCapture[]> {
    const key = urlKey(url);
    if (key === null) return [];
    return newestFirst(await guard(() => db.getAllFromIndex('captures', 'urlKeys', key)));
  }

  async function addCapture(capture: Capture, add: AddOptions = {}): Promise<AddResult> {
    return guard(async () => {
      const articleKey = add.articleKey ?? defaultArticleKey(capture);
      const { head, ...record } = toRecord(capture, articleKey);
      return write(async (tx, usage, touched) => {
        const store = tx.objectStore('captures');
        const same = newestFirst(await store.index('articleKey').getAll(articleKey))[0];
        if (same && same.hash === capture.hash) return { status: 'unchanged' as const, capture: same, evicted: [] };
        const id = await store.add(record as StoredCapture);
        const old = await tx.objectStore('articles').get(articleKey);
        const next = withCapture(old, articleKey, id, head);
        await tx.objectStore('articles').put(next);
        touched.push(...(old ? [old] : []), next);
        usage.bytes += record.bytes;
        usage.captures += 1;
        const evicted = await evict(tx, usage, touched, id);
        return { status: 'stored' as const, capture: { ...record, id }, evicted };
      });
    });
  }

  return {
    addCapture,
    latest,
    latestForUrl: async (url) => (await capturesForUrl(url))[0] ?? null,
    async captures(articleKey) {
      return newestFirst(await guard(() => db.getAllFromIndex('captures', 'articleKey', articleKey)));
    },
    capturesForUrl,
    async capturesOnDays(days) {
      const lists = await guard(() => Promise.all(days.map((d) => db.getAllFromIndex('captures', 'day', d))));
      return lists.flat();
    },
    lookup: () =>
      guard(async () => {
        cache.check((await db.get('meta', USAGE))?.generation ?? 0);
        return cache.reader(db);
      }),
    async byIds(ids) {
      const list = await guard(() => Promise.all(ids.map((id) => db.get('captures', id))));
      return list.filter((c): c is StoredCapture => c !== undefined);
    },
    async byVersion(version) {
      return (await guard(() => db.getFromIndex('captures', 'version', version))) ?? null;
    },
    all: () => guard(() => db.getAllFromIndex('captures', 'capturedAt')),
    ids: () => guard(() => db.getAllKeysFromIndex('captures', 'capturedAt')),
    forgetAll: (sources = OWN_SOURCES) =>
      removeWhere(ofSources(sources), () => guard(() => Promise.all(sources.map((s) => db.getAllFromIndex('captures', 'source', s))).then((l) => l.flat()))),
    forgetArticle: (articleKey, sources = OWN_SOURCES) =>
      removeWhere(ofSources(sources), () => guard(() => db.getAllFromIndex('captures', 'articleKey', articleKey))),
    async usage() {
      const { captures, bytes } = (await guard(() => db.get('meta', USAGE))) ?? { captures: 0, bytes: 0 };
      return { captures, bytes, cap };
    },
    setCap(bytes) {
      cap = bytes;
      return guard(() => write((tx, usage, touched) => evict(tx, usage, touched, null)));
    },
    close: () => db.close(),
  };
}
