// The options page's "export / import my archive". The page is an extension page, of the same
// origin as the background, so it opens the same IndexedDB store itself (lib/store) and nothing
// crosses a message: no size limit but the machine's. Export streams the zip (zip-stream.ts);
// import reads the zip (archive files made by hand are parsed with the parser the page passes:
// cheerio stays out of the background) and adds the captures one by one, oldest first. Each add is
// one transaction and a capture already held is skipped, so an import cut short (the page closed,
// the browser quit) leaves the store whole, and the same zip imported again finishes it.
import type { ImportOutcome } from './status';
import type { CaptureStore } from './types';
import { importCaptures, readZip, type ParseArchiveFile } from './zip';
import { storeError } from './store';

export type { ImportOutcome } from './status';
export { exportStoreZip } from './zip-stream';

/** `rfi-lens-archive-2025-11-30.zip` */
export const exportName = (now: number) => `rfi-lens-archive-${new Date(now).toISOString().slice(0, 10)}.zip`;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Zip bytes → the store: every capture read is added unless the store holds it; each refusal named. */
export async function importZip(store: CaptureStore, bytes: Uint8Array, parse: ParseArchiveFile): Promise<ImportOutcome> {
  const read = await readZip(bytes, parse);
  const errors = [...read.errors];
  let stored = 0;
  let skipped = 0;
  let evicted = 0;
  // One at a time, so one refused capture (bad data) is named and the rest still go in.
  for (const c of read.captures) {
    try {
      const r = await importCaptures(store, [c]);
      stored += r.stored;
      skipped += r.skipped;
      evicted += r.evicted.length;
    } catch (error) {
      errors.push(`${String(c?.capture?.article?.url ?? '?')}: ${message(error)}`);
      // A full disk refuses every capture after it: said once, and the import stops.
      if (storeError(error).code === 'quota') break;
    }
  }
  return { stored, skipped, evicted, errors, read: read.captures.length };
}
