// A removed import stops being consulted at once: the background keeps each source's parts (and what
// lookups derive from them) between lookups, and the options page's word that the list changed must
// drop them before the very next lookup, without reading the removed source again.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { indexFromSources } from '@/lib/corpus/sources';
import { openImportsBackend } from '@/lib/imports/idb';
import { runImport } from '@/lib/imports/run';
import { importedSources } from '@/lib/imports/source';
import type { ImportFile, ImportsBackend } from '@/lib/imports/types';
import { findMatch } from '@/lib/match/find-match';
import type { Article } from '@/lib/types';
import { REPO_ROOT } from '../../support/shared';

const dir = resolve(REPO_ROOT, 'tests/fixtures/imports/folder');
const FILES: ImportFile[] = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => ({ name: resolve(e.parentPath, e.name).slice(dir.length + 1), read: () => new Uint8Array(readFileSync(resolve(e.parentPath, e.name))) }));
const PAGE = JSON.parse(readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.expected.json'), 'utf8')) as { pageUrl: string; article: Article };

it('a removed import is not consulted by the next lookup once the options page says so, its kept parts dropped', async () => {
  const db = await openImportsBackend(indexedDB, 'source-removal');
  await runImport(db, FILES, { id: 'imp-gone', name: 'folder', now: () => 1_700_000_000_000 });
  const reads: string[] = [];
  const backend: ImportsBackend = { ...db, readPart: (id, path) => (reads.push(id), db.readPart(id, path)) };
  let changed = () => undefined as void;
  const source = importedSources(async () => backend, { subscribe: (f) => (changed = f), now: () => 0 });
  const match = async () => findMatch(PAGE.article, PAGE.pageUrl, await indexFromSources([source], { ...PAGE.article }, PAGE.pageUrl, (_, e) => { throw e; }));
  expect((await match())?.versions.map((v) => v.origin)).toEqual(['import']);
  expect((await match())?.versions.map((v) => v.origin)).toEqual(['import']); // from the kept parts
  await db.remove('imp-gone');
  changed();
  reads.length = 0;
  expect(await match()).toBeNull();
  expect(reads).toEqual([]);
  // Imported again under the same id: read afresh, not from what was kept of the removed one.
  await runImport(db, FILES, { id: 'imp-gone', name: 'folder', now: () => 1_700_000_000_000 });
  changed();
  expect((await match())?.versions.map((v) => v.origin)).toEqual(['import']);
  expect(reads.length).toBeGreaterThan(0);
});
