// The options page's export / import of the whole store (lib/store/transfer.ts): the background
// reads and writes the store; the page downloads the zip through a Blob link, and reads a chosen
// zip itself (archive files made by hand are parsed here with cheerio, kept out of the background).
import type { TransferResult } from '@/components/ArchiveTransfer';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { sendMessage } from '@/lib/messaging';
import { fromBase64, prepareImport } from '@/lib/store/transfer';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function exportArchive(doc: Document): Promise<TransferResult> {
  const r = await sendMessage('storeExport', {});
  if (!r.ok) return { kind: 'failed', error: r.error };
  const url = URL.createObjectURL(new Blob([fromBase64(r.value.base64)], { type: 'application/zip' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = r.value.fileName;
  a.dataset.testid = 'export-link';
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the URL is let go a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'exported', captures: r.value.captures, fileName: r.value.fileName };
}

export async function importArchive(file: File): Promise<TransferResult> {
  try {
    const { batches, errors } = await prepareImport(new Uint8Array(await file.arrayBuffer()), parseArchiveFile);
    if (batches.length === 0) return { kind: 'failed', error: file.name, errors: errors.length ? errors : [`${file.name}: no archive file in this zip`] };
    let stored = 0;
    let skipped = 0;
    // One message per batch (each under the message limit), in order: oldest captures first.
    for (const captures of batches) {
      const r = await sendMessage('storeImport', { captures });
      if (!r.ok) return { kind: 'failed', error: r.error, errors };
      stored += r.value.stored;
      skipped += r.value.skipped;
      errors.push(...r.value.errors);
    }
    return { kind: 'imported', stored, skipped, errors };
  } catch (error) {
    return { kind: 'failed', error: message(error) };
  }
}
