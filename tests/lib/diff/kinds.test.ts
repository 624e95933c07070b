import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../lib/diff/compare';
import { hasCorrectionNote, silentEdit } from '../../../lib/diff/kinds';
import type { ArchivedArticle, Article } from '../../../lib/types';

const base: Article = {
  url: 'https://www.rfi.fr/cn/中国/20201006-x',
  title: '中国粮食又出事 2500万吨毒镉米入藏广东',
  column: null,
  lead: '据联合新闻网报道，中国粮食频出事。',
  paragraphs: [
    { kind: 'p', text: '据联合新闻网今天报道说，中国粮食频出事，2500万吨毒镉稻米藏广东。' },
    { kind: 'p', text: '报道说，这批稻米来自湖南，已经进入广东的粮库。' },
  ],
  authors: ['甲乙'],
  published: '2020-10-06T10:24:00.000Z',
  modified: null,
  section: '中国',
  edition: 'cn',
  language: 'zh-Hans',
  image: 'https://s.rfi.fr/media/display/11111111-1111-1111-1111-111111111111/w:1280/p:16x9/a.jpg',
  contentId: null,
};
const archived: ArchivedArticle = { ...base, archivedAt: Date.parse('2020-10-06T10:55:00Z'), displayedAt: null, rawTitle: base.title, source: 'x.md' };
const fix = (t: string) => t.replace('2500万吨', '2500吨');
const corrected: Article = { ...base, title: fix(base.title), paragraphs: base.paragraphs.map((b) => ({ ...b, text: fix(b.text) })) };

describe('change kinds', () => {
  it('lists headline and paragraphs for a corrected figure, nothing for an identical copy', () => {
    expect(compareArticles(corrected, archived).kinds).toEqual(['headline', 'paragraphs']);
    expect(compareArticles(base, archived).kinds).toEqual([]);
  });

  it('lists authors, image and dates as their own kinds', () => {
    const live: Article = {
      ...base,
      authors: ['丙丁'],
      image: 'https://s.rfi.fr/media/display/22222222-2222-2222-2222-222222222222/w:1280/p:16x9/b.jpg',
      published: '2020-10-06T12:24:00.000Z',
    };
    expect(compareArticles(live, archived).kinds).toEqual(['authors', 'image', 'dates']);
  });

  it('gives the headline its spans when it differs', () => {
    const title = compareArticles(corrected, archived).fields.find((f) => f.field === 'title')!;
    expect(title.spans?.filter((s) => s.op !== 'equal')).toEqual([{ op: 'delete', text: '万' }]);
    expect(title.rewritten).toBe(false);
  });
});

describe('silent edit', () => {
  it('flags changed text with no modified time, or one equal to published or before the capture', () => {
    expect(compareArticles(corrected, archived).silentEdit).toEqual({ reason: 'missing' });
    expect(compareArticles({ ...corrected, modified: base.published }, archived).silentEdit).toEqual({ reason: 'equals-published' });
    expect(compareArticles({ ...corrected, modified: '2020-10-06T10:40:00.000Z' }, archived).silentEdit).toEqual({ reason: 'before-capture' });
  });

  it('does not flag an edit the modified time admits, a correction note, or unchanged text', () => {
    expect(compareArticles({ ...corrected, modified: '2020-10-06T11:30:00.000Z' }, archived).silentEdit).toBeNull();
    const noted: Article = { ...corrected, paragraphs: [...corrected.paragraphs, { kind: 'p', text: '更正：本文早前版本误将2500吨写为2500万吨。' }] };
    expect(compareArticles(noted, archived).silentEdit).toBeNull();
    expect(compareArticles(base, archived).silentEdit).toBeNull();
  });

  it('recognises correction notes in Chinese, French and English', () => {
    for (const text of ['编者按：本文已更新。', 'Rectificatif : une version précédente…', "Editor's note: an earlier version…"]) {
      expect(hasCorrectionNote({ ...base, paragraphs: [{ kind: 'p', text }] })).toBe(true);
    }
    expect(hasCorrectionNote(base)).toBe(false);
    expect(silentEdit(base, ['image'], null)).toBeNull();
  });
});
