// The reader's own-archive settings, in browser.storage.local (the `storage` permission) as typed
// WXT storage items: read by the background, written from the sidebar now and the options page
// later. Items are made on first use: nothing runs when WXT imports this file at build time.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CAP_BYTES } from '@/lib/store';

function items() {
  return {
    /** Store each article visit in the reader's store (on by default, said plainly the first time). */
    visitsOn: storage.defineItem<boolean>('local:ownArchive.visitsOn', { fallback: true }),
    /** The first-time sentence about stored visits has been shown. */
    visitsNoticeShown: storage.defineItem<boolean>('local:ownArchive.visitsNoticeShown', { fallback: false }),
    /** The store's size cap in bytes (default 200 MB); the options page may change it. */
    capBytes: storage.defineItem<number>('local:ownArchive.capBytes', { fallback: DEFAULT_CAP_BYTES }),
    /** Captures the size cap removed while no page was there to say so (a watched or followed read): said on the next visit. */
    evictedUnsaid: storage.defineItem<number>('local:ownArchive.evictedUnsaid', { fallback: 0 }),
  };
}

let made: ReturnType<typeof items> | null = null;

/** The settings items (the lead wires the options page to the same items). */
export function ownArchiveSettings(): ReturnType<typeof items> {
  return (made ??= items());
}
