// The options page's export / import through the background: the handlers on a real (fake-indexeddb)
// store, the base64 crossing, the size limit, and who may send them.
import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { senderAllowed, type Envelope } from '@/lib/protocol';
import { makeCapture, openStore } from '@/lib/store';
import { archiveFileOf } from '@/lib/store/archive-file';
import { fromBase64, prepareImport, storeTransfer, toBase64, TRANSFER_LIMIT } from '@/lib/store/transfer';
import { testArticle } from '../../support/article';

let n = 0;
const fresh = () => openStore({ factory: indexedDB, name: `transfer-test-${++n}` });
const URL_A = 'https://www.rfi.fr/cn/中国/20251130-甲';
const T = Date.UTC(2025, 10, 30, 10);
const capture = (texts: string[], at: number) => makeCapture(testArticle(texts, { url: URL_A, title: '题' }), { source: 'visit', capturedAt: at, readUrl: URL_A });
const comparable = async (store: Awaited<ReturnType<typeof fresh>>) => (await store.all()).map(({ id: _id, ...rest }) => rest);

describe('storeExport / storeImport', () => {
  it('round-trips the whole store through base64 and the page-side reader, nothing lost', async () => {
    const source = await fresh();
    await source.addCapture(await capture(['一'], T));
    await source.addCapture(await capture(['一', '二'], T + 1000));
    const out = await storeTransfer(async () => source, () => T + 5000).storeExport();
    expect(out).toMatchObject({ fileName: 'rfi-lens-archive-2025-11-30.zip', captures: 2 });
    expect(out.base64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // What the page does with a chosen file: read it, send the captures as JSON.
    const read = await prepareImport(fromBase64(out.base64), parseArchiveFile);
    expect(read.batches).toHaveLength(1);
    const target = await fresh();
    const request = JSON.parse(JSON.stringify({ captures: read.batches[0]! })) as { captures: NonNullable<(typeof read.batches)[0]> };
    const imported = storeTransfer(async () => target);
    expect(await imported.storeImport(request)).toEqual({ stored: 2, skipped: 0, errors: [] });
    expect(await comparable(target)).toEqual(await comparable(source));
    expect(await imported.storeImport(request)).toEqual({ stored: 0, skipped: 2, errors: [] });
    source.close();
    target.close();
  });

  it('imports a hand-made zip of archive files and names each file it rejects with its line', async () => {
    const c = await capture(['段落'], T);
    const bytes = zipSync({ 'a.txt': strToU8(archiveFileOf(c.article)), 'bad.txt': strToU8('not an archive file\n') });
    const read = await prepareImport(bytes, parseArchiveFile);
    expect(read.errors).toEqual(['bad.txt:1: expected `<!--epoch ms-->` timestamp line']);
    const target = await fresh();
    expect(await storeTransfer(async () => target).storeImport({ captures: read.batches.flat() })).toEqual({ stored: 1, skipped: 0, errors: [] });
    expect((await target.all())[0]).toMatchObject({ source: 'import', hash: c.hash });
    target.close();
  });

  it('names a capture the store refuses and still stores the others', async () => {
    const good = await capture(['好'], T);
    const target = await fresh();
    const bad = { capture: { ...good, article: { ...good.article, url: 'https://www.rfi.fr/cn/bad', paragraphs: null } } } as never;
    const r = await storeTransfer(async () => target).storeImport({ captures: [bad, { capture: good }] });
    expect(r.stored).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^https:\/\/www\.rfi\.fr\/cn\/bad: /);
    target.close();
  });

  it('refuses, with the sizes in words, an export over the message limit', async () => {
    expect(TRANSFER_LIMIT).toBe(32 * 1024 * 1024);
    const store = await fresh();
    await store.addCapture(await capture(['一'.repeat(2000)], T));
    await expect(storeTransfer(async () => store, Date.now, 100).storeExport()).rejects.toThrow(/^the export needs 0\.\d MB in one message, over the 0\.0 MB a message can carry; forget some visits/);
    store.close();
  });

  it('splits an import into messages under the limit, in order, and names a capture too large for any', async () => {
    const source = await fresh();
    for (let i = 0; i < 5; i++) await source.addCapture(await capture([`段落${i}`.repeat(200)], T + i * 1000));
    await source.addCapture(await capture(['大'.repeat(20_000)], T + 9000));
    const bytes = fromBase64((await storeTransfer(async () => source).storeExport()).base64);
    const bytesOf = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).length;
    const one = bytesOf((await prepareImport(bytes, parseArchiveFile)).batches[0]![0]);
    const { batches, errors } = await prepareImport(bytes, parseArchiveFile, 2 * one + 80);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    for (const b of batches) expect(bytesOf({ captures: b })).toBeLessThanOrEqual(2 * one + 80);
    expect(batches.flat().map((c) => c.capture.capturedAt)).toEqual([0, 1, 2, 3, 4].map((i) => T + i * 1000));
    expect(errors).toEqual([expect.stringMatching(/^https:\/\/www\.rfi\.fr\/cn\/.*: the import needs 0\.\d MB in one message, over the 0\.0 MB a message can carry; this capture is too large to import$/)]);
    source.close();
  });

  it('base64 survives every byte value and large buffers', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('only our own pages may export or import the store, never a tab on rfi.fr', () => {
    const OWN = 'own-id';
    const ORIGIN = 'chrome-extension://own-id/';
    for (const name of ['storeExport', 'storeImport'] as const) {
      const envelope = { rfiLens: 1, name, request: {} } as unknown as Envelope;
      expect(senderAllowed(envelope, { id: OWN, url: `${ORIGIN}options.html` }, OWN, ORIGIN)).toBe(true);
      expect(senderAllowed(envelope, { id: OWN, url: 'https://www.rfi.fr/cn/a', tab: { id: 3 } }, OWN, ORIGIN)).toBe(false);
      expect(senderAllowed(envelope, { id: 'other', url: `${ORIGIN}options.html` }, OWN, ORIGIN)).toBe(false);
    }
  });
});
