// The reader's own store as the options page opens it (it shares the background's IndexedDB, same
// extension origin): for the size cap at once, and for an export or import (transfer.ts, loaded on
// the reader's click).
import { openStore, type CaptureStore } from '@/lib/store';
import { ownArchiveSettings } from '../background/settings';

/** Bytes in a MB as the size cap counts them (its default is 200 × this). */
export const MB = 1024 * 1024;

/** The store, opened for one export or import with the reader's size cap, closed after it. */
export async function withStore<T>(run: (store: CaptureStore) => Promise<T>): Promise<T> {
  const store = await openStore({ factory: indexedDB, capBytes: await ownArchiveSettings().capBytes.getValue() });
  try {
    return await run(store);
  } finally {
    store.close();
  }
}

/** A new size cap: saved (the background follows it) and applied to the store; how many captures it removed. */
export async function setCap(bytes: number): Promise<number> {
  await ownArchiveSettings().capBytes.setValue(bytes);
  return (await withStore((store) => store.setCap(bytes))).length;
}
