import { describe, expect, it } from 'vitest';
import { indexArticles } from '../../../lib/archive/compile';
import { findMatch } from '../../../lib/match/find-match';
import { urlKey } from '../../../lib/match/url-key';
import type { ArchivedArticle, Article, CorpusIndex } from '../../../lib/types';

function article(url: string, over: Partial<ArchivedArticle> = {}): ArchivedArticle {
  return {
    url, title: 't', column: null, lead: null, paragraphs: [], authors: [], published: null, modified: null,
    section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
    archivedAt: 1, displayedAt: null, rawTitle: 't', source: 'x.txt', ...over,
  };
}

function index(articles: ArchivedArticle[]): CorpusIndex {
  return indexArticles(articles, { builtAt: '', urlKey }).index;
}

const live = (url: string): Article => article(url);

describe('findMatch', () => {
  const corpus = index([
    article('http://www.rfi.fr//cn/中国/20200701-a', { archivedAt: 100, title: 'A old', source: 'a1' }),
    article('http://www.rfi.fr//cn/中国/20200701-a', { archivedAt: 300, title: 'A new', source: 'a2' }),
    article('http://www.rfi.fr//cn/中国/20200702-b', { archivedAt: 200, title: 'B', source: 'b' }),
  ]);

  it('matches the page URL in any written form, newest capture first', () => {
    const m = findMatch(live('https://www.rfi.fr/cn/中国/20200701-a'), 'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20200701-a?x=1', corpus);
    expect(m).toMatchObject({ method: 'url', confidence: 1, archivedAt: 300, title: 'A new', index: 2 });
    expect(m?.versions?.map((v) => v.source)).toEqual(['a1', 'a2']);
  });

  it('compares with the version the reader asked for, and the newest when it is not one of them', () => {
    const url = 'https://www.rfi.fr/cn/中国/20200701-a';
    expect(findMatch(live(url), url, corpus, 'a1')).toMatchObject({ archivedAt: 100, title: 'A old' });
    expect(findMatch(live(url), url, corpus, 'b')).toMatchObject({ archivedAt: 300, title: 'A new' });
  });

  it('falls back to the canonical URL when the address bar differs', () => {
    const m = findMatch(live('https://www.rfi.fr/cn/中国/20200702-b'), 'https://amp.rfi.fr/cn/x', corpus);
    expect(m).toMatchObject({ method: 'canonical', title: 'B', index: 1 });
  });

  it('returns null for an article the corpus does not hold', () => {
    expect(findMatch(live('https://www.rfi.fr/cn/中国/20200703-c'), 'https://www.rfi.fr/cn/中国/20200703-c', corpus)).toBeNull();
  });
});
