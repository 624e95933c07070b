// The fast lookup (kept parts, decoded captures and their features reused, the page's containment
// in a day's captures counted at once, pruning by keys) equals the straightforward one on every
// page: the bundled corpus alone, an import alone, both; cold and again with everything kept.
// Team fixtures here; the whole of ../shared/corpus in lookup-equal.corpus.test.ts.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCorpus } from '@/lib/archive/compile';
import { readCorpusDir } from '@/lib/archive/corpus-dir';
import { BACKGROUND_CACHE, cachedPartSource } from '@/lib/corpus/cache';
import { partFiles, partitionIndex } from '@/lib/corpus/partition';
import { bundledSource, type CandidateSource } from '@/lib/corpus/sources';
import { openImportsBackend } from '@/lib/imports/idb';
import { runImport } from '@/lib/imports/run';
import { importedSources } from '@/lib/imports/source';
import type { ImportFile } from '@/lib/imports/types';
import { urlKey } from '@/lib/match/url-key';
import type { ArchivedArticle } from '@/lib/types';
import { REPO_ROOT } from '../../support/shared';
import { asFormat3, compareLookups, pagesFrom, uncached, type SourceSet } from './straightforward';

const files = (dir: string): ImportFile[] =>
  readdirSync(resolve(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name))
    .map((e) => ({ name: resolve(e.parentPath, e.name).slice(REPO_ROOT.length + 1), read: () => new Uint8Array(readFileSync(resolve(e.parentPath, e.name))) }));

describe('the fast lookup equals the straightforward one (team fixtures)', () => {
  let bundledRead: (path: string) => Promise<string>;
  let importedRead: (path: string) => Promise<string>;
  let imported: CandidateSource;
  let importedV3: CandidateSource;
  let captures: ArchivedArticle[];
  beforeAll(async () => {
    const dirs = ['seeds', 'tests/fixtures/archive', 'tests/fixtures/revisions'].map((d) => resolve(REPO_ROOT, d));
    const { index } = compileCorpus(dirs.flatMap((d) => readCorpusDir(d)), { builtAt: 'T', urlKey });
    const parts = partFiles(partitionIndex(index));
    bundledRead = async (path) => parts.get(path) ?? Promise.reject(new Error(`missing ${path}`));
    const backend = await openImportsBackend(indexedDB, 'lookup-equal');
    const summary = await runImport(backend, [...files('tests/fixtures/revisions'), ...files('tests/fixtures/imports/folder')], { id: 'imp-equal', name: 'fixtures', now: () => 1_700_000_000_000 });
    expect(summary.versions).toBeGreaterThan(3);
    importedRead = (path) => backend.readPart('imp-equal', path);
    imported = importedSources(async () => backend, { subscribe: () => undefined });
    // The same import as format 3 left it (no sketches), as a reader's IndexedDB may still hold it.
    const v3 = { ...backend, readPart: (id: string, path: string) => asFormat3((p) => backend.readPart(id, p))(path) };
    importedV3 = importedSources(async () => v3, { subscribe: () => undefined });
    captures = index.articles.filter((a) => a.paragraphs.length > 0);
  });

  it('on every page, over the bundled corpus, the import (format 4, and 3), and both, cold and warm', async () => {
    const bundled = bundledSource(cachedPartSource(bundledRead, BACKGROUND_CACHE));
    const bundledV3 = bundledSource(cachedPartSource(asFormat3(bundledRead), BACKGROUND_CACHE));
    const sets: SourceSet[] = [
      ['bundled', [bundled], [uncached(bundledRead)]],
      ['imported', [imported], [uncached(importedRead)]],
      ['imported, format 3', [importedV3], [uncached(importedRead)]],
      ['both', [bundled, imported], [uncached(bundledRead), uncached(importedRead)]],
      ['both, format 3', [bundledV3, importedV3], [uncached(bundledRead), uncached(importedRead)]],
    ];
    const pages = pagesFrom(captures);
    const { differ, matched, offered } = await compareLookups(sets, pages);
    expect(differ).toEqual([]);
    // The pages exercise every path: URL and identity matches, misses, offers.
    expect(matched).toBeGreaterThan(pages.length);
    expect(matched).toBeLessThan(pages.length * 8);
    expect(offered).toBeGreaterThan(0);
  });
});
