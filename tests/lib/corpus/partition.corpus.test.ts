// The partitioned corpus answers every lookup over the whole of ../shared/corpus exactly as the whole
// index does (its own vitest config, vitest.corpus.config.ts): live pages made from its captures
// (their own URL, a changed URL, a day-shifted one).
import { beforeAll, expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { compileCorpus } from '../../../lib/archive/compile';
import { indexForPage } from '../../../lib/corpus/lookup';
import { partitionIndex, type Partitions } from '../../../lib/corpus/partition';
import { findMatch } from '../../../lib/match/find-match';
import { urlKey } from '../../../lib/match/url-key';
import type { Article, CorpusIndex } from '../../../lib/types';
import { describeShared, sharedPath } from '../../support/shared';
import { outcome, packaged } from './packaged';

describeShared('partitions over ../shared/corpus', () => {
  let whole: CorpusIndex;
  let parts: Partitions;
  beforeAll(() => {
    const { index, errors } = compileCorpus(readCorpusDir(sharedPath('corpus')), { builtAt: 'T', urlKey });
    expect(errors).toEqual([]);
    whole = index;
    parts = partitionIndex(whole);
  });

  it('brings in a version filed under another day (revision case 12: 20220612 → 20220613), reading few parts', async () => {
    const source = packaged(parts);
    const v2 = whole.articles.find((a) => a.source.startsWith('revisions/12/v2__'))!;
    const small = await indexForPage(v2, v2.url, source);
    const m = findMatch(v2, v2.url, small);
    const sources = m?.versions.map((v) => v.source) ?? [];
    expect(sources).toEqual(findMatch(v2, v2.url, whole)?.versions.map((v) => v.source));
    expect(sources.filter((s) => s.startsWith('revisions/12/'))).toHaveLength(2);
    // The other version's text is read from its day; its day's heads are not needed (the group is in the match's day).
    expect(source.reads.filter((r) => r.includes('/texts/'))).toEqual(expect.arrayContaining(['corpus/texts/20220612.txt', 'corpus/texts/20220613.txt']));
    expect(source.reads.filter((r) => r.includes('/days/')).length).toBeLessThanOrEqual(4);
    expect(small.articles.length).toBeLessThan(whole.articles.length / 20);
  });

  it('answers every capture, its day-shifted and its renamed URL as the whole index does', async () => {
    const source = packaged(parts);
    const pages: { live: Article; url: string }[] = [];
    whole.articles.forEach((a, i) => {
      if (i % 3 !== 0) return;
      pages.push({ live: a, url: a.url });
      // Another address for the same article: identity matching over the neighbouring days.
      const moved = a.url.replace(/\/(\d{8})-[^/]*$/, (_, d: string) => `/${d}-renamed-${i}`);
      if (moved !== a.url) pages.push({ live: { ...a, url: moved }, url: moved });
    });
    let differ = 0;
    let matched = 0;
    for (const { live, url } of pages) {
      const small = await indexForPage(live, url, source);
      const expected = outcome(findMatch(live, url, whole), whole);
      const got = outcome(findMatch(live, url, small), small);
      if (JSON.stringify(got) !== JSON.stringify(expected)) differ++;
      if (got) matched++;
    }
    expect(pages.length).toBeGreaterThan(800);
    expect(matched).toBeGreaterThan(pages.length * 0.9);
    expect(differ).toBe(0);
    expect(source.cachedParts()).toBeLessThanOrEqual(24);
  });
});
