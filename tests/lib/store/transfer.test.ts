// The options page's export / import over the store itself (it shares the background's IndexedDB):
// the streamed zip read back whole, an import cut short and finished by importing again, and each
// refused file or capture named. A store larger than any one message could carry (the 24 MiB zip
// the message path was capped at) is transfer.stress.test.ts, apart from the inner loop.
import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { openStore, type CaptureStore } from '@/lib/store';
import { archiveFileOf } from '@/lib/store/archive-file';
import { exportName, importZip } from '@/lib/store/transfer';
import { exportZip, MANIFEST_NAME } from '@/lib/store/zip';
import { capture, fresh, freshName, streamed, T } from '../../support/store-transfer';

const comparable = async (store: CaptureStore) => (await store.all()).map(({ id: _id, ...rest }) => rest);

describe('export and import over the store', () => {
  it('the streamed zip holds the same files and manifest as the one-piece export, and imports back whole', async () => {
    const source = await fresh();
    await source.addCapture(await capture(['一'], T));
    await source.addCapture(await capture(['一', '二'], T + 1000));
    await source.addCapture(await capture(['三'], T + 2000, 'https://www.rfi.fr/cn/中国/20251130-乙'));
    const out = await streamed(source, 2);
    expect(out.captures).toBe(3);
    const files = unzipSync(out.bytes);
    const whole = unzipSync(exportZip(await source.all(), T + 5000));
    expect(Object.keys(files).sort()).toEqual(Object.keys(whole).sort());
    for (const name of Object.keys(whole)) expect(files[name], name).toEqual(whole[name]);
    const target = await fresh();
    expect(await importZip(target, out.bytes, parseArchiveFile)).toEqual({ stored: 3, skipped: 0, evicted: 0, errors: [], read: 3 });
    expect(await comparable(target)).toEqual(await comparable(source));
    expect(await importZip(target, out.bytes, parseArchiveFile)).toMatchObject({ stored: 0, skipped: 3 });
    expect(exportName(T)).toBe('rfi-lens-archive-2025-11-30.zip');
    source.close();
    target.close();
  });

  it('an import cut short leaves the store whole, and the same zip imported again finishes it', async () => {
    const source = await fresh();
    for (let i = 0; i < 6; i++) await source.addCapture(await capture([`段落${i}`], T + i * 1000, `https://www.rfi.fr/cn/中国/20251130-篇${i}`));
    const { bytes } = await streamed(source);
    const name = freshName();
    const first = await openStore({ factory: indexedDB, name });
    // The page closes (or the browser quits) after three captures: the store connection goes away mid-import.
    let adds = 0;
    const cut: CaptureStore = {
      ...first,
      addCapture: async (c, o) => {
        if (++adds > 3) first.close();
        return first.addCapture(c, o);
      },
    };
    const partial = await importZip(cut, bytes, parseArchiveFile);
    expect(partial.stored).toBe(3);
    expect(partial.errors.length).toBeGreaterThan(0);
    const again = await openStore({ factory: indexedDB, name });
    expect((await again.all()).map((c) => c.capturedAt)).toEqual([0, 1, 2].map((i) => T + i * 1000));
    expect(await again.usage()).toMatchObject({ captures: 3 });
    expect(await importZip(again, bytes, parseArchiveFile)).toEqual({ stored: 3, skipped: 3, evicted: 0, errors: [], read: 6 });
    expect(await comparable(again)).toEqual(await comparable(source));
    expect(await again.usage()).toEqual(await source.usage());
    source.close();
    again.close();
  });

  it('imports a hand-made zip of archive files and names each file it rejects with its line', async () => {
    const c = await capture(['段落'], T);
    const bytes = zipSync({ 'a.txt': strToU8(archiveFileOf(c.article)), 'bad.txt': strToU8('not an archive file\n') });
    const target = await fresh();
    expect(await importZip(target, bytes, parseArchiveFile)).toEqual({ stored: 1, skipped: 0, evicted: 0, read: 1, errors: ['bad.txt:1: expected `<!--epoch ms-->` timestamp line'] });
    expect((await target.all())[0]).toMatchObject({ source: 'import', hash: c.hash });
    target.close();
  });

  it('names a capture the store refuses and still stores the others; says how many the size cap removed', async () => {
    const good = await capture(['好'], T + 10);
    const bad = { ...good, article: { ...good.article, url: 'https://www.rfi.fr/cn/bad', source: 'visit/x', paragraphs: null } };
    const manifest = { format: 'rfi-lens-captures/1', exportedAt: new Date(T).toISOString(), captures: [{ file: 'b.txt', articleKey: 'b', capture: bad }, { file: 'g.txt', articleKey: 'g', capture: good }] };
    const target = await fresh();
    const r = await importZip(target, zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify(manifest)) }), parseArchiveFile);
    expect(r).toMatchObject({ stored: 1, read: 2 });
    expect(r.errors).toEqual([expect.stringMatching(/^https:\/\/www\.rfi\.fr\/cn\/bad: /)]);
    // A cap that holds one capture: the older of the reader's own goes to make room for the next.
    const small = await fresh(good.article.paragraphs[0]!.text.length + 1500);
    const two = zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify({ ...manifest, captures: [manifest.captures[1], { file: 'h.txt', articleKey: 'h', capture: await capture(['新'], T + 20, 'https://www.rfi.fr/cn/中国/20251130-丙') }] })) });
    expect(await importZip(small, two, parseArchiveFile)).toMatchObject({ stored: 2, evicted: 1 });
    target.close();
    small.close();
  });
});
