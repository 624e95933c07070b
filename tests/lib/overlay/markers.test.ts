// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../cli/render-page';
import { parseArchiveFile } from '../../../lib/archive/parse-file';
import { compareArticles } from '../../../lib/diff/compare';
import { changeTargets } from '../../../lib/diff/targets';
import { locateBodyBlocks, readBodyBlocks } from '../../../lib/page/body';
import { extractArticle } from '../../../lib/page/extract';
import { installMarkers, locatePage, MARKERS_TAG } from '../../../lib/overlay/markers';
import { normalizeSpace } from '../../../lib/text';
import type { Article } from '../../../lib/types';
import { english } from '../../support/i18n';
import { describeShared, HAS_SHARED, readShared, REPO_ROOT } from '../../support/shared';

afterEach(() => {
  document.body.innerHTML = '';
  ourHosts().forEach((h) => h.remove());
});

const BODY = `<div class="t-content__body">
  <div class="m-interstitial"><p>广告</p></div>
  <p>第一段说，会议持续了十分钟，双方没有发表声明。</p>
  <p>\u00a0</p>
  <blockquote class="quote"><p>引文里的段落。</p></blockquote>
  <div data-tms-ad-type="box"><p>ad</p></div>
  <ul><li>第一项</li><li>第二项</li></ul>
  <h2>小标题</h2>
  <p>最后一段<script>var x = 1;</script>。</p>
</div>`;

describe('locateBodyBlocks', () => {
  it('returns the element of every block readBodyBlocks reads, in the same order', () => {
    document.body.innerHTML = BODY;
    const body = document.querySelector('.t-content__body')!;
    const blocks = readBodyBlocks(body);
    const elements = locateBodyBlocks(body);
    expect(elements.map((e) => e.tagName)).toEqual(['P', 'BLOCKQUOTE', 'LI', 'LI', 'H2', 'P']);
    expect(elements.length).toBe(blocks.length);
    expect(blocks.map((b) => b.text)).toEqual(['第一段说，会议持续了十分钟，双方没有发表声明。', '引文里的段落。', '第一项', '第二项', '小标题', '最后一段。']);
    elements.forEach((e, i) => expect(normalizeSpace(e.textContent ?? '')).toContain((blocks[i]!.text).slice(0, 3)));
  });
});

describe('locatePage', () => {
  it('drops the blocks that repeat the lead exactly as extraction does, whatever element holds them', () => {
    // The chapo repeated as a loose bold run (no <p>): one block of kind p, held by the body's div.
    document.body.innerHTML =
      '<article data-article-content><p class="t-content__chapo">导语。</p><div class="t-content__body">' +
      '<div><strong>导语。</strong></div><p>第一段。</p><p>第二段。</p></div></article>';
    const page = locatePage(document, '导语。');
    expect(page.paragraphs.map((e) => e.textContent)).toEqual(['第一段。', '第二段。']);
  });
});

/** The overlay hosts in the document (random tags with our prefix). */
const ourHosts = () => Array.from(document.documentElement.children).filter((e) => e.localName.startsWith(`${MARKERS_TAG}-`));

describe('installMarkers', () => {
  it('draws one marker per locatable change in its own shadow root and removes it all', () => {
    document.body.innerHTML = `<article><h1 class="a-page-title">标题</h1>${BODY}</article>`;
    const page = locatePage(document, null);
    const base: Article = {
      url: 'https://www.rfi.fr/cn/x', title: '标题', column: null, lead: null, authors: [], published: null, modified: null,
      section: null, edition: 'cn', language: 'zh-Hans', image: null, contentId: null,
      paragraphs: readBodyBlocks(document.querySelector('.t-content__body')!),
    };
    const archived: Article = { ...base, paragraphs: base.paragraphs.map((b, i) => (i === 0 ? { ...b, text: '第一段说，会议持续了五分钟，双方没有发表声明。' } : b)).concat([{ kind: 'p', text: '已经删掉的最后一段。' }]) };
    const targets = changeTargets(compareArticles(base, archived));
    expect(targets.map((t) => t.kind)).toEqual(['changed', 'removed']);
    const before = document.body.innerHTML;
    const layer = installMarkers(document, targets, page, english);
    const [host] = ourHosts();
    expect(host!.parentElement).toBe(document.documentElement);
    // A closed root under a tag the page cannot predict: the page sees neither the tips nor a fixed name.
    expect(host!.shadowRoot).toBeNull();
    expect(host!.localName).toMatch(new RegExp(`^${MARKERS_TAG}-[a-z]{12}$`));
    const ms = Array.from(layer.root.querySelectorAll('.m'));
    expect(ms.map((m) => m.getAttribute('data-kind'))).toEqual(['changed', 'removed']);
    expect(ms[0]!.querySelector('button')?.getAttribute('aria-label')).toBe('Paragraph edited since the capture (change 1 of 2)');
    expect(ms[0]!.querySelector('.tip del')?.textContent).toContain('五');
    expect(ms[1]!.querySelector('.tip')?.textContent).toContain('已经删掉的最后一段');
    // The page's own nodes are untouched.
    expect(document.body.innerHTML).toBe(before);
    expect(layer.show('next')).toBe(0);
    expect(layer.show('next')).toBe(1);
    expect(layer.show('next')).toBe(0);
    expect(layer.show('previous')).toBe(1);
    layer.remove();
    expect(ourHosts()).toEqual([]);
  });
});

describeShared('locatePage on the real 2025 page (shared)', () => {
  it('finds one element per extracted paragraph of the seed page, lead excluded', () => {
    const seedFile = '000_53576f7386e4415b.txt';
    const parsed = parseArchiveFile(readFileSync(resolve(REPO_ROOT, 'seeds', seedFile), 'utf8'), seedFile);
    if (!parsed.ok || !HAS_SHARED) throw new Error('seed');
    const doc = parseHTML(renderArticlePage(readShared('pages', 'cn-article-2025.html'), parsed.value)).document;
    const live = extractArticle(doc, parsed.value.url)!.value;
    const page = locatePage(doc, live.lead);
    expect(page.paragraphs.map((e) => normalizeSpace(e.textContent ?? ''))).toEqual(live.paragraphs.map((b) => b.text));
    expect(normalizeSpace(page.title?.textContent ?? '')).toBe(live.title);
    expect(normalizeSpace(page.lead?.textContent ?? '')).toBe(live.lead);
  });
});
