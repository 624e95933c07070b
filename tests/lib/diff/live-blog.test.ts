// Live blogs: entries posted since the capture are growth, not edits. The team fixture
// (tests/fixtures/pages/cn-live-blog-v1/-v2.html: the 2025 template with RFI's live title, JSON-LD
// LiveBlogPosting and one post element per entry) holds two versions of one live page: the later one
// has three new entries on top (six blocks) and one earlier entry edited (62% → 63%).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toInspectJson } from '../../../cli/json-view';
import { indexArticles } from '../../../lib/archive/compile';
import { compareArticles } from '../../../lib/diff/compare';
import { summaryLine } from '../../../lib/diff/summary-line';
import { changeTargets } from '../../../lib/diff/targets';
import { urlKey } from '../../../lib/match/url-key';
import { extractArticle } from '../../../lib/page/extract';
import { readLiveBlog } from '../../../lib/page/live-blog';
import { buildReport } from '../../../lib/report';
import type { ArchivedArticle, Article } from '../../../lib/types';
import { REPO_ROOT } from '../../support/shared';
import { english } from '../../support/i18n';

const PAGE_URL = 'https://www.rfi.fr/cn/%E6%B3%95%E5%9B%BD/20240630-%E7%9B%B4%E6%92%AD-%E6%B3%95%E5%9B%BD%E8%AE%AE%E4%BC%9A%E9%80%89%E4%B8%BE%E7%AC%AC%E4%BA%8C%E8%BD%AE%E6%8A%95%E7%A5%A8';
const html = (v: string) => readFileSync(resolve(REPO_ROOT, `tests/fixtures/pages/cn-live-blog-${v}.html`), 'utf8');
const doc = (source: string) => parseHTML(source).document as unknown as Document;
const read = (source: string): Article => extractArticle(doc(source), PAGE_URL)!.value;
const capture = (a: Article): ArchivedArticle => ({ ...a, archivedAt: Date.parse('2024-06-30T20:00:00Z'), displayedAt: a.published, rawTitle: a.title, source: 'live-v1.txt' });

const v1 = read(html('v1'));
const v2 = read(html('v2'));

describe('live blog detection (lib/page/live-blog.ts)', () => {
  it('finds the live blog and where each entry starts', () => {
    expect(v1.liveBlog).toEqual({ signals: ['json-ld', 'title', 'markup'], entryStarts: [0, 2, 4] });
    expect(v2.liveBlog).toEqual({ signals: ['json-ld', 'title', 'markup'], entryStarts: [0, 3, 4, 6, 8, 10] });
  });

  it('finds the entries from JSON-LD liveBlogUpdate when the posts have no known markup', () => {
    const page = html('v2').replaceAll('o-liveblog-post', 'x-post');
    // Unknown markup: each post's time header is read as loose text before the entry's first
    // paragraph (the body reader reads loose <div> text), so every entry starts one block later.
    expect(read(page).liveBlog).toEqual({ signals: ['json-ld', 'title'], entryStarts: [1, 5, 7, 10, 13, 16] });
  });

  it('tells a live page by its title or a /live/ path alone, and leaves ordinary articles alone', () => {
    const plain: Article = { ...v1, title: '法国议会选举第二轮投票', liveBlog: null };
    const bare = doc('<html><body><article data-article-content><h1>x</h1></article></body></html>');
    expect(readLiveBlog(bare, plain)).toBeNull();
    expect(readLiveBlog(bare, { ...plain, title: '[En direct] Législatives : le second tour' })?.signals).toEqual(['title']);
    expect(readLiveBlog(bare, plain, 'https://www.rfi.fr/fr/france/live/20240630-legislatives')?.signals).toEqual(['path']);
    expect(readLiveBlog(bare, { ...plain, title: '直播室里的一天' })).toBeNull();
  });
});

describe('live blog comparison', () => {
  it('reports the three new entries as growth and exactly the one edit', () => {
    const changes = compareArticles(v2, capture(v1));
    expect(changes.liveBlog).toEqual({ newEntries: 3 });
    expect(changes.summary).toEqual({ unchanged: 5, changed: 1, added: 0, removed: 0, appended: 6 });
    // The page's modified time moved on with the new entries: a metadata change, named after the text.
    expect(summaryLine(changes, english)).toBe('3 new entries · 1 paragraph edited · dates changed');
    const targets = changeTargets(changes);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ kind: 'changed', archived: '内政部公布的初步数字显示，投票率约为62%。', live: '内政部公布的初步数字显示，投票率约为63%。' });
    expect(targets[0]!.spans!.filter((s) => s.op !== 'equal')).toEqual([{ op: 'delete', text: '62' }, { op: 'insert', text: '63' }]);
    expect(changes.kinds).toEqual(['dates', 'paragraphs']);
  });

  it('says so in inspect --json, through the engine', () => {
    const index = indexArticles([capture(v1)], { builtAt: '', urlKey }).index;
    const json = JSON.parse(JSON.stringify(toInspectJson(buildReport({ value: v2, warnings: [] }, PAGE_URL, index))));
    expect(json.changes.liveBlog).toEqual({ newEntries: 3 });
    expect(json.changes.summary.appended).toBe(6);
    expect(json.changes.paragraphs.filter((p: { status: string }) => p.status === 'appended')).toHaveLength(6);
  });

  it('would have listed six added paragraphs as edits without the live-blog rule', () => {
    const changes = compareArticles({ ...v2, liveBlog: null }, capture(v1));
    expect(changes.summary).toMatchObject({ changed: 1, added: 6 });
    expect(changes.liveBlog).toBeNull();
  });

  it('still counts an earlier entry removed, and a paragraph added inside an earlier entry', () => {
    // Entry 1 (heading + paragraph, the last two blocks) removed; a paragraph added to entry 3.
    const paragraphs = [...v2.paragraphs.slice(0, 8), { kind: 'p' as const, text: '民调机构随后更新了估算。' }, ...v2.paragraphs.slice(8, 10)];
    const live: Article = { ...v2, paragraphs, liveBlog: { ...v2.liveBlog!, entryStarts: [0, 3, 4, 6, 9] } };
    const changes = compareArticles(live, capture(v1));
    expect(changes.liveBlog).toEqual({ newEntries: 3 });
    expect(changes.summary).toMatchObject({ changed: 1, added: 1, removed: 2, appended: 6 });
  });

  it('without entry starts, takes the added run at the top as growth (one entry per heading)', () => {
    const changes = compareArticles({ ...v2, liveBlog: { signals: ['title'], entryStarts: [] } }, capture(v1));
    expect(changes.summary).toMatchObject({ changed: 1, added: 0, appended: 6 });
    // Entry 5 has no heading: the fallback undercounts entries, never the edits.
    expect(changes.liveBlog).toEqual({ newEntries: 2 });
  });
});
