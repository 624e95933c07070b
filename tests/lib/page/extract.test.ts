import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { repairGluedMarkup } from '../../../lib/archive/body';
import { storedBodyHtml } from '../../../lib/archive/parse-file';
import { extractArticle } from '../../../lib/page/extract';
import { selectors } from '../../../lib/page/selectors';
import type { Article, Block, Warning } from '../../../lib/types';
import { describeShared, readShared, REPO_ROOT } from '../../support/shared';

const PAGES_DIR = resolve(REPO_ROOT, 'tests/fixtures/pages');
const readFixture = (file: string) => readFileSync(resolve(PAGES_DIR, file), 'utf8');
const parse = (html: string) => parseHTML(html).document;

interface Expected {
  pageUrl: string;
  article: Article;
  warnings: Warning[];
}

/** Fixture pages kept in the repo: every `<name>.html` beside its `<name>.expected.json`. */
const fixtureNames = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('fixture pages (golden)', () => {
  it('has at least the 2025 and the older-template page, each with its expected JSON', () => {
    expect(fixtureNames).toEqual(expect.arrayContaining(['cn-2025-mini', 'cn-older-template']));
    const jsons = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.expected.json'));
    for (const name of fixtureNames) expect(jsons).toContain(`${name}.expected.json`);
  });

  it.each(fixtureNames.map((n) => [n]))('%s gives its expected JSON', (name) => {
    const expected = JSON.parse(readFixture(`${name}.expected.json`)) as Expected;
    const result = extractArticle(parse(readFixture(`${name}.html`)), expected.pageUrl);
    expect(result).not.toBeNull();
    expect(result?.value).toEqual(expected.article);
    expect(result?.warnings).toEqual(expected.warnings);
  });
});

describe('every selector alternative matches a fixture page', () => {
  // Body residue is proved by archive bodies too (lib/page/body-residue.ts: `archive:<name>`).
  const ARCHIVE_DIR = resolve(REPO_ROOT, 'tests/fixtures/archive');
  const archiveBodies = readdirSync(ARCHIVE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => storedBodyHtml(readFileSync(resolve(ARCHIVE_DIR, f), 'utf8')))
    .filter((body): body is string => body !== null)
    .map((body) => parse(`<!DOCTYPE html><html><body>${repairGluedMarkup(body)}</body></html>`));
  const docs = [...fixtureNames.map((n) => parse(readFixture(`${n}.html`))), ...archiveBodies];
  const rows = Object.entries(selectors).flatMap(([name, alts]) => alts.map((alt) => [name, alt]));
  it.each(rows)('%s: %s', (_name, alternative) => {
    expect(docs.some((doc) => doc.querySelector(alternative) !== null)).toBe(true);
  });
});

describe('2025 template (cn-2025-mini)', () => {
  const html = readFixture('cn-2025-mini.html');
  const result = extractArticle(parse(html), 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交');
  const texts = result?.value.paragraphs.map((b) => b.text) ?? [];

  it('drops interstitial, promo, ads, read-also, embeds, scripts, icons and buttons', () => {
    for (const residue of ['继续浏览', '电邮新闻', '订阅', '下载法广', '广告', '延伸阅读', '嵌入', 'embedded', 'color', '图标', '分享']) {
      expect(texts.filter((t) => t.includes(residue))).toEqual([]);
    }
  });

  it('keeps inline link text and reads every block kind in order', () => {
    expect(texts[1]).toBe('目前巴黎地铁在凌晨一点左右停止运行，巴黎的夜班工作者只能依靠出租车。');
    expect(result?.value.paragraphs.map((b) => b.kind)).toEqual(['h', 'p', 'h', 'li', 'li', 'quote', 'p']);
  });

  it('reads nothing from the related aside (its h2 repeats the title)', () => {
    expect(texts).not.toContain('巴黎试点夜间公交 测试新线路');
    expect(result?.value.image).not.toContain('/w:480/');
  });

  it('leaves the page untouched (works on a clone)', () => {
    const doc = parse(html);
    const before = doc.querySelector('.t-content__body')?.innerHTML;
    extractArticle(doc, 'https://www.rfi.fr/cn/');
    expect(doc.querySelector('.t-content__body')?.innerHTML).toBe(before);
    expect(doc.querySelector('.t-content__body .m-interstitial')).not.toBeNull();
  });
});

describe('older template (cn-older-template)', () => {
  const result = extractArticle(parse(readFixture('cn-older-template.html')), 'https://www.rfi.fr/cn/');
  const article = result?.value;

  it('takes the widest srcset candidate, never the 1x1 GIF', () => {
    expect(article?.image).toBe('https://s.rfi.fr/media/display/00000000-0000-0000-0000-000000000002/w:1024/p:16x9/g20.jpg');
  });

  it('reads authors from .t-content__authors-tts (title attribute, else text)', () => {
    expect(article?.authors).toEqual(['赵三', '钱四']);
  });

  it('survives a broken ld+json script and finds the article node inside @graph', () => {
    expect(result?.warnings.map((w) => w.code)).toEqual(['bad-json-ld']);
    expect(article?.published).toBe('2023-03-02T20:57:00.000Z');
    expect(article?.language).toBe('zh-Hans');
  });

  it('takes the updated time as modified, the column from the path, and drops the repeated lead', () => {
    expect(article?.modified).toBe('2023-03-03T07:12:00.000Z');
    expect(article?.column).toBe('要闻分析');
    expect(article?.paragraphs[0]?.text).toBe('会议为期一天，主办国印度希望推动粮食安全议题。');
  });
});

/** A minimal article page; `head` and `inArticle` fill the gaps. */
function page(head: string, inArticle: string, outside = ''): Document {
  return parse(
    `<!DOCTYPE html><html lang="zh-Hans"><head>${head}</head><body>` +
      `<article class="t-content__article-wrapper" data-article-content>${inArticle}</article>${outside}</body></html>`,
  );
}

describe('fallbacks and warnings', () => {
  it('is null for a page that is not an article', () => {
    expect(extractArticle(parse('<html><head><meta property="og:type" content="website"></head></html>'), 'https://www.rfi.fr/cn/')).toBeNull();
  });

  it('wire copy: no chapo, a teaser description, no author', () => {
    const doc = page(
      '<meta name="description" content="法国总统今天表示，将在下周访问……">',
      '<h1 class="t-content__title">法国总统将访问柏林</h1>' +
        '<div class="t-content__body"><p>法国总统今天表示，将在下周访问柏林。</p><p>第二段。</p></div>',
    );
    const result = extractArticle(doc, 'https://www.rfi.fr/cn/contenu/20251130-法国总统将访问柏林');
    expect(result?.value.lead).toBeNull();
    expect(result?.value.paragraphs).toHaveLength(2);
    expect(result?.value.authors).toEqual([]);
    expect(result?.value.section).toBe('contenu');
    const codes = result?.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['missing-lead', 'missing-authors', 'missing-published', 'missing-content-id']));
    expect(result?.warnings.find((w) => w.code === 'missing-lead')).toMatchObject({ field: 'lead', selector: 'p.t-content__chapo | [itemprop="description"]' });
  });

  it('takes a description that is not the body opening as the lead', () => {
    const doc = page('<meta name="description" content="导语。">', '<h1 class="t-content__title">T</h1><div class="t-content__body"><p>正文。</p></div>');
    expect(extractArticle(doc, 'https://www.rfi.fr/cn/a/20250101-b')?.value.lead).toBe('导语。');
  });

  it('splits og:title and <title> when there is no h1, and drops a " - RFI" site suffix', () => {
    const fromOg = page('<meta property="og:title" content="二十国外长会议　未达成共识 - 要闻分析">', '<div class="t-content__body"><p>x</p></div>');
    const a = extractArticle(fromOg, 'https://www.rfi.fr/cn/中国/20230302-x')?.value;
    expect(a?.title).toBe('二十国外长会议 未达成共识');
    expect(a?.column).toBe('要闻分析');
    const fromTitle = page('<title>法国总统将访问柏林 - RFI</title>', '<div class="t-content__body"><p>x</p></div>');
    const b = extractArticle(fromTitle, 'https://www.rfi.fr/cn/中国/20230302-x')?.value;
    expect(b?.title).toBe('法国总统将访问柏林');
    expect(b?.column).toBeNull();
  });

  it('falls back to the page URL without query and hash, and says so', () => {
    const doc = page('', '<h1 class="t-content__title">T</h1><div class="t-content__body"><p>x</p></div>');
    const result = extractArticle(doc, 'https://www.rfi.fr/cn/中国/20230302-x?utm=1#p2');
    expect(result?.value.url).toBe('https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20230302-x');
    expect(result?.value.section).toBe('中国');
    expect(result?.value.edition).toBe('cn');
    expect(result?.warnings.map((w) => w.code)).toContain('missing-url');
  });

  it('warns when there is no body, and when the body is empty', () => {
    const none = extractArticle(page('', '<h1 class="t-content__title">T</h1>'), 'https://www.rfi.fr/cn/');
    expect(none?.warnings).toContainEqual(expect.objectContaining({ code: 'no-body', field: 'paragraphs', selector: '.t-content__body | [itemprop="articleBody"]' }));
    const empty = extractArticle(page('', '<div class="t-content__body"><p>&nbsp;</p><div class="m-interstitial"><p>继续浏览后续</p></div></div>'), 'https://www.rfi.fr/cn/');
    expect(empty?.value.paragraphs).toEqual([]);
    expect(empty?.value.title).toBe('');
    expect(empty?.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['empty-body', 'missing-title']));
  });

  it('reads datalayer fallbacks and warns on a broken datalayer', () => {
    const data = '{"publication_date":"2025-01-02","publication_time":"03:04:05","authors":[{"name":"甲"}],"supertag":[{"name":"国际"}],"content_id":"WBMZ9-RFI-CN-20250102"}';
    const ok = extractArticle(page('', '<div class="t-content__body"><p>x</p></div>', `<script id="datalayer" type="application/json">${data}</script>`), 'https://www.rfi.fr/cn/');
    expect(ok?.value).toMatchObject({ published: '2025-01-02T03:04:05.000Z', authors: ['甲'], section: '国际', contentId: 'WBMZ9-RFI-CN-20250102' });
    const broken = extractArticle(page('', '<div class="t-content__body"><p>x</p></div>', '<script id="datalayer" type="application/json">{"a":</script>'), 'https://www.rfi.fr/cn/');
    expect(broken?.warnings.map((w) => w.code)).toContain('bad-datalayer');
  });
});

/** Paragraphs of the real page are kept in the repo as digests, not as RFI's text. */
function digest(blocks: readonly Block[]) {
  return blocks.map((b) => ({
    kind: b.kind,
    chars: [...b.text].length,
    start: [...b.text].slice(0, 8).join(''),
    sha256: createHash('sha256').update(b.text).digest('hex').slice(0, 16),
  }));
}

describeShared('the saved real article (cn-article-2025)', () => {
  const expected = JSON.parse(readFixture('cn-article-2025.expected.json')) as Expected & { article: { paragraphs: unknown } };
  // Read in beforeAll: the describe body also runs (to collect) when ../shared is absent.
  let html = '';
  let result: ReturnType<typeof extractArticle> = null;
  let article: Article | undefined;
  beforeAll(() => {
    html = readShared('pages', 'cn-article-2025.html');
    result = extractArticle(parse(html), expected.pageUrl);
    article = result?.value;
  });

  it('gives the expected JSON (golden), with zero warnings', () => {
    expect(article && { ...article, paragraphs: digest(article.paragraphs) }).toEqual(expected.article);
    expect(result?.warnings).toEqual([]);
  });

  it('reads the values checked by hand on the page', () => {
    expect(article).toMatchObject({
      title: '台湾增加400亿美元国防开支 加速部署T-Dome防空系统',
      authors: ['左依'],
      section: '政治',
      published: '2025-11-30T09:13:47.000Z',
      modified: '2025-11-30T09:14:02.000Z',
      contentId: 'WBMZ146377-RFI-CN-20251130',
      edition: 'cn',
      language: 'zh-Hans',
    });
    expect(article?.url).toMatch(/^https:\/\/www\.rfi\.fr\/cn\/%E6%94%BF%E6%B2%BB\/20251130-/);
  });

  it('has 3 headings and 12 paragraphs, no promo or interstitial text', () => {
    const kinds = article?.paragraphs.map((b) => b.kind) ?? [];
    expect(kinds.filter((k) => k === 'h')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'p')).toHaveLength(12);
    expect(kinds).toHaveLength(15);
    for (const residue of ['电邮新闻', '订阅', '继续浏览', '下载法广应用程序']) {
      expect(article?.paragraphs.filter((b) => b.text.includes(residue))).toEqual([]);
    }
  });

  it('extracts in well under a second (median of 15 runs, linkedom Document)', () => {
    const doc = parse(html);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      extractArticle(doc, expected.pageUrl);
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[7] ?? Infinity;
    console.log(`extractArticle on cn-article-2025 (linkedom): median ${median.toFixed(2)} ms`);
    expect(median).toBeLessThan(1000);
  });

  it('says the home page is not an article', () => {
    expect(extractArticle(parse(readShared('pages', 'cn-home-2025.html')), 'https://www.rfi.fr/cn/')).toBeNull();
  });
});
