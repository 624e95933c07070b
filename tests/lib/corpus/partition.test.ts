// The partitioned corpus: every capture in one day file, every URL key in its bucket, and a lookup
// reads only the parts it needs (over the whole of ../shared/corpus: partition.corpus.test.ts).
import { describe, expect, it } from 'vitest';
import { indexArticles } from '../../../lib/archive/compile';
import { DayFile, DayTexts } from '../../../lib/corpus/day-file';
import { indexForPage } from '../../../lib/corpus/lookup';
import { bucketOf, partitionIndex } from '../../../lib/corpus/partition';
import { findMatch } from '../../../lib/match/find-match';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle } from '../../../lib/types';
import { packaged } from './packaged';

function article(url: string, over: Partial<ArchivedArticle> = {}): ArchivedArticle {
  return {
    url, title: 't', column: null, lead: null, paragraphs: [], authors: [], published: null, modified: null,
    section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
    archivedAt: 1, displayedAt: null, rawTitle: 't', source: 'x.txt', ...over,
  };
}

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
    expect(parts.manifest).toMatchObject({ version: 4, builtAt: 'T', articles: 4, keyBuckets: 1 });
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
