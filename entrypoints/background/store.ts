// The reader's store, opened once per background start (service worker or background page): the
// same IndexedDB database every time, so nothing is lost when the worker or the browser restarts.
// A failed open is retried on the next call and its error passed on (the reader is told).
import { openStore, type CaptureStore } from '@/lib/store';
import { ownArchiveSettings } from './settings';

let opened: Promise<CaptureStore> | null = null;

export function getStore(): Promise<CaptureStore> {
  opened ??= (async () => openStore({ factory: indexedDB, capBytes: await ownArchiveSettings().capBytes.getValue() }))().catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}
