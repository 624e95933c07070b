// The key filter (lib/corpus/key-filter.ts) never says no to a key that went in, says yes to few
// that did not, and a lookup through it reads no key bucket for a URL the corpus does not hold.
import { describe, expect, it } from 'vitest';
import { dayKeyEntry, filterFile, KeyFilter, urlEntry } from '../../../lib/corpus/key-filter';
import { cachedPartSource } from '../../../lib/corpus/cache';
import { indexForPage } from '../../../lib/corpus/lookup';
import { partFiles, partitionIndex } from '../../../lib/corpus/partition';
import { compileCorpus } from '../../../lib/archive/compile';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { urlKey } from '../../../lib/match/url-key';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../support/shared';

describe('key filter', () => {
  it('holds every entry put in, and few others', () => {
    const captures = 20_000;
    const entries = Array.from({ length: captures }, (_, i) => [urlEntry(`rfi.fr/cn/${i}`), dayKeyEntry('s', `2021${String(i % 1000).padStart(4, '0')}`, i * 7919), dayKeyEntry('t', '20210101', i)]).flat();
    const filter = new KeyFilter(filterFile(entries, captures));
    expect(entries.every((e) => filter.has(e))).toBe(true);
    const others = Array.from({ length: 20_000 }, (_, i) => urlEntry(`rfi.fr/fr/${i}`));
    const yes = others.filter((e) => filter.has(e)).length;
    expect(yes / others.length).toBeLessThan(0.03);
    expect(new KeyFilter(filterFile([], 0)).has(urlEntry('x'))).toBe(false);
  });

  it('spares a lookup the key bucket of a URL the corpus does not hold', async () => {
    const dirs = ['seeds', 'tests/fixtures/revisions'].map((d) => resolve(REPO_ROOT, d));
    const { index } = compileCorpus(dirs.flatMap((d) => readCorpusDir(d)), { builtAt: 'T', urlKey });
    const files = partFiles(partitionIndex(index));
    const reads: string[] = [];
    const source = cachedPartSource(async (path) => {
      reads.push(path);
      return files.get(path) ?? Promise.reject(new Error(`missing ${path}`));
    });
    const a = index.articles[0]!;
    const url = a.url.replace(/\/(\d{8})-[^/]*$/, '/$1-not-in-the-corpus');
    await indexForPage({ ...a, url, published: a.displayedAt }, url, source);
    expect(reads.filter((r) => r.startsWith('corpus/keys/') && r.endsWith('.json'))).toEqual([]);
    reads.length = 0;
    await indexForPage({ ...a, published: a.displayedAt }, a.url, source);
    expect(reads.filter((r) => r.startsWith('corpus/keys/') && r.endsWith('.json'))).toHaveLength(1);
  });
});
