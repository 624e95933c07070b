// Flip-flop guard: the live text equal to a version captured before the compared one is reported
// as "same as the version of <date>", not as edits back and forth. Hand-made versions (every
// revision case of the shared corpus: flip-flop.corpus.test.ts).
import { expect, it, describe } from 'vitest';
import { toInspectJson } from '../../../cli/json-view';
import { indexArticles } from '../../../lib/archive/compile';
import { summaryLine } from '../../../lib/diff/summary-line';
import { textKey } from '../../../lib/diff/flip-flop';
import { urlKey } from '../../../lib/match/url-key';
import { buildReport } from '../../../lib/report';
import type { ArchivedArticle, Article } from '../../../lib/types';
import { testArticle } from '../../support/article';
import { english } from '../../support/i18n';

const URL = 'https://www.rfi.fr/cn/中国/20230302-测试';
const A = ['第一段说10分钟。', '第二段没有变。'];
const B = ['第一段说15分钟。', '第二段没有变。'];

function capture(paragraphs: string[], at: string, source: string, title = '标题'): ArchivedArticle {
  return { ...testArticle(paragraphs, { url: URL, title }), archivedAt: Date.parse(at), displayedAt: null, rawTitle: title, source };
}

const v1 = capture(A, '2023-03-02T10:00:00Z', 'v1.txt');
const v2 = capture(B, '2023-03-02T12:00:00Z', 'v2.txt');
const index = indexArticles([v1, v2], { builtAt: '', urlKey }).index;
const report = (live: Article, version?: string) => buildReport({ value: live, warnings: [] }, URL, index, version);

describe('flip-flop guard', () => {
  it('names the earlier version when the live text is its text again', () => {
    const r = report(testArticle(A, { url: URL, title: '标题' }));
    expect(r.archived?.source).toBe('v2.txt');
    expect(r.changes?.sameAsEarlier?.source).toBe('v1.txt');
    expect(summaryLine(r.changes!, english)).toBe('Same as the version of Mar 2, 2023, 11:00 (Paris time)');
    const json = JSON.parse(JSON.stringify(toInspectJson(r)));
    expect(json.changes.sameAsEarlier).toEqual({ source: 'v1.txt', archivedAt: '2023-03-02T10:00:00.000Z', title: '标题', url: URL });
  });

  it('ignores typographic noise (white space, width, quotes) as the comparison does', () => {
    const r = report(testArticle(['第一段说１０分钟。 ', '第二段没有变。', '广告'], { url: URL, title: ' 标题' }));
    expect(r.changes?.sameAsEarlier?.source).toBe('v1.txt');
  });

  it('says nothing when the live text is neither version, or the compared one', () => {
    expect(report(testArticle(['第一段说20分钟。', '第二段没有变。'], { url: URL, title: '标题' })).changes?.sameAsEarlier).toBeNull();
    expect(report(testArticle(B, { url: URL, title: '标题' })).changes?.sameAsEarlier).toBeNull();
    // A different headline is a text change: not the same text as v1.
    expect(report(testArticle(A, { url: URL, title: '新标题' })).changes?.sameAsEarlier).toBeNull();
  });

  it('looks only at versions captured before the compared one', () => {
    // The reader compares with v1; the live text is v2's: that is the newer version, not a flip-flop.
    expect(report(testArticle(B, { url: URL, title: '标题' }), 'v1.txt').changes?.sameAsEarlier).toBeNull();
  });

  it('text keys differ on a figure', () => {
    expect(textKey(testArticle(A))).not.toBe(textKey(testArticle(B)));
  });
});
