// The fast lookup equals the straightforward one (tests/lib/corpus/straightforward.ts) over the whole
// of ../shared/corpus, bundled, imported (the same files through lib/imports into fake-indexeddb)
// and both: the pages of every 25th capture (the straightforward lookup scores every capture of three
// days: slow), cold, then again with every part kept.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { compileCorpus } from '../../../lib/archive/compile';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { BACKGROUND_CACHE, cachedPartSource } from '../../../lib/corpus/cache';
import { partFiles, partitionIndex } from '../../../lib/corpus/partition';
import { bundledSource, type CandidateSource } from '../../../lib/corpus/sources';
import { openImportsBackend } from '../../../lib/imports/idb';
import { runImport } from '../../../lib/imports/run';
import { importedSources } from '../../../lib/imports/source';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle } from '../../../lib/types';
import { describeShared, sharedPath } from '../../support/shared';
import { asFormat3, compareLookups, pagesFrom, uncached, type SourceSet } from './straightforward';

describeShared('the fast lookup equals the straightforward one over ../shared/corpus', () => {
  let bundledRead: (path: string) => Promise<string>;
  let importedRead: (path: string) => Promise<string>;
  let imported: CandidateSource;
  let captures: ArchivedArticle[];
  beforeAll(async () => {
    const dir = sharedPath('corpus', 'archive');
    const { index } = compileCorpus(readCorpusDir(dir), { builtAt: 'T', urlKey });
    const parts = partFiles(partitionIndex(index));
    bundledRead = async (path) => parts.get(path) ?? Promise.reject(new Error(`missing ${path}`));
    const backend = await openImportsBackend(indexedDB, 'lookup-equal-corpus');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => ({ name: resolve(e.parentPath, e.name).slice(dir.length + 1), read: () => new Uint8Array(readFileSync(resolve(e.parentPath, e.name))) }));
    await runImport(backend, files, { id: 'imp-equal', name: 'corpus', now: () => 1_700_000_000_000 });
    importedRead = (path) => backend.readPart('imp-equal', path);
    imported = importedSources(async () => backend, { subscribe: () => undefined });
    captures = index.articles.filter((a, i) => i % 25 === 0 && a.paragraphs.length > 0);
  }, 300_000);

  it('on every page, over the bundled corpus, the import, and both, cold and warm', async () => {
    const bundled = bundledSource(cachedPartSource(bundledRead, BACKGROUND_CACHE));
    // Format 3 (no sketches: an import made before format 4) beside format 4.
    const importedV3 = bundledSource(cachedPartSource(asFormat3(importedRead), BACKGROUND_CACHE));
    const sets: SourceSet[] = [
      ['bundled', [bundled], [uncached(bundledRead)]],
      ['both', [bundled, imported], [uncached(bundledRead), uncached(importedRead)]],
      ['both, the import in format 3', [bundled, importedV3], [uncached(bundledRead), uncached(importedRead)]],
    ];
    const pages = pagesFrom(captures);
    const { differ, matched } = await compareLookups(sets, pages);
    expect(differ).toEqual([]);
    expect(pages.length).toBeGreaterThan(300);
    expect(matched).toBeGreaterThan(pages.length * 2);
  }, 1_200_000);
});
