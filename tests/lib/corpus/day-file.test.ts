// A day's heads and texts files give back exactly the captures that went in (metadata, lead or none,
// every paragraph with its kind, any character in the text), and the head features headFeatures gave.
import { expect, it } from 'vitest';
import { headFeatures, identityFeatures } from '../../../lib/identity/features';
import { captureKeys } from '../../../lib/identity/same-article';
import type { ArchivedArticle } from '../../../lib/types';
import { roundTrip } from './day-file-round-trip';

function article(over: Partial<ArchivedArticle>): ArchivedArticle {
  return {
    url: 'https://www.rfi.fr/cn/中国/20200701-a', title: 't', column: null, lead: null, paragraphs: [], authors: [],
    published: null, modified: null, section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
    archivedAt: 1, displayedAt: null, rawTitle: 't', source: 'x.txt', ...over,
  };
}

it('round-trips captures with and without lead, every block kind, and line breaks in text', () => {
  const articles = [
    article({ source: 'a' }),
    article({ source: 'b', lead: '', paragraphs: [{ kind: 'p', text: '' }] }),
    article({ source: 'c', lead: '导语', paragraphs: [{ kind: 'h', text: '标题' }, { kind: 'quote', text: '引' }, { kind: 'li', text: '一' }, { kind: 'p', text: '正文' }] }),
    article({ source: 'e', url: 'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20200701-a%2Fb-%e4%b8%ad-100%' }),
    article({ source: 'f', url: 'http://www.rfi.fr//cn/%E4%B8%AD%E5%9B%BD/20200701-%E6%B3%95%E5%9B%BD' }),
    article({ source: 'd', lead: 'two\nlines', paragraphs: [{ kind: 'p', text: 'x\u0001y"\\' }], displayedAt: '2020-07-01T10:00:00.000Z' }),
  ];
  const back = roundTrip(articles);
  expect(back.map((b) => JSON.stringify(b.article))).toEqual(articles.map((a) => JSON.stringify(a)));
  expect(back.map((b) => b.features)).toEqual(articles.map((a) => ({ keys: captureKeys(headFeatures(a)), shingles: identityFeatures(a).shingles.length })));
});
