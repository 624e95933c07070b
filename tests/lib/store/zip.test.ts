import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { parseArchiveFile } from '@/lib/archive/parse-file';
import { makeCapture, openStore, type CaptureSource } from '@/lib/store';
import { archiveFileOf } from '@/lib/store/archive-file';
import { exportZip, importCaptures, readZip } from '@/lib/store/zip';
import { testArticle } from '../../support/article';

let n = 0;
const fresh = () => openStore({ factory: indexedDB, name: `zip-test-${++n}` });
const URL_A = 'https://www.rfi.fr/cn/中国/20251130-甲';
const URL_B = 'https://www.rfi.fr/fr/france/20251201-b';
/** Capture times are real instants: the archive parser refuses times before 1995 (issue 12). */
const T = Date.UTC(2025, 10, 30, 10);

async function filled() {
  const store = await fresh();
  const add = async (url: string, texts: string[], at: number, source: CaptureSource, over = {}) =>
    store.addCapture(await makeCapture(testArticle(texts, { url, title: '题', modified: '2025-11-30T10:00:00.000Z', contentId: 'WBMZ1-RFI-CN-20251130', ...over }), { source, capturedAt: at, readUrl: `${url}?from=home` }));
  await add(URL_A, ['一'], T + 1000, 'visit');
  await add(URL_A, ['一', '二'], T + 2000, 'watch');
  await add(URL_B, ['Un paragraphe.'], T + 3000, 'feed', { lead: 'Le chapô.', authors: ['A. B.'] });
  // Same capture time and hash prefix collisions are kept apart by their file names.
  await add(URL_B, ['Un paragraphe modifié.'], T + 3000, 'visit');
  return store;
}

/** The captures without the store's own numbering. */
const comparable = async (store: Awaited<ReturnType<typeof fresh>>) => (await store.all()).map(({ id: _id, ...rest }) => rest);

it('exports the whole store as a zip of archive files and imports it back, nothing lost', async () => {
  const source = await filled();
  const bytes = exportZip(await source.all(), 5000);
  const read = await readZip(bytes);
  expect(read.errors).toEqual([]);
  const target = await fresh();
  expect(await importCaptures(target, read.captures)).toMatchObject({ stored: 4, skipped: 0 });
  expect(await comparable(target)).toEqual(await comparable(source));
  expect(await target.usage()).toEqual(await source.usage());
  // Importing again adds nothing.
  expect(await importCaptures(target, read.captures)).toMatchObject({ stored: 0, skipped: 4 });
  source.close();
  target.close();
});

it('every file in the zip is an archive file the build reads', async () => {
  const source = await filled();
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(exportZip(await source.all(), 5000));
  const names = Object.keys(files).filter((f) => f.endsWith('.txt'));
  expect(names).toHaveLength(4);
  expect(new Set(names).size).toBe(4);
  for (const name of names) expect(parseArchiveFile(strFromU8(files[name]!), name).ok).toBe(true);
  source.close();
});

it('reads archive files without a manifest as imports, and reports what it cannot read', async () => {
  const c = await makeCapture(testArticle(['段落'], { url: URL_A, title: '题' }), { source: 'visit', capturedAt: T + 1000, readUrl: URL_A });
  const bytes = zipSync({ 'a.txt': strToU8(archiveFileOf(c.article)), 'bad.txt': strToU8('not an archive file\n'), 'notes.pdf': strToU8('x') });
  const read = await readZip(bytes, parseArchiveFile);
  expect(read.captures.map((x) => x.capture.source)).toEqual(['import']);
  expect(read.captures[0]!.capture.hash).toBe(c.hash);
  expect(read.errors).toEqual(['bad.txt:1: expected `<!--epoch ms-->` timestamp line']);
  expect((await readZip(strToU8('not a zip'))).errors[0]).toMatch(/^zip: /);
  const noParser = await readZip(bytes);
  expect(noParser.captures).toEqual([]);
  expect(noParser.errors).toHaveLength(2);
});
