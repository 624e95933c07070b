// Imported sources in IndexedDB, in a database of their own (not the reader's store): one record per
// source and its compiled parts, each part the very text the package ships for the bundled corpus,
// keyed by [source id, path]. Opened through `idb` over an injected IDBFactory (the background's and
// the options page's `indexedDB`, which share the extension's origin; fake-indexeddb in tests).
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportRecord, ImportsBackend } from './types';

export const IMPORTS_DB_NAME = 'rfi-lens-imports';
export const IMPORTS_DB_VERSION = 1;

interface ImportsSchema extends DBSchema {
  sources: { key: string; value: ImportRecord };
  parts: { key: [string, string]; value: string };
}

type ImportsDb = IDBPDatabase<ImportsSchema>;

function openImportsDb(factory: IDBFactory, name: string): Promise<ImportsDb> {
  const request = factory.open(name, IMPORTS_DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as ImportsDb;
    if (event.oldVersion < 1) {
      db.createObjectStore('sources', { keyPath: 'id' });
      db.createObjectStore('parts');
    }
  });
  return wrap(request) as unknown as Promise<ImportsDb>;
}

/** Every part key of one source: [id, ''] … [id, '\uffff'] (paths are ASCII). */
const partsOf = (id: string) => IDBKeyRange.bound([id, ''], [id, '\uffff']);

export async function openImportsBackend(factory: IDBFactory, name = IMPORTS_DB_NAME): Promise<ImportsBackend & { close(): void }> {
  const db = await openImportsDb(factory, name);
  return {
    async list() {
      return (await db.getAll('sources')).sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
    },
    async putRecord(record) {
      await db.put('sources', record);
    },
    async putParts(id, parts) {
      const tx = db.transaction('parts', 'readwrite');
      for (const [path, text] of parts) void tx.store.put(text, [id, path]);
      await tx.done;
    },
    async readPart(id, path) {
      const text = await db.get('parts', [id, path]);
      if (text === undefined) throw new Error(`imported source ${id}: part ${path} missing`);
      return text;
    },
    async remove(id) {
      const tx = db.transaction(['sources', 'parts'], 'readwrite');
      void tx.objectStore('sources').delete(id);
      void tx.objectStore('parts').delete(partsOf(id));
      await tx.done;
    },
    close: () => db.close(),
  };
}
