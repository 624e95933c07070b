// The reader's store, opened once per background start (service worker or background page): the
// same IndexedDB database every time, so nothing is lost when the worker or the browser restarts.
// A failed open is retried on the next call and its error passed on (the reader is told). The
// size cap follows the setting (the options page may change it while the store is open).
import { openStore, type CaptureStore } from '@/lib/store';
import { ownArchiveSettings } from './settings';

let opened: Promise<CaptureStore> | null = null;

async function open(): Promise<CaptureStore> {
  const cap = ownArchiveSettings().capBytes;
  const store = await openStore({ factory: indexedDB, capBytes: await cap.getValue() });
  cap.watch((bytes) => {
    void store.setCap(bytes).then(
      (evicted) => evicted.length > 0 && console.info('[RFI Lens] the new size cap removed', evicted.length, 'old captures'),
      (error: unknown) => console.warn('[RFI Lens]', error),
    );
  });
  return store;
}

export function getStore(): Promise<CaptureStore> {
  opened ??= open().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}
