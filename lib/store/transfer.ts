// The options page's "export / import my archive" across the message seam. The store lives in the
// background; the zip crosses as base64 text (messages are JSON), so one message carries at most
// TRANSFER_LIMIT characters: Chrome refuses messages over 64 MiB, and base64 costs 4/3, so an
// export is one zip of at most 24 MiB (archive files zip only ~1.56×, measured on the 1,669 files of
// the shared corpus: about 37 MB of captures); over it, a clear error and nothing written. Import
// has no such limit: the page unzips and parses the files itself (cheerio stays out of the
// background) and sends the captures in as many messages as needed, each under the limit.
import type { ParseArchiveFile } from './zip';
import { exportZip, importCaptures, readZip } from './zip';
import type { CaptureStore } from './types';
import type { ExportedZip, ImportOutcome, TransferredCapture } from './status';

/** What one export or import message may carry: characters of base64 zip, or UTF-8 bytes of the captures' JSON. */
export const TRANSFER_LIMIT = 32 * 1024 * 1024;

export type { ExportedZip, ImportOutcome } from './status';

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

export class TooLargeError extends Error {
  constructor(what: 'export' | 'import', chars: number, limit: number) {
    super(`the ${what} needs ${mb(chars)} MB in one message, over the ${mb(limit)} MB a message can carry; ${what === 'export' ? 'forget some visits, or lower the size cap, and export again' : 'this capture is too large to import'}`);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** `rfi-lens-archive-2025-11-30.zip` */
export const exportName = (now: number) => `rfi-lens-archive-${new Date(now).toISOString().slice(0, 10)}.zip`;

/** The background's two handlers. */
export function storeTransfer(getStore: () => Promise<CaptureStore>, now: () => number = Date.now, limit = TRANSFER_LIMIT) {
  return {
    async storeExport(): Promise<ExportedZip> {
      const captures = await (await getStore()).all();
      const base64 = toBase64(exportZip(captures, now()));
      if (base64.length > limit) throw new TooLargeError('export', base64.length, limit);
      return { fileName: exportName(now()), base64, captures: captures.length };
    },
    async storeImport({ captures }: { captures: TransferredCapture[] }): Promise<ImportOutcome> {
      if (!Array.isArray(captures)) throw new Error('storeImport: no captures');
      const store = await getStore();
      const errors: string[] = [];
      let stored = 0;
      let skipped = 0;
      // One at a time, so one refused capture (bad data) is named and the rest still go in.
      for (const c of captures) {
        try {
          const r = await importCaptures(store, [c]);
          stored += r.stored;
          skipped += r.skipped;
        } catch (error) {
          errors.push(`${String(c?.capture?.article?.url ?? '?')}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return { stored, skipped, errors };
    },
  };
}

/** The page's half of an import: zip bytes → the captures in messages of at most `limit` characters each, oldest first. */
export async function prepareImport(bytes: Uint8Array, parse: ParseArchiveFile, limit = TRANSFER_LIMIT): Promise<{ batches: TransferredCapture[][]; errors: string[] }> {
  const read = await readZip(bytes, parse);
  const errors = [...read.errors];
  const batches: TransferredCapture[][] = [];
  let batch: TransferredCapture[] = [];
  // Sizes in UTF-8 bytes (what the browser measures: Chinese text is 3 bytes a character), with
  // room for the message's envelope.
  const utf8 = new TextEncoder();
  const ENVELOPE = 64;
  let chars = ENVELOPE;
  for (const c of read.captures) {
    const size = utf8.encode(JSON.stringify(c)).length + 1;
    if (size + ENVELOPE > limit) {
      errors.push(`${c.capture.article.url}: ${new TooLargeError('import', size, limit).message}`);
      continue;
    }
    if (chars + size > limit) {
      batches.push(batch);
      batch = [];
      chars = ENVELOPE;
    }
    batch.push(c);
    chars += size;
  }
  if (batch.length > 0) batches.push(batch);
  return { batches, errors };
}
