// The options page's export / import of the whole store (lib/store/transfer.ts), loaded on the
// reader's click (index.tsx): the zip library and the archive parser (cheerio) it needs stay out of
// the page's first load. The page opens the store itself (archive-store.ts): the export is
// streamed into a Blob and downloaded through a link, the import read from the chosen file and
// added here, with no message and so no size limit. Archive files made by hand are parsed here
// with cheerio, kept out of the background.
import type { TransferResult } from '@/components/ArchiveTransfer';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { exportName, exportStoreZip, importZip } from '@/lib/store/transfer';
import { withStore } from './archive-store';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function exportArchive(doc: Document): Promise<TransferResult> {
  try {
    const now = Date.now();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const { captures } = await withStore((store) => exportStoreZip(store, now, (chunk) => chunks.push(chunk as Uint8Array<ArrayBuffer>)));
    const fileName = exportName(now);
    const url = URL.createObjectURL(new Blob(chunks, { type: 'application/zip' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = fileName;
    a.dataset.testid = 'export-link';
    doc.body.append(a);
    a.click();
    a.remove();
    // The download has its own copy once started; the URL is let go a minute later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { kind: 'exported', captures, fileName };
  } catch (error) {
    return { kind: 'failed', error: message(error) };
  }
}

export async function importArchive(file: File): Promise<TransferResult> {
  try {
    const outcome = await withStore(async (store) => importZip(store, new Uint8Array(await file.arrayBuffer()), parseArchiveFile));
    if (outcome.read === 0) return { kind: 'failed', error: file.name, errors: outcome.errors.length ? outcome.errors : [`${file.name}: no archive file in this zip`] };
    return { kind: 'imported', stored: outcome.stored, skipped: outcome.skipped, errors: outcome.errors, evicted: outcome.evicted };
  } catch (error) {
    return { kind: 'failed', error: message(error) };
  }
}
