import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parisDisplayTime, percentEncodedUrl, renderArticlePage, rfiDateTime } from '../../../cli/render-page';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { extractArticle } from '../../../lib/page/extract';
import { parisDisplayTimeToIso } from '../../../lib/text';
import type { Article } from '../../../lib/types';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';

const SEED = '000_53576f7386e4415b.txt';
const ROUND_TRIP_FIELDS = [
  'title', 'column', 'lead', 'paragraphs', 'authors', 'published', 'modified', 'section', 'image', 'url',
  'edition', 'language',
] as const;

/** An invented article using every block kind, several authors, a raw UTF-8 URL and markup-like text. */
const LITERAL: Article = {
  url: 'https://www.rfi.fr/cn/国际/20240601-测试文章-a&b',
  title: '测试标题 <b>不是标记</b> & “引号”</script>',
  column: null,
  lead: '这是导语，用来测试。',
  paragraphs: [
    { kind: 'p', text: '第一段，含有 <script>alert(1)</script> 字样。' },
    { kind: 'h', text: '小标题' },
    { kind: 'li', text: '列表一' },
    { kind: 'li', text: '列表二' },
    { kind: 'quote', text: '“引语。”' },
    { kind: 'p', text: '最后一段。' },
  ],
  authors: ['甲乙', 'Jean Dupont'],
  published: '2024-06-01T18:45:00.000Z',
  modified: '2024-06-02T07:00:00.000Z',
  section: '国际',
  edition: 'cn',
  language: 'zh-Hans',
  image: 'https://s.rfi.fr/media/display/00000000-0000-0000-0000-000000000003/w:1280/p:16x9/test.jpg',
  contentId: 'WBMZ1-RFI-CN-20240601',
};

function roundTrip(template: string, article: Article, options?: { contentId?: string }) {
  const html = renderArticlePage(template, article, options);
  const doc = parseHTML(html).document;
  return { html, doc, result: extractArticle(doc, 'https://www.rfi.fr/elsewhere?x=1') };
}

function pick(article: Article | undefined) {
  return article && Object.fromEntries(ROUND_TRIP_FIELDS.map((f) => [f, article[f]]));
}

describe('date and URL helpers', () => {
  it('shows Paris time in winter and summer, and reads back with parisDisplayTimeToIso', () => {
    expect(parisDisplayTime('2025-11-30T09:13:47.000Z')).toBe('30/11/2025 - 10:13');
    expect(parisDisplayTime('2023-07-01T20:57:00.000Z')).toBe('01/07/2023 - 22:57');
    expect(parisDisplayTimeToIso(parisDisplayTime('2024-03-31T00:30:00.000Z'))).toBe('2024-03-31T00:30:00.000Z');
  });

  it('writes machine dates as RFI does and percent-encodes paths with upper-case hex', () => {
    expect(rfiDateTime('2025-11-30T09:13:47.000Z')).toBe('2025-11-30T09:13:47+00:00');
    expect(percentEncodedUrl('https://www.rfi.fr/cn/政治/20251130-x')).toBe('https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-x');
    const encoded = 'https://www.rfi.fr/cn/%E6%94%BF%E6%B2%BB/20251130-x';
    expect(percentEncodedUrl(encoded)).toBe(encoded);
  });
});

describe('renderArticlePage into the team-written 2025 page (no ../shared needed)', () => {
  const template = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');

  it('round-trips every field, with zero warnings', () => {
    const { result } = roundTrip(template, LITERAL);
    expect(pick(result?.value)).toEqual({ ...pick(LITERAL), url: percentEncodedUrl(LITERAL.url) });
    expect(result?.value.contentId).toBe(LITERAL.contentId);
    expect(result?.warnings).toEqual([]);
  });
});

describeShared('renderArticlePage into the real 2025 page (cn-article-2025)', () => {
  // Read in beforeAll: the describe body also runs (to collect) when ../shared is absent.
  let template = '';
  beforeAll(() => {
    template = readShared('pages', 'cn-article-2025.html');
  });

  it('round-trips the seed archive file', () => {
    const parsed = parseArchiveFile(readShared('seeds', SEED), SEED);
    if (!parsed.ok) throw new Error(`seed unreadable: line ${parsed.line}: ${parsed.reason}`);
    const seed = parsed.value;
    expect(seed.paragraphs.length).toBeGreaterThan(5);
    const { result } = roundTrip(template, seed, { contentId: 'WBMZ1-RFI-CN-20230302' });
    expect(pick(result?.value)).toEqual(pick(seed));
    expect(result?.value.contentId).toBe('WBMZ1-RFI-CN-20230302');
    // The seed has no modified date and a column path (no section): those, and only those, are missing.
    const missing = [seed.modified === null && 'missing-modified', seed.section === null && 'missing-section'];
    expect(result?.warnings.map((w) => w.code)).toEqual(missing.filter(Boolean));
  });

  it('round-trips an invented article, with zero warnings', () => {
    const { result, doc } = roundTrip(template, LITERAL);
    expect(pick(result?.value)).toEqual({ ...pick(LITERAL), url: percentEncodedUrl(LITERAL.url) });
    expect(result?.value.contentId).toBe(LITERAL.contentId);
    expect(result?.warnings).toEqual([]);
    const time = doc.querySelector('.t-content__dates time');
    expect(time?.getAttribute('datetime')).toBe('2024-06-01T18:45:00+00:00');
    expect(time?.textContent).toBe('01/06/2024 - 20:45');
    expect(doc.querySelectorAll('.t-content__authors .m-from-author__name')).toHaveLength(2);
    expect(doc.querySelector('title')?.textContent).toBe(LITERAL.title);
  });

  it('removes the lead, image, authors and dates the article does not have', () => {
    const bare: Article = { ...LITERAL, lead: null, image: null, authors: [], published: null, modified: null, section: null };
    const { result, doc } = roundTrip(template, bare);
    // With no section in the metadata, extraction falls back to the URL path (`/cn/国际/…`).
    expect(pick(result?.value)).toEqual({ ...pick(bare), section: '国际', url: percentEncodedUrl(bare.url) });
    expect(doc.querySelector('p.t-content__chapo')).toBeNull();
    expect(doc.querySelector('meta[name="description"]')).toBeNull();
    expect(doc.querySelector('.t-content__main-media')).toBeNull();
    expect(result?.warnings.map((w) => w.code).sort()).toEqual(
      ['missing-authors', 'missing-image', 'missing-lead', 'missing-modified', 'missing-published'],
    );
  });

  it('keeps the interstitial first and the promos last, and the page look around the article', () => {
    const { doc } = roundTrip(template, LITERAL);
    const children = Array.from(doc.querySelector('.t-content__body')?.children ?? []);
    expect(children[0]?.className).toBe('m-interstitial');
    expect(children.slice(-2).map((c) => c.getAttribute('class'))).toEqual([
      'o-self-promo o-self-promo--nl o-self-promo--hidden',
      'o-self-promo o-self-promo--app o-self-promo--hidden',
    ]);
    expect(children.map((c) => c.tagName).slice(1, -2)).toEqual(['P', 'H2', 'UL', 'BLOCKQUOTE', 'P']);
    expect(doc.querySelector('aside.o-aside-content--related')).not.toBeNull();
    expect(doc.querySelector('.t-content__tags')).not.toBeNull();
    expect(doc.querySelector('.o-ad-container--outbrain')).not.toBeNull();
    // The template's two inline <style> blocks (its critical CSS) stay.
    expect(doc.querySelectorAll('style')).toHaveLength(2);
  });

  it('leaves nothing that runs or loads: only the ld+json and datalayer scripts, only the canonical link', () => {
    const { doc, html } = roundTrip(template, LITERAL);
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.filter((s) => s.hasAttribute('src'))).toEqual([]);
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'application/json']);
    expect(Array.from(doc.querySelectorAll('link')).map((l) => l.getAttribute('rel'))).toEqual(['canonical']);
    const handlers = Array.from(doc.querySelectorAll('*')).filter((el) =>
      Array.from(el.attributes).some((a) => /^on/i.test(a.name)),
    );
    expect(handlers).toEqual([]);
    expect(html).not.toMatch(/fmm\.io\/[^"']*\.js|\/build\/js\//);
    // The JSON blocks stay parseable and the `</script>` in the title did not end them.
    for (const s of scripts) expect(() => JSON.parse(s.textContent ?? '')).not.toThrow();
  });

  it('writes the structured data consistently', () => {
    const { doc } = roundTrip(template, LITERAL);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]') as Record<string, unknown>[];
    const news = ld.find((n) => n['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      headline: LITERAL.title,
      description: LITERAL.lead,
      datePublished: '2024-06-01T18:45:00+00:00',
      dateModified: '2024-06-02T07:00:00+00:00',
      articleSection: '国际',
      url: percentEncodedUrl(LITERAL.url),
      image: [LITERAL.image],
      author: [{ '@type': 'Person', name: '甲乙' }, { '@type': 'Person', name: 'Jean Dupont' }],
    });
    const data = JSON.parse(doc.querySelector('script#datalayer')?.textContent ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({ content_title: LITERAL.title, content_id: LITERAL.contentId, canonical: percentEncodedUrl(LITERAL.url) });
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(percentEncodedUrl(LITERAL.url));
    expect(doc.querySelector('link[rel="alternate"]')).toBeNull();
  });
});
