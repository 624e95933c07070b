// The whole store as a .zip, streamed: the captures are read in batches (oldest first) and each
// archive file is compressed and handed on (onChunk) before the next batch is read, so neither the
// store nor the zip is ever held whole here and no message carries it: the options page, which
// shares the background's IndexedDB, writes the chunks into a Blob itself. Same files and manifest
// as exportZip (lib/store/zip.ts), which readZip reads back. The manifest is written in a second
// pass over the same ids (fflate writes one file after another; a file cannot wait for the next).
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { archiveFileName, archiveFileOf } from './archive-file';
import type { CaptureStore, StoredCapture } from './types';
import { MANIFEST_NAME } from './zip';

/** Captures read per batch. */
export const EXPORT_BATCH = 200;

export interface StreamedExport {
  captures: number;
  bytes: number;
}

const manifestEntry = (c: StoredCapture, file: string) => {
  const { id: _id, urlKeys: _u, day: _d, bytes: _b, articleKey, ...capture } = c;
  return JSON.stringify({ file, articleKey, capture });
};

/** Writes the store's captures as a zip of archive files plus the manifest; resolves when the last chunk was handed on. */
export async function exportStoreZip(store: CaptureStore, exportedAt: number, onChunk: (chunk: Uint8Array) => void, batch = EXPORT_BATCH): Promise<StreamedExport> {
  let failed: Error | null = null;
  let bytes = 0;
  let finished!: () => void;
  const ended = new Promise<void>((resolve) => (finished = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error) failed ??= error;
    else {
      bytes += chunk.length;
      onChunk(chunk);
    }
    if (final || error) finished();
  });
  const check = () => {
    if (failed) throw failed;
  };
  const ids = await store.ids();
  const files = new Map<number, string>();
  const used = new Set<string>();
  const inBatches = async (each: (c: StoredCapture) => void) => {
    for (let i = 0; i < ids.length; i += batch) {
      // A capture forgotten meanwhile (another context) is left out from then on.
      for (const c of await store.byIds(ids.slice(i, i + batch))) each(c);
      check();
    }
  };
  await inBatches((c) => {
    let file = archiveFileName(c.article);
    for (let k = 2; used.has(file); k++) file = file.replace(/(_\d+)?\.txt$/, `_${k}.txt`);
    used.add(file);
    files.set(c.id, file);
    const entry = new ZipDeflate(file, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(archiveFileOf(c.article)), true);
  });
  const manifest = new ZipDeflate(MANIFEST_NAME, { level: 6 });
  zip.add(manifest);
  manifest.push(strToU8(`{"format":"rfi-lens-captures/1","exportedAt":${JSON.stringify(new Date(exportedAt).toISOString())},"captures":[`));
  let first = true;
  let written = 0;
  await inBatches((c) => {
    const file = files.get(c.id);
    if (file === undefined) return; // stored after the first pass: not in this export
    manifest.push(strToU8(`${first ? '' : ','}${manifestEntry(c, file)}`));
    first = false;
    written++;
  });
  manifest.push(strToU8(']}'), true);
  zip.end();
  await ended;
  check();
  return { captures: written, bytes };
}
