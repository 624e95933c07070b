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
import type { PartSource } from '../../../lib/corpus/lookup';
import { partFiles, partitionIndex } from '../../../lib/corpus/partition';
import { bundledSource, indexFromSources, type CandidateSource } from '../../../lib/corpus/sources';
import { openImportsBackend } from '../../../lib/imports/idb';
import { runImport } from '../../../lib/imports/run';
import { importedSources } from '../../../lib/imports/source';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle } from '../../../lib/types';
import { describeShared, sharedPath } from '../../support/shared';
import { pagesFrom, plainIndex, uncached, verdict } from './straightforward';

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
    const sets: [string, CandidateSource[], PartSource[]][] = [
      ['bundled', [bundled], [uncached(bundledRead)]],
      ['both', [bundled, imported], [uncached(bundledRead), uncached(importedRead)]],
    ];
    const pages = pagesFrom(captures);
    const differ: string[] = [];
    let matched = 0;
    const expected = new Map<string, ReturnType<typeof verdict>>();
    for (const pass of ['cold', 'warm']) {
      for (const [n, { kind, live, url }] of pages.entries()) {
        for (const [name, fast, plain] of sets) {
          const id = `${n} ${name}`;
          if (!expected.has(id)) expected.set(id, verdict(live, url, await plainIndex(live, url, plain)));
          const want = expected.get(id)!;
          const got = verdict(live, url, await indexFromSources(fast, live, url, (_, e) => { throw e; }));
          if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${pass} ${name} ${kind} ${url}`);
          if (want.match) matched++;
        }
      }
    }
    expect(differ).toEqual([]);
    expect(pages.length).toBeGreaterThan(300);
    expect(matched).toBeGreaterThan(pages.length * 2);
  }, 1_200_000);
});
