// What the store's export / import suites share (tests/lib/store/transfer*.test.ts): fresh stores in
// fake IndexedDB, captures of one test article, and the streamed export read back as one buffer.
import 'fake-indexeddb/auto';
import { makeCapture, openStore, type CaptureStore } from '../../lib/store';
import { exportStoreZip } from '../../lib/store/transfer';
import { testArticle } from './article';

let n = 0;
/** A database name no other test of this worker has used. */
export const freshName = () => `transfer-test-${++n}`;
export const fresh = (capBytes?: number) => openStore({ factory: indexedDB, name: freshName(), capBytes });
export const URL_A = 'https://www.rfi.fr/cn/中国/20251130-甲';
export const T = Date.UTC(2025, 10, 30, 10);
export const capture = (texts: string[], at: number, url = URL_A) =>
  makeCapture(testArticle(texts, { url, title: '题' }), { source: 'visit', capturedAt: at, readUrl: url });

/** The streamed export as one buffer, and how many chunks it came in. */
export async function streamed(store: CaptureStore, batch?: number) {
  const chunks: Uint8Array[] = [];
  const out = await exportStoreZip(store, T + 5000, (c) => chunks.push(c), batch);
  const bytes = new Uint8Array(out.bytes);
  let at = 0;
  for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
  return { ...out, bytes, chunks: chunks.length };
}
