// The reader's store over IndexedDB: captures with provenance, looked up by article, URL key and
// filing day; a running size total; oldest-first eviction of the reader's own captures past the
// cap. Every write is one transaction (capture + totals + evictions), so a worker stopped mid-write
// leaves the store as it was before or after, never between.
import { articleDay, identityFeatures, ymdOfDay } from '../identity/features';
import { captureKeys } from '../identity/same-article';
import { urlKey } from '../match/url-key';
import type { IDBPTransaction } from 'idb';
import { openDatabase, type StoreDb, type StoreSchema, type Usage } from './schema';
import {
  DEFAULT_CAP_BYTES,
  OWN_SOURCES,
  StoreError,
  type AddOptions,
  type AddResult,
  type Capture,
  type CaptureHead,
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

/** The store records of a capture: the capture (without `id`, which the database assigns) and its head. */
export function toRecord(capture: Capture, articleKey: string): Omit<StoredCapture, 'id'> & { head: Omit<CaptureHead, 'id'> } {
  const keys = [...new Set([capture.readUrl, capture.article.url].map(urlKey).filter((k): k is string => k !== null))];
  const f = identityFeatures(capture.article);
  const d = articleDay(f, capture.capturedAt);
  const day = d === null ? 'undated' : ymdOfDay(d);
  const record = { ...capture, articleKey, urlKeys: keys, day, bytes: 0 };
  record.bytes = encoder.encode(JSON.stringify(record)).length;
  const head = { day, articleKey, keys: captureKeys(f), opening: f.text, shingles: f.shingles.length };
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

  type Tx = IDBPTransaction<StoreSchema, ['captures', 'heads', 'meta'], 'readwrite'>;

  const readUsage = async (tx: Tx): Promise<Usage> => (await tx.objectStore('meta').get(USAGE)) ?? { captures: 0, bytes: 0 };

  /** Deletes the oldest own captures (never `keep`) until the total fits the cap; in `tx`. */
  async function evict(tx: Tx, usage: Usage, keep: number | null): Promise<EvictedCapture[]> {
    const evicted: EvictedCapture[] = [];
    if (usage.bytes <= cap) return evicted;
    let cursor = await tx.objectStore('captures').index('capturedAt').openCursor();
    while (cursor && usage.bytes > cap) {
      const c = cursor.value;
      if (c.id !== keep && OWN_SOURCES.includes(c.source)) {
        await cursor.delete();
        await tx.objectStore('heads').delete(c.id);
        usage.bytes -= c.bytes;
        usage.captures -= 1;
        evicted.push(evictedOf(c));
      }
      cursor = await cursor.continue();
    }
    return evicted;
  }

  async function latest(articleKey: string): Promise<StoredCapture | null> {
    const list = await guard(() => db.getAllFromIndex('captures', 'articleKey', articleKey));
    return newestFirst(list)[0] ?? null;
  }

  async function removeWhere(match: (c: StoredCapture) => boolean, from: () => Promise<StoredCapture[]>): Promise<number> {
    return guard(async () => {
      const victims = (await from()).filter(match);
      if (victims.length === 0) return 0;
      const tx = db.transaction(['captures', 'heads', 'meta'], 'readwrite');
      const usage = await readUsage(tx);
      for (const c of victims) {
        await tx.objectStore('captures').delete(c.id);
        await tx.objectStore('heads').delete(c.id);
        usage.bytes -= c.bytes;
        usage.captures -= 1;
      }
      await tx.objectStore('meta').put(usage, USAGE);
      await tx.done;
      return victims.length;
    });
  }

  const ofSources = (sources: readonly CaptureSource[]) => (c: StoredCapture) => sources.includes(c.source);

  async function capturesForUrl(url: string): Promise<StoredCapture[]> {
    const key = urlKey(url);
    if (key === null) return [];
    return newestFirst(await guard(() => db.getAllFromIndex('captures', 'urlKeys', key)));
  }

  return {
    addCapture(capture: Capture, add: AddOptions = {}): Promise<AddResult> {
      return guard(async () => {
        const articleKey = add.articleKey ?? defaultArticleKey(capture);
        const { head, ...record } = toRecord(capture, articleKey);
        const tx = db.transaction(['captures', 'heads', 'meta'], 'readwrite');
        const store = tx.objectStore('captures');
        const same = newestFirst(await store.index('articleKey').getAll(articleKey))[0];
        if (same && same.hash === capture.hash) {
          await tx.done;
          return { status: 'unchanged', capture: same, evicted: [] };
        }
        const id = await store.add(record as StoredCapture);
        await tx.objectStore('heads').put({ ...head, id });
        const usage = await readUsage(tx);
        usage.bytes += record.bytes;
        usage.captures += 1;
        const evicted = await evict(tx, usage, id);
        await tx.objectStore('meta').put(usage, USAGE);
        await tx.done;
        return { status: 'stored', capture: { ...record, id }, evicted };
      });
    },
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
    async headsOnDays(days) {
      const lists = await guard(() => Promise.all(days.map((d) => db.getAllFromIndex('heads', 'day', d))));
      return lists.flat();
    },
    async byIds(ids) {
      const list = await guard(() => Promise.all(ids.map((id) => db.get('captures', id))));
      return list.filter((c): c is StoredCapture => c !== undefined);
    },
    async byVersion(version) {
      return (await guard(() => db.getFromIndex('captures', 'version', version))) ?? null;
    },
    all: () => guard(() => db.getAllFromIndex('captures', 'capturedAt')),
    forgetAll: (sources = OWN_SOURCES) =>
      removeWhere(ofSources(sources), () => guard(() => Promise.all(sources.map((s) => db.getAllFromIndex('captures', 'source', s))).then((l) => l.flat()))),
    forgetArticle: (articleKey, sources = OWN_SOURCES) =>
      removeWhere(ofSources(sources), () => guard(() => db.getAllFromIndex('captures', 'articleKey', articleKey))),
    async usage() {
      const usage = (await guard(() => db.get('meta', USAGE))) ?? { captures: 0, bytes: 0 };
      return { ...usage, cap };
    },
    setCap(bytes) {
      cap = bytes;
      return guard(async () => {
        const tx = db.transaction(['captures', 'heads', 'meta'], 'readwrite');
        const usage = await readUsage(tx);
        const evicted = await evict(tx, usage, null);
        await tx.objectStore('meta').put(usage, USAGE);
        await tx.done;
        return evicted;
      });
    },
    close: () => db.close(),
  };
}
