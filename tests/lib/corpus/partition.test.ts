// The partitioned corpus answers every lookup exactly as the whole index does: same match, same
// method and confidence, same versions, same compared capture. Over the real ../shared/corpus,
// live pages made from its captures (their own URL, a changed URL, a day-shifted one).
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../../lib/archive/corpus-dir';
import { compileCorpus, indexArticles } from '../../../lib/archive/compile';
import { cachedPartSource } from '../../../lib/corpus/cache';
import { DayFile, DayTexts } from '../../../lib/corpus/day-file';
import { indexForPage, type PartSource } from '../../../lib/corpus/lookup';
import { bucketOf, bucketPath, MANIFEST_PATH, partitionIndex, slicePath, textsPath, type Partitions } from '../../../lib/corpus/partition';
import { findMatch } from '../../../lib/match/find-match';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle, Article, CorpusIndex, Match } from '../../../lib/types';
import { describeShared, sharedPath } from '../../support/shared';

/** The parts as the package holds them: JSON text by path, read back through the cache. */
function packaged(parts: Partitions): PartSource & { reads: string[]; cachedParts(): number } {
  const files = new Map<string, string>([[MANIFEST_PATH, JSON.stringify(parts.manifest)]]);
  for (const d of parts.dayFiles) {
    files.set(slicePath(d.day), d.heads);
    files.set(textsPath(d.day), d.texts);
  }
  parts.buckets.forEach((b, n) => files.set(bucketPath(n), JSON.stringify(b)));
  const reads: string[] = [];
  const source = cachedPartSource(async (path) => {
    reads.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`missing part ${path}`);
    return text;
  });
  return Object.assign(source, { reads });
}

function article(url: string, over: Partial<ArchivedArticle> = {}): ArchivedArticle {
  return {
    url, title: 't', column: null, lead: null, paragraphs: [], authors: [], published: null, modified: null,
    section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
    archivedAt: 1, displayedAt: null, rawTitle: 't', source: 'x.txt', ...over,
  };
}

/** What a lookup is judged on. */
const outcome = (m: Match | null, index: CorpusIndex) =>
  m && { source: index.articles[m.index]!.source, method: m.method, confidence: m.confidence, versions: m.versions.map((v) => v.source) };

describe('partitions', () => {
  const whole = indexArticles(
    [
      article('http://www.rfi.fr//cn/中国/20200701-a', { archivedAt: Date.UTC(2020, 6, 1, 10), title: 'A old', source: 'a1' }),
      article('https://www.rfi.fr/cn/中国/20200703-a', { archivedAt: Date.UTC(2020, 6, 3, 10), title: 'A new', source: 'a2' }),
      article('http://www.rfi.fr//cn/中国/20200702-b', { archivedAt: Date.UTC(2020, 6, 2, 10), title: 'B', source: 'b' }),
      article('http://www.rfi.fr//cn/无日期的快讯', { archivedAt: Date.UTC(2020, 6, 9, 10), title: 'C', source: 'c' }),
    ],
    { builtAt: 'T', urlKey },
  ).index;

  it('puts every capture in exactly one day slice and every URL key in its bucket', () => {
    const parts = partitionIndex(whole);
    const sources = parts.dayFiles.flatMap((d) => {
      const file = new DayFile(d.heads);
      const texts = new DayTexts(d.texts);
      return Array.from({ length: file.size }, (_, i) => texts.article(i).source);
    });
    expect(sources.sort()).toEqual(['a1', 'a2', 'b', 'c']);
    expect(parts.manifest).toMatchObject({ version: 3, builtAt: 'T', articles: 4, keyBuckets: 1 });
    for (const [key] of Object.entries(whole.byUrl)) expect(parts.buckets[bucketOf(key, 1)]![key]!.length).toBeGreaterThan(0);
  });

  it('reads only the days a page needs, and a date-less URL through its key bucket', async () => {
    const parts = partitionIndex(whole);
    const source = packaged(parts);
    const url = 'https://www.rfi.fr/cn/无日期的快讯';
    const index = await indexForPage(article(url), url, source);
    expect(findMatch(article(url), url, index)).toMatchObject({ method: 'url', title: 'C' });
    expect(index.articles.map((a) => a.source)).toEqual(['c']);
    expect(source.reads.filter((r) => r.includes('/days/'))).toHaveLength(1);
  });
});

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
    const days = source.reads.filter((r) => r.includes('/days/'));
    expect(days).toEqual(expect.arrayContaining(['corpus/days/20220612.txt', 'corpus/days/20220613.txt']));
    expect(days.length).toBeLessThanOrEqual(4);
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
