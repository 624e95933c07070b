// The IndexedDB schema of the reader's store, opened through `idb` over an injected IDBFactory
// (the background passes `indexedDB`; tests pass fake-indexeddb's). `idb`'s openDB reads the
// global factory, so the open request is wrapped here the same way with the factory given.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { headOf, withCapture, type ArticleIdentity } from './identity';
import type { StoredCapture } from './types';

export const DB_NAME = 'rfi-lens-store';
/** 1: captures, heads (one per capture), meta. 2: `articles` (one identity record per article) replaces `heads`. */
export const DB_VERSION = 2;

export interface Usage {
  captures: number;
  bytes: number;
  /** Bumped by every write: a context that caches identity records (lib/store/store.ts) drops them when it moved. */
  generation?: number;
}

export interface StoreSchema extends DBSchema {
  captures: {
    key: number;
    value: StoredCapture;
    indexes: {
      articleKey: string;
      urlKeys: string;
      day: string;
      capturedAt: number;
      source: string;
      version: string;
    };
  };
  /** One identity record per article (lib/store/identity.ts): what a lookup reads. */
  articles: {
    key: string;
    value: ArticleIdentity;
    indexes: { urlKeys: string; days: string };
  };
  /** `usage`: running totals, updated in the same transaction as every write. */
  meta: { key: string; value: Usage };
}

export type StoreDb = IDBPDatabase<StoreSchema>;

/** Opens (creating or upgrading) the database. */
export function openDatabase(factory: IDBFactory, name = DB_NAME): Promise<StoreDb> {
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as StoreDb;
    const raw = request.result;
    const tx = request.transaction!;
    // By the stores present, not only by the old version: a database some other code opened
    // without a version (version 1, no stores) still gets every store.
    if (!raw.objectStoreNames.contains('captures')) {
      const captures = db.createObjectStore('captures', { keyPath: 'id', autoIncrement: true });
      captures.createIndex('articleKey', 'articleKey');
      captures.createIndex('urlKeys', 'urlKeys', { multiEntry: true });
      captures.createIndex('day', 'day');
      captures.createIndex('capturedAt', 'capturedAt');
      captures.createIndex('source', 'source');
      captures.createIndex('version', 'article.source', { unique: true });
    }
    if (!raw.objectStoreNames.contains('meta')) db.createObjectStore('meta');
    if (raw.objectStoreNames.contains('heads')) raw.deleteObjectStore('heads');
    if (!raw.objectStoreNames.contains('articles')) {
      const articles = db.createObjectStore('articles', { keyPath: 'articleKey' });
      articles.createIndex('urlKeys', 'urlKeys', { multiEntry: true });
      articles.createIndex('days', 'days', { multiEntry: true });
      if (event.oldVersion >= 1) rebuildArticles(tx);
    }
  });
  return wrap(request) as unknown as Promise<StoreDb>;
}

/** A version-1 store's captures → their article records, inside the upgrade's transaction (plain requests: it must not wait on anything else). */
function rebuildArticles(tx: IDBTransaction): void {
  const records = new Map<string, ArticleIdentity>();
  const cursor = tx.objectStore('captures').openCursor();
  cursor.onsuccess = () => {
    const c = cursor.result;
    if (c) {
      const capture = c.value as StoredCapture;
      records.set(capture.articleKey, withCapture(records.get(capture.articleKey), capture.articleKey, capture.id, headOf(capture)));
      c.continue();
      return;
    }
    const articles = tx.objectStore('articles');
    for (const record of records.values()) articles.put(record);
  };
}
