// The IndexedDB schema of the reader's store, opened through `idb` over an injected IDBFactory
// (the background passes `indexedDB`; tests pass fake-indexeddb's). `idb`'s openDB reads the
// global factory, so the open request is wrapped here the same way with the factory given.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaptureHead, StoredCapture } from './types';

export const DB_NAME = 'rfi-lens-store';
export const DB_VERSION = 1;

export interface Usage {
  captures: number;
  bytes: number;
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
  /** What identity matching knows of each capture without its text: what a day scan reads. */
  heads: {
    key: number;
    value: CaptureHead;
    indexes: { day: string };
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
    if (event.oldVersion < 1) {
      const captures = db.createObjectStore('captures', { keyPath: 'id', autoIncrement: true });
      captures.createIndex('articleKey', 'articleKey');
      captures.createIndex('urlKeys', 'urlKeys', { multiEntry: true });
      captures.createIndex('day', 'day');
      captures.createIndex('capturedAt', 'capturedAt');
      captures.createIndex('source', 'source');
      captures.createIndex('version', 'article.source', { unique: true });
      db.createObjectStore('meta');
      db.createObjectStore('heads', { keyPath: 'id' }).createIndex('day', 'day');
    }
  });
  return wrap(request) as unknown as Promise<StoreDb>;
}
