// @vitest-environment happy-dom
// The content script's wiring in WXT's fake browser (wxt/testing): the real entrypoint runs on a
// saved article page with a fake background answering its messages, and is judged by what it asks
// and what it adds to the page. Pages that are not articles are left untouched, and a background
// that fails never makes the script throw into the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import loader from '../../entrypoints/rfi.content/index';
import { startOnArticle } from '../../entrypoints/rfi.content/start';
import { indexArticles } from '../../lib/archive/compile';
import { urlKey } from '../../lib/match/url-key';
import { withoutLive, type Envelope, type Reply } from '../../lib/protocol';
import { buildReport } from '../../lib/report';
import { DEFAULT_PANEL, DEFAULT_SETTINGS } from '../../lib/settings/settings';
import type { ArchivedArticle, Article, Parsed } from '../../lib/types';
import { messagesOf } from '../support/i18n';
import { REPO_ROOT } from '../support/shared';

const PAGE = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/pages/cn-2025-mini.html'), 'utf8');
const ARTICLE_URL = 'https://www.rfi.fr/cn/法国/20240415-巴黎试点夜间公交';

/** What the fake background was asked, in order. */
let asked: Envelope[] = [];
/** The shadow roots the script made (closed: the page cannot reach them; the test keeps them). */
let roots: ShadowRoot[] = [];

/** A background that answers `ui` with English and `inspect` against a capture with its first paragraph edited. */
function fakeBackground(fail = false): void {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown): Promise<Reply<unknown>> => {
    const envelope = message as Envelope;
    asked.push(envelope);
    if (fail) return { ok: false, error: 'the background is gone' };
    if (envelope.name === 'ui') return { ok: true, value: { settings: { ...DEFAULT_SETTINGS, openMode: 'always' }, panel: DEFAULT_PANEL, locale: 'en', messages: messagesOf('en') } };
    if (envelope.name === 'inspect') {
      const { pageUrl, live } = envelope.request as { pageUrl: string; live: Parsed<Article> };
      const paragraphs = live.value.paragraphs.map((p, i) => (i === 1 ? { ...p, text: `${p.text}（旧）` } : p));
      const capture: ArchivedArticle = { ...live.value, paragraphs, archivedAt: Date.parse('2024-04-15T08:00:00Z'), displayedAt: null, rawTitle: live.value.title, source: 'a.txt' };
      return { ok: true, value: withoutLive(buildReport(live, pageUrl, indexArticles([capture], { builtAt: 'T', urlKey }).index)) };
    }
    return { ok: true, value: null };
  });
}

/** Our hosts in the document: elements with a random `rfi-lens-…` tag (the panel's in <body>, the markers' under <html>). */
const ourHosts = () => Array.from(document.querySelectorAll('*')).filter((e) => e.localName.startsWith('rfi-lens-'));

function open(url: string, page = PAGE): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = page.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

/** The article script (what the background injects when the loader asks) on `url`. */
async function run(url: string): Promise<void> {
  open(url);
  await startOnArticle(new ContentScriptContext('rfi'));
  // Let the comparison arrive and the panel render.
  for (let i = 0; i < 20 && !roots.some((r) => r.textContent?.includes('Edited')); i++) await new Promise((done) => setTimeout(done, 25));
}

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});

afterEach(() => ourHosts().forEach((h) => h.remove()));

describe('content script: the loader', () => {
  it('on an article document: asks the background to inject the article script, and draws nothing itself', async () => {
    fakeBackground();
    open(ARTICLE_URL);
    await loader.main(new ContentScriptContext('rfi'));
    await new Promise((done) => setTimeout(done, 25));
    expect(asked.map((m) => m.name)).toEqual(['ui', 'load']);
    expect(ourHosts()).toEqual([]);
  });

  it('the article script takes the settings the loader asked for ahead, instead of asking again', async () => {
    fakeBackground();
    open(ARTICLE_URL);
    await loader.main(new ContentScriptContext('rfi'));
    await startOnArticle(new ContentScriptContext('rfi'));
    for (let i = 0; i < 20 && !roots.some((r) => r.textContent?.includes('Edited')); i++) await new Promise((done) => setTimeout(done, 25));
    // The loader's ui question is the only one; the panel may go on to ask for more (watchStatus) once drawn.
    expect(asked.map((m) => m.name).slice(0, 3)).toEqual(['ui', 'load', 'inspect']);
    expect(asked.filter((m) => m.name === 'ui')).toHaveLength(1);
    expect(ourHosts().filter((h) => !h.localName.startsWith('rfi-lens-m-'))).toHaveLength(1);
  });

  it('on a document that is not an article at an article-shaped URL: asks nothing and adds nothing', async () => {
    fakeBackground();
    open(ARTICLE_URL, '<html><head><meta property="og:type" content="website"></head><body><h1>Page introuvable</h1></body></html>');
    await loader.main(new ContentScriptContext('rfi'));
    await new Promise((done) => setTimeout(done, 25));
    expect(asked).toEqual([]);
    expect(ourHosts()).toEqual([]);
  });
});

describe('content script: the article script', () => {
  it('on an article: asks for the settings, then the comparison of the article it read, and mounts the panel and the markers', async () => {
    fakeBackground();
    await run(ARTICLE_URL);
    expect(asked.map((m) => m.name).slice(0, 2)).toEqual(['ui', 'inspect']);
    const inspect = asked.find((m) => m.name === 'inspect')!.request as { pageUrl: string; live: Parsed<Article> };
    expect(inspect.pageUrl).toBe(location.href);
    expect(inspect.live.value.title).toBe('巴黎试点夜间公交 测试新线路');
    // The panel's host and, the panel being open on an edited article, the markers' host.
    expect(ourHosts().filter((h) => h.localName.startsWith('rfi-lens-m-'))).toHaveLength(1);
    expect(ourHosts().filter((h) => !h.localName.startsWith('rfi-lens-m-'))).toHaveLength(1);
    const text = roots.map((r) => r.textContent ?? '').join('\n');
    expect(text).toContain('巴黎试点夜间公交 测试新线路');
    expect(text).toContain('Edited');
  });

  it('on a page that is not an article: asks nothing and adds nothing', async () => {
    fakeBackground();
    await run('https://www.rfi.fr/cn/');
    expect(asked).toEqual([]);
    expect(ourHosts()).toEqual([]);
  });

  it('when the background fails: throws nothing into the page and adds no panel', async () => {
    fakeBackground(true);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(run(ARTICLE_URL)).resolves.toBeUndefined();
    expect(asked.map((m) => m.name)).toContain('ui');
    expect(ourHosts()).toEqual([]);
    expect(warned).toHaveBeenCalled();
  });
});
