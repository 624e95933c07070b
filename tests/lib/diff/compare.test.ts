import { describe, expect, it } from 'vitest';
import { compareArticles, imageIdentity, instantDiffers, urlIdentity } from '../../../lib/diff/compare';
import type { Article, FieldChange } from '../../../lib/types';

const IMG = 'https://s.rfi.fr/media/display/78508614-b88b-11ed-97f9-005056a90321';
const URL_ENC =
  'https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230302-%E4%B8%AD%E5%9B%BD%E7%B2%AE%E9%A3%9F%E5%8F%88%E5%87%BA%E4%BA%8B';

function article(over: Partial<Article> = {}): Article {
  return {
    url: URL_ENC,
    title: '中国粮食又出事 2500吨毒镉米入藏广东',
    column: null,
    lead: '中国广东省阳江国家粮食储备中转库，近日被踢爆混入2500多吨镉超标稻谷。',
    paragraphs: [
      { kind: 'p', text: '据联合新闻网今天报道说，中国粮食频出事，2500吨毒镉稻米藏广东。' },
      { kind: 'h', text: '法院判决' },
      { kind: 'p', text: '根据中国法院判决书显示，在2017年至2018年期间，4名被告多次购入湖南攸县的镉超标稻谷。' },
      { kind: 'quote', text: '“我们会依法严肃处理。”' },
    ],
    authors: ['王一', 'Marie Dupont'],
    published: '2023-03-02T20:57:00.000Z',
    modified: '2023-03-03T08:00:00.000Z',
    section: '中国',
    edition: 'cn',
    language: 'zh-Hans',
    image: `${IMG}/w:1280/p:16x9/2023-03-01T133211Z_RTRMADP.JPG`,
    contentId: 'WBMZ146377-RFI-CN-20230302',
    ...over,
  };
}

const differing = (fields: FieldChange[]) => fields.filter((f) => f.differs).map((f) => f.field);

describe('compareArticles', () => {
  it('finds nothing between an article and itself', () => {
    const c = compareArticles(article(), article());
    expect(c.summary).toEqual({ unchanged: 4, changed: 0, added: 0, removed: 0 });
    expect(differing(c.fields)).toEqual([]);
    expect(c.fields.map((f) => f.field)).toEqual(['title', 'lead', 'authors', 'published', 'modified', 'section', 'image', 'url']);
  });

  it('compares blocks of every kind and counts the summary from the entries', () => {
    const live = article();
    const archived = article({
      paragraphs: live.paragraphs.map((b) => (b.kind === 'quote' ? { ...b, text: '“我们会依法处理。”' } : b)),
    });
    const c = compareArticles(live, archived);
    expect(c.summary).toEqual({ unchanged: 3, changed: 1, added: 0, removed: 0 });
    expect(c.paragraphs[3]).toMatchObject({ status: 'changed', liveIndex: 3, archivedIndex: 3 });
  });

  it('ignores the archive’s noise: image size, http and double slash, white space, suffix-free title, missing modified and authors', () => {
    const archived = article({
      url: 'http://www.rfi.fr//cn/中国/20230302-中国粮食又出事',
      title: '中国粮食又出事\u00a0 2500吨毒镉米入藏广东',
      image: `${IMG}/w:310/p:16x9/2023-03-01T133211Z_RTRMADP.JPG`,
      modified: null,
      authors: [],
      published: '2023-03-02T21:57:00+01:00',
    });
    expect(differing(compareArticles(article(), archived).fields)).toEqual([]);
  });

  it('flags a changed title, lead, published time, section, image and url', () => {
    const archived = article({
      title: '中国粮食又出事 2500万吨毒镉米入藏广东',
      lead: null,
      published: '2023-03-02T19:57:00.000Z',
      section: '亚洲',
      image: 'https://s.rfi.fr/media/display/0325a8f8-ff8b-11ea-ae05-005056a98db9/w:1280/p:16x9/other.jpg',
      url: 'https://www.rfi.fr/cn/中国/20230302-中国粮食又出事-2500万吨',
    });
    expect(differing(compareArticles(article(), archived).fields)).toEqual(['title', 'lead', 'published', 'section', 'image', 'url']);
  });

  it('compares authors as a set, shown joined', () => {
    const c = compareArticles(article(), article({ authors: ['Marie Dupont', '王一'] }));
    expect(c.fields.find((f) => f.field === 'authors')).toEqual({
      field: 'authors',
      live: '王一, Marie Dupont',
      archived: 'Marie Dupont, 王一',
      differs: false,
    });
    expect(differing(compareArticles(article(), article({ authors: ['王一'] })).fields)).toEqual(['authors']);
  });

  it('flags modified only when both sides have one', () => {
    expect(differing(compareArticles(article(), article({ modified: '2023-03-04T08:00:00Z' })).fields)).toEqual(['modified']);
    expect(differing(compareArticles(article({ modified: null }), article()).fields)).toEqual([]);
  });
});

describe('field identities', () => {
  it('identifies an RFI image by its uuid, whatever the size and crop', () => {
    expect(imageIdentity(`${IMG}/w:310/p:16x9/a.jpg`)).toBe(imageIdentity(`${IMG}/w:1280/p:16x9/a.jpg`));
    expect(imageIdentity(`${IMG}/w:310/p:16x9/a.jpg`)).toBe(imageIdentity(`${IMG}/w:640/p:1x1/a.jpg`));
    expect(imageIdentity(`${IMG}/w:310/p:16x9/a.jpg`)).not.toBe(
      imageIdentity('https://s.rfi.fr/media/display/0325a8f8-ff8b-11ea-ae05-005056a98db9/w:310/p:16x9/a.jpg'),
    );
    expect(imageIdentity('http://example.org/x/%E5%9B%BE.jpg?v=2')).toBe(imageIdentity('https://example.org/x/图.jpg'));
  });

  it('identifies an article URL by its decoded path', () => {
    expect(urlIdentity('http://www.rfi.fr//cn/%E4%B8%AD%E5%9B%BD/20230302-x')).toBe(urlIdentity('https://www.rfi.fr/cn/中国/20230302-x/'));
    expect(urlIdentity('https://www.rfi.fr/cn/中国/20230302-x')).not.toBe(urlIdentity('https://www.rfi.fr/cn/政治/20230302-x'));
  });

  it('compares instants, not strings, to the minute', () => {
    expect(instantDiffers('2023-03-02T20:57:00.000Z', '2023-03-02T21:57+01:00')).toBe(false);
    expect(instantDiffers('2023-03-02T20:57:00Z', '2023-03-02T20:57:42Z')).toBe(false);
    expect(instantDiffers('2023-03-02T20:57:00Z', '2023-03-02T20:58:00Z')).toBe(true);
    expect(instantDiffers(null, '2023-03-02T20:58:00Z')).toBe(false);
  });
});
